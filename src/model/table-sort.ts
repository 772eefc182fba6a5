/**
 * Pure logic of the table comparator's sort exercise: judging a placed statement, scoring, and a stable
 * mixed order so statements of one row do not sit next to each other.
 */
import type { Statement } from './types.js';

/** Where a student placed a statement: a logic id and, when rows are asked for too, a row id. */
export interface Placement {
  logic: string;
  row?: string;
}

export interface Verdict {
  /** The logic is right. */
  logic: boolean;
  /** The row is right (undefined when rows are not asked for). */
  row?: boolean;
  /** Every asked part is right. */
  correct: boolean;
  /** Points earned: 1 for the logic, plus 1 for the row when rows are asked for. */
  points: number;
}

/** Points one statement is worth: 1, or 2 when the row is asked for too. */
export const pointsPer = (byRow: boolean): number => (byRow ? 2 : 1);

/** A placement is complete when it names a logic and, if rows are asked for, a row. */
export const isPlaced = (p: Placement | undefined, byRow: boolean): p is Placement => !!p?.logic && (!byRow || !!p.row);

/** Judges one complete placement against the statement's key. */
export function judge(statement: Statement, placement: Placement, byRow: boolean): Verdict {
  const logic = placement.logic === statement.logic;
  const row = byRow ? placement.row === statement.row : undefined;
  const points = (logic ? 1 : 0) + (row ? 1 : 0);
  return { logic, row, correct: logic && row !== false, points };
}

export interface SortScore {
  raw: number;
  max: number;
  /** Statements with a complete placement. */
  placed: number;
  total: number;
  complete: boolean;
}

/** Scores all placements: only complete placements earn points; `max` counts every statement. */
export function scoreSort(statements: readonly Statement[], answers: Readonly<Record<string, Placement>>, byRow: boolean): SortScore {
  let raw = 0;
  let placed = 0;
  for (const s of statements) {
    const a = answers[s.id];
    if (!isPlaced(a, byRow)) continue;
    placed++;
    raw += judge(s, a, byRow).points;
  }
  const total = statements.length;
  return { raw, max: total * pointsPer(byRow), placed, total, complete: total > 0 && placed === total };
}

/** A stable shuffle: orders items by a hash of their id, the same on every load and in every browser. */
export function mixedOrder<T extends { id: string }>(items: readonly T[]): T[] {
  const hash = (s: string) => {
    let h = 2166136261;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    return h >>> 0;
  };
  return [...items].sort((a, b) => hash(a.id) - hash(b.id));
}
