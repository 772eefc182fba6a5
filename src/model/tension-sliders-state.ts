/**
 * What <cg-tension-sliders> saves for a student (version 1). Its zod schema is in state-schemas.ts; the codec
 * reads saved work with the matching zod-free guard of state-guards.ts.
 */
import type { StateCodec } from './state.js';
import { tensionSlidersStateGuard } from './state-guards.js';
import type { TensionSlidersState } from './state-schemas.js';

export type { TensionSlidersState };

export const tensionSlidersCodec: StateCodec<TensionSlidersState> = {
  widget: 'tension-sliders',
  version: 1,
  schema: tensionSlidersStateGuard,
  initial: () => ({ positions: {}, notes: {}, touched: [] }),
};
