/** Checking the lecturer's draft as the widgets will (checkPack over the default content), kept for the forms. */
import { checkPack } from '../model/validate.js';
import { defaultPack } from '../model/packs/en.js';
import type { PackIssue } from '../model/types.js';
import { parsePath, type PathStep } from '../model/issues.js';
import { COLLECTIONS, ownIndex, type Collection } from './content.js';

export interface Checked {
  issues: PackIssue[];
  /** Problems by path (as steps, in JSON), for the fields. */
  byPath: Map<string, PackIssue[]>;
  steps: Map<PackIssue, PathStep[]>;
}

/** `ui`: the studio's own language, in which the problems are explained (the pack itself is checked as English). */
export function check(pack: object, ui = 'en'): Checked {
  const r = checkPack(pack, defaultPack, undefined, ui);
  const issues = r.ok ? [] : r.issues;
  const byPath = new Map<string, PackIssue[]>();
  const steps = new Map<PackIssue, PathStep[]>();
  for (const i of issues) {
    const at = parsePath(i.path);
    steps.set(i, at);
    const k = JSON.stringify(at);
    byPath.set(k, [...(byPath.get(k) ?? []), i]);
  }
  return { issues, byPath, steps };
}

/** Where an item's problems are reported: its place in the lecturer's list, or the default content's id. */
export function prefixOf(pack: Record<string, unknown>, col: Collection, id: string): PathStep[] {
  const at = ownIndex(pack, col, id);
  return [...COLLECTIONS[col].path, at >= 0 ? at : `#${id}`];
}

/** The problems at one field of an item. */
export const issuesAt = (c: Checked, prefix: PathStep[], sub: PathStep[]): PackIssue[] => c.byPath.get(JSON.stringify([...prefix, ...sub])) ?? [];

/** Every problem inside an item (for its entry in the list). */
export function issuesIn(c: Checked, prefix: PathStep[]): PackIssue[] {
  return c.issues.filter((i) => {
    const at = c.steps.get(i)!;
    return prefix.every((p, n) => at[n] === p);
  });
}
