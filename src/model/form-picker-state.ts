/** The saved learner state of <cg-form-picker> (version 1). */
import * as z from 'zod/mini';
import type { StateCodec } from './state.js';

const ids = () => z.record(z.string(), z.string());

export const formPickerStateSchema = z.object({
  /** The chosen level id per factor id. */
  factors: ids(),
  /** The student's own point as a weight per corner form id (summing to 1), or null when not placed. */
  point: z.nullable(z.record(z.string(), z.number().check(z.gte(0), z.lte(1)))),
  /** The case whose levels preset the factors ('' for the student's own collaboration). */
  caseId: z.string(),
  /** The form whose details are shown ('' = the best fit). */
  view: z.string(),
  /** Quiz: the checked answer (form id) per case id. */
  quiz: ids(),
  /** Quiz: the chosen but not yet checked form per case id. */
  draft: ids(),
});

export type FormPickerState = z.infer<typeof formPickerStateSchema>;

export const formPickerCodec: StateCodec<FormPickerState> = {
  widget: 'form-picker',
  version: 1,
  schema: formPickerStateSchema,
  initial: () => ({ factors: {}, point: null, caseId: '', view: '', quiz: {}, draft: {} }),
};
