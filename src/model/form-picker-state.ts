/**
 * The saved learner state of <cg-form-picker> (version 1). Its zod schema is in state-schemas.ts; the codec
 * reads saved work with the matching zod-free guard of state-guards.ts.
 */
import type { StateCodec } from './state.js';
import { formPickerStateGuard } from './state-guards.js';
import type { FormPickerState } from './state-schemas.js';

export type { FormPickerState };

export const formPickerCodec: StateCodec<FormPickerState> = {
  widget: 'form-picker',
  version: 1,
  schema: formPickerStateGuard,
  initial: () => ({ factors: {}, point: null, caseId: '', view: '', quiz: {}, draft: {} }),
};
