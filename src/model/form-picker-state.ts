/**
 * The saved learner state of <cg-form-picker> (version 1). Its zod schema is in state-schemas.ts; the codec
 * reads saved work with the zod-free guard below (built with state-guards.ts).
 */
import type { StateCodec } from './state.js';
import { array, nullable, number, object, optional, record, schema, string } from './state-guards.js';
import type { FormPickerState } from './state-schemas.js';

export type { FormPickerState };

/** Mirrors `formPickerStateSchema`. */
export const formPickerStateGuard = schema<FormPickerState>(
  object({
    factors: record(string()),
    point: nullable(record(number(0, 1))),
    caseId: string(),
    view: string(),
    quiz: record(string()),
    draft: record(string()),
    previous: optional(array(object({ raw: number(0), max: number(0) }))),
  }),
);

export const formPickerCodec: StateCodec<FormPickerState> = {
  widget: 'form-picker',
  version: 1,
  schema: formPickerStateGuard,
  initial: () => ({ factors: {}, point: null, caseId: '', view: '', quiz: {}, draft: {} }),
};
