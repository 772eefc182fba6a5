/**
 * The zod/mini schemas of each widget's saved learner state (version 1 of each; the tension sliders' version 2): the definition of each shape, for
 * the model's users. The widgets read saved work with the zod-free guards in `*-state.ts`, which mirror these.
 */
import * as z from 'zod/mini';
import { positionSchema } from './schema.js';
import { NOTE_MAX } from './limits.js';

// <cg-form-picker>
const ids = () => z.record(z.string(), z.string());
/** The scores of the attempts before the current one, in order (see attempts.ts); absent before any Retry. */
const previous = () => z.optional(z.array(z.object({ raw: z.number().check(z.gte(0)), max: z.number().check(z.gte(0)) })));

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
  /** Quiz: the scores of the earlier attempts. */
  previous: previous(),
});

export type FormPickerState = z.infer<typeof formPickerStateSchema>;

// <cg-table-comparator>
const placement = z.object({ logic: z.string(), row: z.optional(z.string()) });
export const caseWorkSchema = z.object({
  /** Row id -> position (-100 first logic … 100 second); only rows the student placed. */
  positions: z.record(z.string(), z.number().check(z.gte(-100), z.lte(100))),
  /** Row id -> the student's note. */
  notes: z.record(z.string(), z.string()),
  /** The student asked to see the pack's reference reading. */
  reveal: z.optional(z.boolean()),
});

export const tableComparatorStateSchema = z.object({
  /** Row ids the student has hidden in the table view. */
  hidden: z.array(z.string()),
  highlight: z.nullable(z.string()),
  /** One row at a time: the index among the shown rows, or null to show all. */
  step: z.nullable(z.int()),
  /** Statement id -> placement. */
  answers: z.record(z.string(), placement),
  /** `feedback="check"`: the student pressed Check in this attempt. */
  checked: z.boolean(),
  /** `feedback="check"`: statement ids judged on Check, final for this attempt. */
  locked: z.optional(z.array(z.string())),
  /** Sort: the scores of the earlier attempts. */
  previous: previous(),
  /** The case picked in the case picker (when no `case` attribute is set). */
  caseId: z.nullable(z.string()),
  cases: z.record(z.string(), caseWorkSchema),
});

export type TableComparatorState = z.infer<typeof tableComparatorStateSchema>;
export type CaseWork = z.infer<typeof caseWorkSchema>;

// <cg-tension-sliders>
export const tensionSlidersStateSchema = z.object({
  /** Positions the student set, by tension id (-100 first pole … 100 second pole). */
  positions: z.record(z.string(), positionSchema),
  /** Reflection notes by tension id. */
  notes: z.record(z.string(), z.string().check(z.maxLength(NOTE_MAX))),
  /** Tensions the student has moved or confirmed. */
  touched: z.array(z.string()),
  /** Version 2: the response (a response id of the pack) the student chose per tension id. */
  responses: z.record(z.string(), z.string()),
});
export type TensionSlidersState = z.infer<typeof tensionSlidersStateSchema>;
