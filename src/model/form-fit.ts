/**
 * Form fit: how well each governance form suits a collaboration described by the contingency factors of
 * Provan & Kenis (2008), read from the pack's predictor table. Pure functions, no DOM.
 *
 * The rule
 * - For a factor with L named levels (ordered low to high), the distance between the level the student chose
 *   (index c) and a form's effective level (index p) is |c − p| / (L − 1): 0 on the form's own level, 1 at the
 *   far end of the scale. A factor with two levels is therefore all-or-nothing; one with four has steps of ⅓.
 * - A form's fit is 1 − the mean of those distances over the factors the student has set (0 … 1).
 *   Factors not set, and factor or level ids the pack does not know (stale saved state), are left out.
 *   A predictor cell that is missing (a pack the validator would reject) leaves that factor out for that form.
 * - The best fit is the form with the highest fit. Forms within 1e-9 of the top are a tie: `best` is then
 *   null and `ties` lists them in pack order. With no factor set there is no reading: `fits` is empty.
 * - Per factor: the choice *supports* the forms whose own level it is (distance 0) and *contradicts* the
 *   forms at the largest distance, when that distance is above the smallest (so it separates the forms).
 */
import type { ContentPack } from './types.js';

/** The student's choices: a level id per factor id. */
export type FactorChoice = Readonly<Record<string, string>>;

/** What one set factor says about the forms. */
export interface FactorWord {
  factor: string;
  level: string;
  /** Forms whose effective level is the chosen one. */
  supports: string[];
  /** Forms furthest from the chosen level (empty when all forms are equally far). */
  contradicts: string[];
}

export interface FitReading {
  /** Fit per form id, 0 … 1 (empty when no factor is set). */
  fits: Record<string, number>;
  /** The single best-fitting form, or null on a tie or with no reading. */
  best: string | null;
  /** The forms sharing the top fit when two or more do; otherwise empty. */
  ties: string[];
  /** Factor ids still unset, in pack order. */
  missing: string[];
  /** Per set factor, in pack order. */
  words: FactorWord[];
}

const EPS = 1e-9;

/** Index of a level in a factor, or -1. */
const indexOf = (pack: Pick<ContentPack, 'factors'>, factor: string, level: string | undefined): number =>
  pack.factors.find((f) => f.id === factor)?.levels.findIndex((l) => l.id === level) ?? -1;

/** Reads the fit of every form for the given factor choices (see the rule above). */
export function formFit(pack: Pick<ContentPack, 'forms' | 'factors' | 'predictors'>, choice: FactorChoice): FitReading {
  const sums = new Map<string, { d: number; n: number }>(pack.forms.map((f) => [f.id, { d: 0, n: 0 }]));
  const missing: string[] = [];
  const words: FactorWord[] = [];
  for (const factor of pack.factors) {
    const c = indexOf(pack, factor.id, choice[factor.id]);
    if (c < 0) {
      missing.push(factor.id);
      continue;
    }
    const span = factor.levels.length - 1;
    const dist: [string, number][] = [];
    for (const form of pack.forms) {
      const cell = pack.predictors.find((p) => p.form === form.id && p.factor === factor.id);
      const p = indexOf(pack, factor.id, cell?.level);
      if (p < 0) continue;
      const d = Math.abs(c - p) / span;
      dist.push([form.id, d]);
      const s = sums.get(form.id)!;
      s.d += d;
      s.n += 1;
    }
    const ds = dist.map(([, d]) => d);
    const max = Math.max(...ds);
    words.push({
      factor: factor.id,
      level: choice[factor.id],
      supports: dist.filter(([, d]) => d < EPS).map(([id]) => id),
      contradicts: max - Math.min(...ds) > EPS ? dist.filter(([, d]) => max - d < EPS).map(([id]) => id) : [],
    });
  }
  const fits: Record<string, number> = {};
  for (const [id, s] of sums) if (s.n) fits[id] = 1 - s.d / s.n;
  const top = Math.max(...Object.values(fits));
  const leaders = Object.keys(fits).filter((id) => top - fits[id] < EPS);
  return { fits, best: leaders.length === 1 ? leaders[0] : null, ties: leaders.length > 1 ? leaders : [], missing, words };
}

/** Barycentric weights over the triangle's corners, summing to 1. */
export type Blend = number[];

/**
 * Blend weights for the triangle's corners from the fits: each corner's fit divided by the sum of the
 * corners' fits (normalised fits). A corner without a fit counts as 0; with no reading, or all fits 0,
 * the blend is the centre (equal weights). The corners are the pack's first three forms (see `corners`).
 */
export function blendOf(fits: Record<string, number>, corners: readonly string[]): Blend {
  const w = corners.map((id) => fits[id] ?? 0);
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
