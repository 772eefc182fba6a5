/**
 * The table comparator's saved learner state (version 1). Its zod schema is in state-schemas.ts; the codec
 * reads saved work with the zod-free guard below (built with state-guards.ts).
 */
import type { StateCodec } from './state.js';
import { array, boolean, int, nullable, number, object, optional, record, schema, string } from './state-guards.js';
import type { CaseWork, TableComparatorState } from './state-schemas.js';

export type { CaseWork, TableComparatorState };

/** Mirrors `tableComparatorStateSchema`. */
export const tableComparatorStateGuard = schema<TableComparatorState>(
  object({
    hidden: array(string()),
    highlight: nullable(string()),
    step: nullable(int),
    answers: record(object({ logic: string(), row: optional(string()) })),
    checked: boolean,
    locked: optional(array(string())),
    previous: optional(array(object({ raw: number(0), max: number(0) }))),
    caseId: nullable(string()),
    cases: record(object({ positions: record(number(-100, 100)), notes: record(string()), reveal: optional(boolean) })),
  }),
);

export const tableComparatorCodec: StateCodec<TableComparatorState> = {
  widget: 'table-comparator',
  version: 1,
  schema: tableComparatorStateGuard,
  initial: () => ({ hidden: [], highlight: null, step: null, answers: {}, checked: false, caseId: null, cases: {} }),
};
