/**
 * Form fit: how far a collaboration described by the contingency factors of Provan & Kenis (2008) meets the
 * conditions under which each governance form is most likely to be effective, read from the pack's predictor table.
 * Pure functions, no DOM.
 *
 * Provan and Kenis drew their predictors from the literature; they are conditions for a form to work, not a score.
 * The rule treats them so:
 * - On each factor the student has set, each form is `met` when the chosen level is one the table gives for the form
 *   (a range such as "moderate to many" gives several: the predictor's `levels`), `near` when the chosen level is one
 *   step from the nearest of them, and `against` when it is two or more steps away (the far end of the scale).
 * - A form's fit is (met + ½ × near) ÷ factors set, from 0 to 1: how closely the profile matches its conditions.
 * - A condition clearly failed is a near-veto that no number of matches elsewhere outvotes: forms are ranked first
 *   by how many factors are `against` them (fewer first), then by fit. The first is the best; forms equal on both
 *   are a tie (`best` is then null and `ties` lists them in pack order).
 * - `verdict` says what the reading can tell: `none` with no factor set; `too-few` with fewer than `MIN_FACTORS` set
 *   (one factor alone points to a form but cannot tell which fits: no best is given); `no-fit` when even the top form
 *   has a factor against it (no form fits well: the factors pull towards different forms); `good` when the top form
 *   has nothing against it and a fit of at least `GOOD_FIT`; `partial` otherwise (the closest form fits only partly).
 *   With `no-fit` and `too-few`, `best` and `ties` are empty: `ranking` still lists every form in order.
 * - Factors not set, and factor or level ids the pack does not know (stale saved state), are left out; so is a
 *   missing predictor cell (a pack the validator would reject) for that form.
 * - Per factor (`words`): the choice *supports* the forms it meets and *counts against* those it is `against`.
 * - The factors' blend (`support`): each set factor gives one vote, shared equally among the forms nearest to the
 *   chosen level (those it meets, else those one step away), so the blend sits on a form's corner when every
 *   factor points to it alone.
 */
import type { ContentPack } from './types.js';
import { own } from './own.js';

/** The student's choices: a level id per factor id. */
export type FactorChoice = Readonly<Record<string, string>>;

/** The fewest factors that make a reading. */
export const MIN_FACTORS = 2;
/** The least fit, with nothing against it, for a form to fit well. */
export const GOOD_FIT = 0.75;

export type Verdict = 'none' | 'too-few' | 'no-fit' | 'partial' | 'good';

/** What one set factor says about the forms. */
export interface FactorWord {
  factor: string;
  level: string;
  /** Forms whose conditions the chosen level meets. */
  supports: string[];
  /** Forms the chosen level is clearly against (two or more steps from their conditions). */
  contradicts: string[];
}

/** How one form stands against the factors set: the factor ids met, one step off, and against it. */
export interface FormMatch {
  met: string[];
  near: string[];
  against: string[];
}

export interface FitReading {
  /** Fit per form id, 0 … 1: (met + ½ near) ÷ factors set (empty when no factor is set). Not a score. */
  fits: Record<string, number>;
  /** Per form id, which set factors meet its conditions, are one step off, or are against it. */
  matches: Record<string, FormMatch>;
  /** Every form with a fit, best first (fewest factors against, then highest fit). */
  ranking: string[];
  /** What the reading can tell (see the rule above). */
  verdict: Verdict;
  /** The single best-fitting form with a `good` or `partial` verdict; otherwise null. */
  best: string | null;
  /** With a `good` or `partial` verdict, the forms sharing the top place when two or more do; otherwise empty. */
  ties: string[];
  /** Factor ids still unset, in pack order. */
  missing: string[];
  /** Per set factor, in pack order. */
  words: FactorWord[];
  /** Votes per form id: each set factor's one vote, shared among the forms nearest to its level. */
  support: Record<string, number>;
}

const EPS = 1e-9;

type Pack = Pick<ContentPack, 'forms' | 'factors' | 'predictors'>;

/** Index of a level in a factor, or -1. */
const indexOf = (pack: Pick<ContentPack, 'factors'>, factor: string, level: string | undefined): number =>
  pack.factors.find((f) => f.id === factor)?.levels.findIndex((l) => l.id === level) ?? -1;

/** Steps from the chosen level (index c) to the nearest level the predictor gives, or -1 without a usable cell. */
function steps(pack: Pack, form: string, factor: string, c: number): number {
  const cell = pack.predictors.find((p) => p.form === form && p.factor === factor);
  if (!cell) return -1;
  const at = (cell.levels ?? [cell.level]).map((l) => indexOf(pack, factor, l)).filter((i) => i >= 0);
  return at.length ? Math.min(...at.map((p) => Math.abs(c - p))) : -1;
}

/** Reads how far the factor choices meet each form's conditions (see the rule above). */
export function formFit(pack: Pack, choice: FactorChoice): FitReading {
  const matches: Record<string, FormMatch> = Object.fromEntries(pack.forms.map((f) => [f.id, { met: [], near: [], against: [] }]));
  const support: Record<string, number> = {};
  const missing: string[] = [];
  const words: FactorWord[] = [];
  let set = 0;
  for (const factor of pack.factors) {
    const c = indexOf(pack, factor.id, own(choice, factor.id));
    if (c < 0) {
      missing.push(factor.id);
      continue;
    }
    set++;
    const dist = pack.forms.map((f) => [f.id, steps(pack, f.id, factor.id, c)] as const).filter(([, d]) => d >= 0);
    for (const [id, d] of dist) matches[id][d === 0 ? 'met' : d === 1 ? 'near' : 'against'].push(factor.id);
    const nearest = Math.min(...dist.map(([, d]) => d));
    const voters = dist.filter(([, d]) => d === nearest && d <= 1);
    for (const [id] of voters) support[id] = (own(support, id) ?? 0) + 1 / voters.length;
    words.push({
      factor: factor.id,
      level: own(choice, factor.id)!,
      supports: dist.filter(([, d]) => d === 0).map(([id]) => id),
      contradicts: dist.filter(([, d]) => d >= 2).map(([id]) => id),
    });
  }
  const fits: Record<string, number> = {};
  for (const [id, m] of Object.entries(matches)) {
    const n = m.met.length + m.near.length + m.against.length;
    if (n) fits[id] = (m.met.length + m.near.length / 2) / n;
  }
  const rank = (a: string, b: string) => matches[a].against.length - matches[b].against.length || fits[b] - fits[a];
  const ranking = pack.forms.map((f) => f.id).filter((id) => id in fits);
  ranking.sort((a, b) => (Math.abs(rank(a, b)) < EPS ? 0 : rank(a, b)));
  const top = ranking[0];
  const leaders = top ? ranking.filter((id) => Math.abs(rank(id, top)) < EPS) : [];
  const verdict: Verdict = !set
    ? 'none'
    : set < MIN_FACTORS
      ? 'too-few'
      : matches[top].against.length
        ? 'no-fit'
        : fits[top] >= GOOD_FIT - EPS
          ? 'good'
          : 'partial';
  const reads = verdict === 'good' || verdict === 'partial';
  return {
    fits,
    matches,
    ranking,
    verdict,
    best: reads && leaders.length === 1 ? top : null,
    ties: reads && leaders.length > 1 ? pack.forms.map((f) => f.id).filter((id) => leaders.includes(id)) : [],
    missing,
    words,
    support,
  };
}

/** Barycentric weights over the triangle's corners, summing to 1. */
export type Blend = number[];

/**
 * Blend weights for the triangle's corners from weights per form id (the reading's `support`, or the student's
 * saved point): each corner's weight divided by the corners' sum. A corner without a weight counts as 0; with no
 * weights, or all 0, the blend is the centre (equal weights). The corners are the pack's first three forms.
 */
export function blendOf(weights: Record<string, number>, corners: readonly string[]): Blend {
  const w = corners.map((id) => own(weights, id) ?? 0);
  const sum = w.reduce((a, b) => a + b, 0);
  return sum > EPS ? w.map((x) => x / sum) : corners.map(() => 1 / corners.length);
}

/**
 * The triangle's corners: the first three forms in pack order, so the corners stay put while the student
 * changes the factors. A pack with fewer than three forms has no triangle; forms after the third appear
 * in the fit list only.
 */
export const corners = (pack: Pick<ContentPack, 'forms'>): string[] =>
  pack.forms.length >= 3 ? pack.forms.slice(0, 3).map((f) => f.id) : [];

/**
 * How a blend reads in words, as parts for the caller to phrase: `even` when no corner stands out
 * (weights within 0.1 of each other); `split` when the two heaviest corners are within 0.05 of each other
 * (`lead` and `some[0]` are those two); otherwise the leading corner with its strength (`almost` ≥ 0.75,
 * `mostly` ≥ 0.5, else `leaning`) and the other corners weighing at least 0.2 (`some`).
 */
export function blendWords(
  blend: Blend,
): { even: true } | { even: false; lead: number; strength: 'almost' | 'mostly' | 'leaning' | 'split'; some: number[] } {
  const order = blend.map((w, i) => [w, i] as const).sort((a, b) => b[0] - a[0]);
  if (order[0][0] - order[order.length - 1][0] < 0.1) return { even: true };
  const top = order[0][0];
  if (top - order[1][0] < 0.05) return { even: false, lead: order[0][1], strength: 'split', some: [order[1][1]] };
  return {
    even: false,
    lead: order[0][1],
    strength: top >= 0.75 ? 'almost' : top >= 0.5 ? 'mostly' : 'leaning',
    some: order.slice(1).filter(([w]) => w >= 0.2).map(([, i]) => i),
  };
}

/**
 * How far the student's point is from the factors' reading: half the sum of absolute weight differences
 * (0 = same point, 1 = opposite corners), and the corner the student leans to more than the reading does
 * (the largest gain; on equal gains, the corner the student weights most). `near` below 0.15, `apart`
 * below 0.35, else `far`.
 */
export function compareBlends(own: Blend, reading: Blend): { distance: number; verdict: 'near' | 'apart' | 'far'; towards: number } {
  const diff = own.map((w, i) => w - reading[i]);
  const distance = diff.reduce((a, d) => a + Math.abs(d), 0) / 2;
  const max = Math.max(...diff);
  const towards = diff.reduce((best, d, i) => (max - d < 1e-6 && own[i] > own[best] ? i : best), diff.indexOf(max));
  return { distance, verdict: distance < 0.15 ? 'near' : distance < 0.35 ? 'apart' : 'far', towards };
}
