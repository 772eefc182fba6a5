import type * as z from 'zod/mini';
import type { PackSchemas as S } from './schema.js';

export type Cited = z.infer<S['citedSchema']>;
export type Reference = z.infer<S['referenceSchema']>;
export type Concept = z.infer<S['conceptSchema']>;
export type GovernanceForm = z.infer<S['formSchema']>;
export type Level = z.infer<S['levelSchema']>;
export type Factor = z.infer<S['factorSchema']>;
export type Predictor = z.infer<S['predictorSchema']>;
export type Pole = z.infer<S['poleSchema']>;
export type Leaning = z.infer<S['leaningSchema']>;
export type Tension = z.infer<S['tensionSchema']>;
export type Response = z.infer<S['responseSchema']>;
export type Evolution = z.infer<S['evolutionSchema']>;
export type Logic = z.infer<S['logicSchema']>;
export type Cell = z.infer<S['cellSchema']>;
export type ComparisonRow = z.infer<S['rowSchema']>;
export type Statement = z.infer<S['statementSchema']>;
export type Comparison = z.infer<S['comparisonSchema']>;
export type Era = z.infer<S['eraSchema']>;
export type Case = z.infer<S['caseSchema']>;
export type Readings = z.infer<S['readingsSchema']>;
/** A complete, validated content pack. */
export type ContentPack = z.infer<S['packSchema']>;
/** What a lecturer may supply: any part of a pack (merged over the default pack). */
export type PartialContentPack = z.input<S['partialPackSchema']>;

/** One problem found in a content pack. */
export interface PackIssue {
  /** JSON path into the lecturer's input, e.g. `tensions[3].poles[1].label`; `(pack)` for the whole pack. */
  path: string;
  /** A plain-language message a lecturer understands. */
  message: string;
  /** Where it is, in the words a lecturer sees: `the case 'Leeds health partnership': trust level`. */
  where?: string;
  /** A JSON syntax error: its line and column (from 1) and that line of the text. */
  line?: number;
  column?: number;
  excerpt?: string;
}

export type PackResult = { ok: true; pack: ContentPack } | { ok: false; issues: PackIssue[] };
