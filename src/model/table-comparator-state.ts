/** The table comparator's saved learner state (version 1); its schema is in state-schemas.ts. */
import type { StateCodec } from './state.js';
import type { CaseWork, TableComparatorState } from './state-schemas.js';

export type { CaseWork, TableComparatorState };

export const tableComparatorCodec: StateCodec<TableComparatorState> = {
  widget: 'table-comparator',
  version: 1,
  schema: () => import('./checks.js').then((m) => m.tableComparatorStateSchema),
  initial: () => ({ hidden: [], highlight: null, step: null, answers: {}, checked: false, caseId: null, cases: {} }),
};
