/**
 * How the tension sliders put positions into words, and the rule for the overall reading. Pure; no DOM.
 *
 * A position runs from -100 (fully the first pole) to 100 (fully the second); `null` means not placed yet.
 * Its band depends only on the distance from the centre, |p|:
 *
 * | |p|      | band       | words (English)                                  |
 * |----------|------------|--------------------------------------------------|
 * | 0–9      | `balanced` | "balanced between A and B"                       |
 * | 10–34    | `slightly` | "leaning slightly towards B"                     |
 * | 35–64    | `leaning`  | "leaning towards B"                              |
 * | 65–89    | `strongly` | "leaning strongly towards B"                     |
 * | 90–100   | `resolved` | "pushed all the way to B" (resolved, not managed) |
 *
 * The overall reading is **not a score**: no position is right or wrong. The paper's point is that a paradox is
 * managed, not settled: both poles are worked with, sometimes by leaning to one for a while (Vangen 2017; Poole &
 * Van de Ven 1989). So a position alone, even the centre, says where the collaboration stands, not how it manages the
 * tension: that is the *response* the student chooses per tension (the pack's `responses`, e.g. living with it,
 * separating in time, separating by place or level, a synthesis, a good-enough compromise for now).
 *
 * Per tension (`tensionStatus`): `unset` (not placed); `resolved` (pushed to a pole, |p| ≥ 90, with no response or
 * one whose `atPole` is not `phase`); `phase` (at a pole under a response such as separating in time, where a pole
 * for a while is part of it); `open` (placed, no response yet); `managed` (placed, away from the poles, with a
 * response). Rule for the overall reading, first match:
 * 1. nothing placed yet → no reading (`null`);
 * 2. two or more tensions resolved → `manyResolved`;
 * 3. exactly one resolved → `oneResolved`;
 * 4. no placed tension has a response yet → `unmanaged` (however balanced the positions);
 * 5. some placed tensions have no response yet → `partlyManaged`;
 * 6. three or more lean clearly (|p| ≥ 35) under responses that keep both poles in play (not `phase`) → `leaning`;
 * 7. otherwise → `managed`.
 * Tensions not placed yet are left out of the count. The texts are the pack's `readings`; the project's own
 * inference, not the paper's, is that settling several tensions at once may go with collaborative inertia.
 */
import { own } from './own.js';

/** |p| from which a position leans slightly, leans clearly, leans strongly, and is pushed to a pole. */
export const SLIGHT = 10;
export const LEANING = 35;
export const STRONG = 65;
export const RESOLVED = 90;
/** How many clearly leaning tensions make the reading `leaning`. */
export const LEANING_COUNT = 3;
/** Within this distance, a student's position counts as close to a reference position. */
export const CLOSE = 15;

export type Band = 'unset' | 'balanced' | 'slightly' | 'leaning' | 'strongly' | 'resolved';
export type ReadingId = 'managed' | 'leaning' | 'oneResolved' | 'manyResolved' | 'unmanaged' | 'partlyManaged';
export type Status = 'unset' | 'resolved' | 'phase' | 'open' | 'managed';
/** What the reading needs of a chosen response: its id and what a pole means with it. */
export interface Chosen {
  id: string;
  atPole?: 'phase' | 'resolved';
}
export type Position = number | null;

/** The words a language supplies for positions (the English ones are in the tension-sliders catalog). */
export interface PositionPhrases {
  unset: string;
  balanced: (a: string, b: string) => string;
  slightly: (pole: string) => string;
  leaning: (pole: string) => string;
  strongly: (pole: string) => string;
  resolved: (pole: string) => string;
}

/** The words a language supplies to compare a position with a reference. */
export interface ComparePhrases {
  compareUnset: string;
  compareClose: string;
  compareTowards: (pole: string) => string;
}

/** The band of a position (see the table above). */
export function bandOf(p: Position): Band {
  if (p === null || !Number.isFinite(p)) return 'unset';
  const d = Math.abs(p);
  return d >= RESOLVED ? 'resolved' : d >= STRONG ? 'strongly' : d >= LEANING ? 'leaning' : d >= SLIGHT ? 'slightly' : 'balanced';
}

/** The pole a position is nearer to: 0 (first), 1 (second), or null when balanced or not placed. */
export function nearerPole(p: Position): 0 | 1 | null {
  const band = bandOf(p);
  return band === 'unset' || band === 'balanced' ? null : p! < 0 ? 0 : 1;
}

/** A position in words, e.g. "leaning strongly towards Directive leadership"; never a bare number. */
export function describePosition(p: Position, labels: readonly [string, string], w: PositionPhrases): string {
  const band = bandOf(p);
  if (band === 'unset') return w.unset;
  if (band === 'balanced') return w.balanced(labels[0], labels[1]);
  return w[band](labels[nearerPole(p)!]);
}

/** Compares a student's position with a reference position, in words. */
export function comparePosition(mine: Position, ref: number, labels: readonly [string, string], w: ComparePhrases): string {
  if (mine === null) return w.compareUnset;
  const d = mine - ref;
  return Math.abs(d) < CLOSE ? w.compareClose : w.compareTowards(labels[d < 0 ? 0 : 1]);
}

export interface Reading {
  /** The reading's id (a key of the pack's `readings`), or null when nothing is placed yet. */
  id: ReadingId | null;
  /** Ids of the tensions pushed to a pole and so settled (`resolved`). */
  resolved: string[];
  /** Ids of the tensions leaning clearly (|p| ≥ 35) under a response that keeps both poles, or none yet. */
  leaning: string[];
  /** Ids of the placed tensions with no response yet. */
  open: string[];
  /** How many placed tensions use each response id. */
  responses: Record<string, number>;
}

/** A tension's status from its position and the response chosen for it (see the rule at the top). */
export function tensionStatus(p: Position, chosen?: Chosen | null): Status {
  const band = bandOf(p);
  if (band === 'unset') return 'unset';
  if (band === 'resolved') return chosen?.atPole === 'phase' ? 'phase' : 'resolved';
  return chosen ? 'managed' : 'open';
}

/** The overall reading of positions and chosen responses by tension id, by the rule documented at the top. */
export function overallReading(positions: Record<string, Position>, chosen: Record<string, Chosen | null | undefined> = {}): Reading {
  const resolved: string[] = [];
  const leaning: string[] = [];
  const open: string[] = [];
  const responses: Record<string, number> = {};
  let placed = 0;
  for (const [id, p] of Object.entries(positions)) {
    const c = own(chosen, id);
    const status = tensionStatus(p, c);
    if (status === 'unset') continue;
    placed++;
    if (c) responses[c.id] = (own(responses, c.id) ?? 0) + 1;
    if (status === 'resolved') resolved.push(id);
    else if (status === 'open') open.push(id);
    if (status !== 'resolved' && status !== 'phase' && c?.atPole !== 'phase' && Math.abs(p!) >= LEANING) leaning.push(id);
  }
  const id: ReadingId | null = !placed
    ? null
    : resolved.length >= 2
      ? 'manyResolved'
      : resolved.length
        ? 'oneResolved'
        : open.length === placed
          ? 'unmanaged'
          : open.length
            ? 'partlyManaged'
            : leaning.length >= LEANING_COUNT
              ? 'leaning'
              : 'managed';
  return { id, resolved, leaning, open, responses };
}

/**
 * Which pack texts explain a position: `hold` are the poles whose `protects` text applies, `risk` the pole
 * whose `risk` text applies, `lost` the pole whose protection is given up. Balanced: both poles protect, no
 * risk. Leaning: the nearer pole protects, and its risk is what pushing further costs. Resolved: the nearer
 * pole's risk is being paid and the far pole's protection is lost.
 */
export function positionEffects<P>(poles: readonly [P, P], p: Position): { hold: P[]; risk?: P; lost?: P } {
  const band = bandOf(p);
  const near = nearerPole(p);
  if (near === null) return { hold: band === 'unset' ? [] : [...poles] };
  if (band === 'resolved') return { hold: [], risk: poles[near], lost: poles[1 - near] };
  return { hold: [poles[near]], risk: poles[near] };
}
