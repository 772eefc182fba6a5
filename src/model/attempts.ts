/**
 * Attempts at a scored activity (the form-picker quiz, the table comparator's sort) and which one counts. Pure; no DOM.
 *
 * - An attempt is one go at every item. Within it a student's first answer to an item is final: it is judged once
 *   (at once with instant feedback, on Check otherwise) and cannot be changed afterwards.
 * - "Retry" is offered only once the current attempt is complete, and only while attempts are left (`attempts`,
 *   unlimited by default). It keeps the finished attempt's score in `previous` and starts the next attempt empty.
 * - `grading` says which completed attempt is the grade: `best` (the default: the highest share of the marks, the
 *   earliest on a tie), `last` or `first`. The SCORM bridge reads the same word (scorm-grade.ts), so the gradebook and
 *   the widget agree.
 */

/** A score: raw points out of max. */
export interface Score {
  raw: number;
  max: number;
}

export type Grading = 'best' | 'last' | 'first';
export const GRADINGS: readonly Grading[] = ['best', 'last', 'first'];

/** The attempt in progress, counting from 1: one more than the attempts finished before it. */
export const attemptNumber = (previous: readonly Score[]): number => previous.length + 1;

/** The completed attempts: those before the current one, and the current one when it is complete. */
export const completed = (previous: readonly Score[], current: Score, complete: boolean): Score[] =>
  complete ? [...previous, current] : [...previous];

const share = (s: Score) => (s.max > 0 ? s.raw / s.max : 0);

/** Which completed attempt counts (its index), or -1 when none is complete. */
export function countingIndex(done: readonly Score[], grading: Grading): number {
  if (!done.length) return -1;
  if (grading === 'first') return 0;
  if (grading === 'last') return done.length - 1;
  return done.reduce((best, s, i) => (share(s) > share(done[best]) ? i : best), 0);
}

/** The grade: the counting attempt's score, or null while no attempt is complete. */
export function gradeOf(done: readonly Score[], grading: Grading): Score | null {
  const i = countingIndex(done, grading);
  return i < 0 ? null : { ...done[i] };
}

/**
 * The number of attempts a lecturer allows, from the `attempts` attribute: a whole number of 1 or more, or
 * Infinity when it is absent or empty. Anything else is null (the widget shows an error naming it).
 */
export function parseAttempts(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value.trim() === '') return Infinity;
  const n = Number(value.trim());
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/** Retry is offered: the current attempt is complete and another is allowed. */
export const canRetry = (previous: readonly Score[], complete: boolean, allowed: number): boolean =>
  complete && attemptNumber(previous) < allowed;

/** The grading word, or null when it is not one of `best`, `last`, `first` (absent or empty: `best`). */
export function parseGrading(value: string | null | undefined): Grading | null {
  if (value === null || value === undefined || value.trim() === '') return 'best';
  return (GRADINGS as readonly string[]).includes(value.trim()) ? (value.trim() as Grading) : null;
}
