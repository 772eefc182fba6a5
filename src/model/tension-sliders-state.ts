/** What <cg-tension-sliders> saves for a student (version 1); its schema is in state-schemas.ts. */
import type { StateCodec } from './state.js';
import type { TensionSlidersState } from './state-schemas.js';

export type { TensionSlidersState };

export const tensionSlidersCodec: StateCodec<TensionSlidersState> = {
  widget: 'tension-sliders',
  version: 1,
  schema: () => import('./checks.js').then((m) => m.tensionSlidersStateSchema),
  initial: () => ({ positions: {}, notes: {}, touched: [] }),
};
