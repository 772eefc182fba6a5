/**
 * What <cg-tension-sliders> saves for a student (version 1). Its zod schema is in state-schemas.ts; the codec
 * reads saved work with the zod-free guard below (built with state-guards.ts).
 */
import type { StateCodec } from './state.js';
import { array, number, object, record, schema, string } from './state-guards.js';
import type { TensionSlidersState } from './state-schemas.js';

export type { TensionSlidersState };

/** Mirrors `tensionSlidersStateSchema`. */
export const tensionSlidersStateGuard = schema<TensionSlidersState>(
  object({ positions: record(number(-100, 100)), notes: record(string(20000)), touched: array(string()) }),
);

export const tensionSlidersCodec: StateCodec<TensionSlidersState> = {
  widget: 'tension-sliders',
  version: 1,
  schema: tensionSlidersStateGuard,
  initial: () => ({ positions: {}, notes: {}, touched: [] }),
};
