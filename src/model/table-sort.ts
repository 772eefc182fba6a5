/**
 * Pure logic of the table comparator's sort exercise: judging a placed statement, scoring, the student's actions,
 * and a stable mixed order so statements of one row do not sit next to each other.
 *
 * A placement is *judged* once the student has seen its verdict: at once with instant feedback, on Check with
 * `feedback="check"`. A judged placement is final for the attempt (`placeStatement` refuses to move it) and only
 * judged placements score, so feedback on a statement can never raise its score. Retry is a new attempt
 * (attempts.ts): offered once every statement is judged, it keeps the attempt's score in `previous`.
 */
import { attemptNumber, canRetry, type Score } from './attempts.js';
import type { Statement } from './types.js';
import { own } from './own.js';

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
    const a = own(answers, s.id);
    if (!isPlaced(a, byRow)) continue;
    placed++;
    raw += judge(s, a, byRow).points;
  }
  const total = statements.length;
  return { raw, max: total * pointsPer(byRow), placed, total, complete: total > 0 && placed === total };
}

/** How the exercise is set: rows asked for too (`sort-by="row"`), feedback at once or on Check. */
export interface SortRules {
  byRow: boolean;
  instant: boolean;
}

/** What the sort keeps: placements, the statements judged (with `feedback="check"`), earlier attempts' scores. */
export interface SortWork {
  answers: Record<string, Placement>;
  /** Statement ids judged on Check (instant feedback judges every complete placement at once). */
  locked?: string[];
  previous?: Score[];
}

/** The statement's placement is judged, so it is final for this attempt. */
export function isJudged(w: SortWork, id: string, rules: SortRules): boolean {
  return isPlaced(own(w.answers, id), rules.byRow) && (rules.instant || !!w.locked?.includes(id));
}

/** Only the judged placements: what scores and shows feedback. */
export function judgedAnswers(w: SortWork, rules: SortRules): Record<string, Placement> {
  return Object.fromEntries(Object.entries(w.answers).filter(([id]) => isJudged(w, id, rules)));
}

/** The attempt's score: judged placements only; `complete` once every statement is judged. */
export const sortScore = (statements: readonly Statement[], w: SortWork, rules: SortRules): SortScore =>
  scoreSort(statements, judgedAnswers(w, rules), rules.byRow);

/** Places a statement (its logic, its row, or both); refused once the statement is judged. */
export function placeStatement<W extends SortWork>(w: W, id: string, patch: Partial<Placement>, rules: SortRules): W {
  if (isJudged(w, id, rules)) return w;
  const prev = own(w.answers, id);
  const next: Placement = { logic: prev?.logic ?? '', row: prev?.row, ...patch };
  if (!next.row) delete next.row;
  return { ...w, answers: { ...w.answers, [id]: next } };
}

/** Check: every complete placement is judged (and so final). */
export function checkSort<W extends SortWork>(w: W, rules: SortRules): W {
  const ids = Object.keys(w.answers).filter((id) => isPlaced(own(w.answers, id), rules.byRow));
  const locked = [...new Set([...(w.locked ?? []), ...ids])];
  return locked.length === (w.locked ?? []).length ? w : { ...w, locked };
}

/** Starts the next attempt; refused until every statement is judged, and when no attempt is left. */
export function retrySort<W extends SortWork>(w: W, statements: readonly Statement[], rules: SortRules, allowed = Infinity): W {
  const previous = w.previous ?? [];
  const sc = sortScore(statements, w, rules);
  if (!canRetry(previous, sc.complete, allowed)) return w;
  return { ...w, answers: {}, locked: [], previous: [...previous, { raw: sc.raw, max: sc.max }] };
}

/** The attempt in progress (from 1). */
export const sortAttempt = (w: SortWork): number => attemptNumber(w.previous ?? []);

/** A stable shuffle: orders items by a hash of their id, the same on every load and in every browser. */
export function mixedOrder<T extends { id: string }>(items: readonly T[]): T[] {
  const hash = (s: string) => {
    let h = 2166136261;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    return h >>> 0;
  };
  return [...items].sort((a, b) => hash(a.id) - hash(b.id));
}
