/**
 * Pure logic of the table comparator's case mode: which logic a case leans to overall, and where it is mixed.
 *
 * Positions run from -100 (fully the first logic) to 100 (fully the second); only rows the student has placed
 * count. The rule:
 * - A row is *towards the first logic* at -20 or below, *towards the second* at 20 or above, otherwise *in between*.
 * - The overall lean is the mean of the placed rows, read with the same thresholds: `first`, `second` or
 *   `balanced`; `strong` when the mean is at least 60 from the centre. With no placed row the lean is `none`.
 * - The case is *mixed* where rows are in between or towards the other logic than the overall lean
 *   (for a balanced case, every row that leans either way shows where it pulls).
 */
import { own } from './own.js';

/** Where a row, or the whole case, sits between the two logics. */
export type Side = 'first' | 'second' | 'between';

export const SIDE_THRESHOLD = 20;
export const STRONG_THRESHOLD = 60;

export const sideOf = (position: number): Side =>
  position <= -SIDE_THRESHOLD ? 'first' : position >= SIDE_THRESHOLD ? 'second' : 'between';

export interface CaseSummary {
  /** `none` when no row is placed yet. */
  lean: 'first' | 'second' | 'balanced' | 'none';
  /** The mean position of the placed rows, rounded (0 when none). */
  mean: number;
  strong: boolean;
  placed: number;
  /** Row ids in each zone, in the order given. */
  first: string[];
  second: string[];
  between: string[];
  /** Row ids that go against the overall lean or sit in between it (see the rule above). */
  mixed: string[];
}

/** Summarises a case's positions over the rows, in row order (`rowIds`); unknown ids in `positions` are ignored. */
export function summariseCase(rowIds: readonly string[], positions: Readonly<Record<string, number>>): CaseSummary {
  const zones: Record<Side, string[]> = { first: [], second: [], between: [] };
  let sum = 0;
  let placed = 0;
  for (const id of rowIds) {
    const p = own(positions, id);
    if (typeof p !== 'number' || Number.isNaN(p)) continue;
    placed++;
    sum += p;
    zones[sideOf(p)].push(id);
  }
  const mean = placed ? Math.round(sum / placed) : 0;
  const side = sideOf(mean);
  const lean = !placed ? 'none' : side === 'between' ? 'balanced' : side;
  const mixed =
    lean === 'first' || lean === 'second'
      ? rowIds.filter((id) => zones.between.includes(id) || zones[lean === 'first' ? 'second' : 'first'].includes(id))
      : lean === 'balanced'
        ? rowIds.filter((id) => zones.first.includes(id) || zones.second.includes(id))
        : [];
  return { lean, mean, strong: placed > 0 && Math.abs(mean) >= STRONG_THRESHOLD, placed, ...zones, mixed };
}
