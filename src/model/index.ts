/** The collabgov model: schemas, types, the default pack and pure logic. Importing it registers no element. */
export * from './schema.js';
export type * from './types.js';
export { checkPack, checkReferences } from './validate.js';
export { validatePack, type ValidateOptions } from './validate-pack.js';
export { mergePack } from './merge.js';
export { formatPath } from './issues.js';
export { defaultPack } from './packs/en.js';
export { citeLabel, citedIds, formatReference, referencesFor, shortAuthors } from './cite.js';
export { encodeState, decodeState, type StateCodec, type StateSchema, type DecodeResult } from './state.js';
export * from './state-schemas.js';
export { formFit, blendOf, blendWords, compareBlends, MIN_FACTORS, GOOD_FIT, type FitReading, type FactorChoice, type Verdict } from './form-fit.js';
export { answerKind, quizScore, type AnswerKind } from './form-quiz.js';
export { overallReading, tensionStatus, type Reading, type ReadingId } from './tension-reading.js';
export { formPickerCodec, formPickerStateGuard, type FormPickerState } from './form-picker-state.js';
export { tableComparatorCodec, tableComparatorStateGuard } from './table-comparator-state.js';
export { tensionSlidersCodec, tensionSlidersStateGuard } from './tension-sliders-state.js';
