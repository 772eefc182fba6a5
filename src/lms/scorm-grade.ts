/**
 * What a SCORM package reports to the gradebook, and when: a score only when it means something, from the attempt
 * the lecturer says counts (the same `grading` the widget shows its grade by: src/model/attempts.ts).
 * - `score="completion"` (default): the score is sent when the student completes the scored activity
 *   (`cg-complete`), not while they answer: with Moodle's default "mastery score overrides status", a partial score
 *   would turn the attempt into "failed" when the student leaves. `score="progress"`: every `cg-score` is sent (for
 *   an LMS with mastery override off). `score="none"`: no score, only the status.
 * - `grading="best"` (default): never lower than the score the LMS holds (read at launch, then what was sent), so
 *   "Retry" after passing cannot drop the gradebook; `grading="last"`: the latest completed attempt's score;
 *   `grading="first"`: the first completed attempt's score, kept once sent (and kept when the LMS already holds a
 *   score with a finished status at launch): later attempts are practice.
 * - Status: `passed`/`failed` against the mastery score in a scored mode with one, else `completed`.
 * - An unscored activity (a reflection) reports `completed` and, unless `score="none"`, a score of 100 at
 *   completion, so Moodle's default grading method (highest grade) shows it as done rather than 0/100.
 * - With no credit (Moodle's review and browse modes) nothing is sent for the gradebook.
 * `cg-score` may carry an `attempt` number: a score from an earlier attempt than the latest one seen is ignored.
 */
import type { Grading } from '../model/attempts.js';

export type { Grading };
export type ScoreWhen = 'completion' | 'progress' | 'none';

export interface GradePolicy {
  /** The mode is scored (fires `cg-score`). */
  scored: boolean;
  /** Mastery score, 0–100 (the LMS's, else the manifest's). */
  mastery?: number;
  score: ScoreWhen;
  grading: Grading;
  /** False in the LMS's review or browse mode: the attempt is not for credit. */
  credit: boolean;
}

/** Element -> value to send. */
export type GradeValues = Record<string, string>;

export interface ScoreDetail {
  raw: number;
  max: number;
  attempt?: number;
}

const RAW = 'cmi.core.score.raw';
const STATUS = 'cmi.core.lesson_status';

export const percentOf = ({ raw, max }: ScoreDetail): number =>
  max > 0 && Number.isFinite(raw) ? Math.round(Math.min(1, Math.max(0, raw / max)) * 10000) / 100 : 0;

export class Grader {
  /** The score (percent) the LMS holds, or will once the values given are stored. */
  held?: number;
  /** The latest score of this sitting. */
  sitting?: number;
  private attempt = -Infinity;
  /** `grading="first"`: a completed attempt's score is held, so no later one is sent. */
  private settled = false;

  constructor(
    readonly policy: GradePolicy,
    heldRaw: string,
    heldStatus = '',
  ) {
    const held = heldRaw === '' ? NaN : Number(heldRaw);
    if (Number.isFinite(held)) this.held = held;
    this.settled = this.held !== undefined && ['passed', 'failed', 'completed'].includes(heldStatus);
  }

  /** A `cg-score`: what to send now (only with `score="progress"`). */
  score(detail: ScoreDetail): GradeValues | null {
    if (!this.policy.scored) return null;
    const attempt = Number.isInteger(detail.attempt) ? detail.attempt! : this.attempt;
    if (attempt < this.attempt) return null;
    this.attempt = attempt;
    this.sitting = percentOf(detail);
    return this.policy.credit && this.policy.score === 'progress' ? this.report(this.sitting, false) : null;
  }

  /** A `cg-complete`: what to send. */
  complete(): GradeValues | null {
    if (!this.policy.credit) return null;
    if (!this.policy.scored) {
      return this.policy.score === 'none' ? { [STATUS]: 'completed' } : { ...this.report(100, false), [STATUS]: 'completed' };
    }
    const score = this.sitting ?? this.held;
    if (score === undefined || this.policy.score === 'none') return { [STATUS]: this.status(score) };
    return this.report(score, true);
  }

  /** Values of an earlier session that never reached the LMS: what of them to send again under this policy. */
  restore(values: GradeValues): GradeValues | null {
    if (!this.policy.credit) return null;
    const out: GradeValues = { ...values };
    const raw = Number(values[RAW] ?? NaN);
    if (Number.isFinite(raw)) {
      if (this.policy.grading === 'best' && this.held !== undefined && raw < this.held) return null;
      if (this.policy.grading === 'first' && this.settled) return null;
      this.held = raw;
      if (['passed', 'failed', 'completed'].includes(values[STATUS] ?? '')) this.settled = true;
    }
    return Object.keys(out).length ? out : null;
  }

  private status(score: number | undefined): string {
    const m = this.policy.mastery;
    return this.policy.scored && m !== undefined && score !== undefined ? (score >= m ? 'passed' : 'failed') : 'completed';
  }

  private report(score: number, final: boolean): GradeValues {
    const g = this.policy.grading;
    const value = this.held === undefined ? score : g === 'best' ? Math.max(this.held, score) : g === 'first' && this.settled ? this.held : score;
    this.held = value;
    if (final) this.settled = true;
    const out: GradeValues = { 'cmi.core.score.min': '0', 'cmi.core.score.max': '100', [RAW]: String(value) };
    if (final) out[STATUS] = this.status(value);
    return out;
  }
}
