import type * as z from 'zod/mini';
import type * as s from './schema.js';

export type Cited = z.infer<typeof s.citedSchema>;
export type Reference = z.infer<typeof s.referenceSchema>;
export type Concept = z.infer<typeof s.conceptSchema>;
export type GovernanceForm = z.infer<typeof s.formSchema>;
export type Level = z.infer<typeof s.levelSchema>;
export type Factor = z.infer<typeof s.factorSchema>;
export type Predictor = z.infer<typeof s.predictorSchema>;
export type Pole = z.infer<typeof s.poleSchema>;
export type Leaning = z.infer<typeof s.leaningSchema>;
export type Tension = z.infer<typeof s.tensionSchema>;
export type Evolution = z.infer<typeof s.evolutionSchema>;
export type Logic = z.infer<typeof s.logicSchema>;
export type Cell = z.infer<typeof s.cellSchema>;
export type ComparisonRow = z.infer<typeof s.rowSchema>;
export type Statement = z.infer<typeof s.statementSchema>;
export type Comparison = z.infer<typeof s.comparisonSchema>;
export type Era = z.infer<typeof s.eraSchema>;
export type Case = z.infer<typeof s.caseSchema>;
export type Readings = z.infer<typeof s.readingsSchema>;
/** A complete, validated content pack. */
export type ContentPack = z.infer<typeof s.packSchema>;
/** What a lecturer may supply: any part of a pack (merged over the default pack). */
export type PartialContentPack = z.input<typeof s.partialPackSchema>;

/** One problem found in a content pack. */
export interface PackIssue {
  /** JSON path into the lecturer's input, e.g. `tensions[3].poles[1].label`; `(pack)` for the whole pack. */
  path: string;
  /** A plain-language message a lecturer understands. */
  message: string;
}

export type PackResult = { ok: true; pack: ContentPack } | { ok: false; issues: PackIssue[] };
