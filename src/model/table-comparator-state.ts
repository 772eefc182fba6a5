/** The table comparator's saved learner state (version 1). */
import * as z from 'zod/mini';
import type { StateCodec } from './state.js';

const placement = z.object({ logic: z.string(), row: z.optional(z.string()) });
const caseWork = z.object({
  /** Row id -> position (-100 first logic … 100 second); only rows the student placed. */
  positions: z.record(z.string(), z.number().check(z.gte(-100), z.lte(100))),
  /** Row id -> the student's note. */
  notes: z.record(z.string(), z.string()),
  /** The student asked to see the pack's reference reading. */
  reveal: z.optional(z.boolean()),
});

const schema = z.object({
  /** Row ids the student has hidden in the table view. */
  hidden: z.array(z.string()),
  highlight: z.nullable(z.string()),
  /** One row at a time: the index among the shown rows, or null to show all. */
  step: z.nullable(z.int()),
  /** Statement id -> placement. */
  answers: z.record(z.string(), placement),
  /** `feedback="check"`: the student pressed Check since the last change. */
  checked: z.boolean(),
  /** The case picked in the case picker (when no `case` attribute is set). */
  caseId: z.nullable(z.string()),
  cases: z.record(z.string(), caseWork),
});

export type TableComparatorState = z.infer<typeof schema>;
export type CaseWork = z.infer<typeof caseWork>;

export const tableComparatorCodec: StateCodec<TableComparatorState> = {
  widget: 'table-comparator',
  version: 1,
  schema,
  initial: () => ({ hidden: [], highlight: null, step: null, answers: {}, checked: false, caseId: null, cases: {} }),
};
