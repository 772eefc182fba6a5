/**
 * Editing the lecturer's pack one item at a time, by the rules of merge.ts: an item they change is copied into
 * their pack whole (it then replaces the default item with its id); removing or reordering items of a
 * collection lists the collection in `replace` with the whole list, so the default content's order no longer
 * applies to it. Pure.
 */
import { mergePack } from '../model/merge.js';
import { defaultPack } from '../model/packs/en.js';
import type { ContentPack, PartialContentPack } from '../model/types.js';
import { getIn, setIn } from './draft.js';

export type Collection = 'cases' | 'tensions' | 'statements' | 'factors' | 'forms' | 'concepts' | 'references' | 'eras' | 'responses';
type Item = Record<string, unknown> & { id: string };
type Pack = Record<string, unknown>;

/** Where each collection is in a pack, and its name in `replace`. */
export const COLLECTIONS: Record<Collection, { path: string[]; replace: string }> = {
  cases: { path: ['cases'], replace: 'cases' },
  tensions: { path: ['tensions'], replace: 'tensions' },
  statements: { path: ['comparison', 'statements'], replace: 'statements' },
  factors: { path: ['factors'], replace: 'factors' },
  forms: { path: ['forms'], replace: 'forms' },
  concepts: { path: ['concepts'], replace: 'concepts' },
  references: { path: ['references'], replace: 'references' },
  eras: { path: ['eras'], replace: 'eras' },
  responses: { path: ['responses'], replace: 'responses' },
};

/** The lecturer's pack merged over the default content, or the default content where it cannot be merged yet. */
export function mergedOf(pack: Pack): ContentPack {
  try {
    return mergePack(defaultPack, pack as PartialContentPack);
  } catch {
    return defaultPack;
  }
}

const listAt = (pack: Pack, col: Collection): Item[] | undefined => {
  const v = getIn(pack, COLLECTIONS[col].path);
  return Array.isArray(v) ? (v as Item[]) : undefined;
};

export const mergedList = (merged: ContentPack, col: Collection) => (getIn(merged, COLLECTIONS[col].path) ?? []) as Item[];

/** Whether an id is the default content's. */
export const isDefault = (col: Collection, id: string) => mergedList(defaultPack, col).some((i) => i.id === id);

/** The index of an item in the lecturer's own list, or -1 (it then comes from the default content). */
export const ownIndex = (pack: Pack, col: Collection, id: string) => listAt(pack, col)?.findIndex((i) => i?.id === id) ?? -1;

const replacing = (pack: Pack, col: Collection) => ((pack.replace as string[] | undefined) ?? []).includes(COLLECTIONS[col].replace);

/** Puts an item (changed or new) into the lecturer's pack; `was` is its id before the change. */
export function putItem(pack: Pack, col: Collection, item: Item, was = item.id): Pack {
  const list = listAt(pack, col) ?? [];
  const at = list.findIndex((i) => i?.id === was);
  const next = at >= 0 ? list.map((x, i) => (i === at ? item : x)) : [...list, item];
  return setIn(pack, COLLECTIONS[col].path, next);
}

/** The whole list made the lecturer's own (listed in `replace`), so it can lose or reorder default items. */
function own(pack: Pack, col: Collection, list: Item[]): Pack {
  const replace = [...new Set([...((pack.replace as string[] | undefined) ?? []), COLLECTIONS[col].replace])];
  return setIn(setIn(pack, COLLECTIONS[col].path, list), ['replace'], replace);
}

export function removeItem(pack: Pack, col: Collection, id: string): Pack {
  const mine = listAt(pack, col) ?? [];
  if (replacing(pack, col) || !isDefault(col, id)) {
    const next = mine.filter((i) => i?.id !== id);
    return setIn(pack, COLLECTIONS[col].path, next.length || replacing(pack, col) ? next : undefined);
  }
  return own(pack, col, mergedList(mergedOf(pack), col).filter((i) => i.id !== id));
}

export function moveItem(pack: Pack, col: Collection, id: string, by: number): Pack {
  const list = [...mergedList(mergedOf(pack), col)];
  const at = list.findIndex((i) => i.id === id);
  const to = at + by;
  if (at < 0 || to < 0 || to >= list.length) return pack;
  [list[at], list[to]] = [list[to]!, list[at]!];
  return own(pack, col, list);
}

/** A fresh id from a name: `Leeds health partnership` -> `leeds-health-partnership` (unique in the list). */
export function idFrom(name: string, taken: (id: string) => boolean): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'item';
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}
