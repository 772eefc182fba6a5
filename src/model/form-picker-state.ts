/** The saved learner state of <cg-form-picker> (version 1); its schema is in state-schemas.ts. */
import type { StateCodec } from './state.js';
import type { FormPickerState } from './state-schemas.js';

export type { FormPickerState };

export const formPickerCodec: StateCodec<FormPickerState> = {
  widget: 'form-picker',
  version: 1,
  schema: () => import('./checks.js').then((m) => m.formPickerStateSchema),
  initial: () => ({ factors: {}, point: null, caseId: '', view: '', quiz: {}, draft: {} }),
};
