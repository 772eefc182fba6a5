/**
 * The table comparator's saved learner state (version 1). Its zod schema is in state-schemas.ts; the codec
 * reads saved work with the matching zod-free guard of state-guards.ts.
 */
import type { StateCodec } from './state.js';
import { tableComparatorStateGuard } from './state-guards.js';
import type { CaseWork, TableComparatorState } from './state-schemas.js';

export type { CaseWork, TableComparatorState };

export const tableComparatorCodec: StateCodec<TableComparatorState> = {
  widget: 'table-comparator',
  version: 1,
  schema: tableComparatorStateGuard,
  initial: () => ({ hidden: [], highlight: null, step: null, answers: {}, checked: false, caseId: null, cases: {} }),
};
