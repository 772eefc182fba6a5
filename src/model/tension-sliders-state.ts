/**
 * What <cg-tension-sliders> saves for a student (version 2: positions, notes, touched, and the response chosen per
 * tension). Its zod schema is in state-schemas.ts; the codec reads saved work with the zod-free guard below (built
 * with state-guards.ts), and brings version 1 (the same without `responses`) up to date.
 */
import type { StateCodec } from './state.js';
import { array, number, object, record, schema, string } from './state-guards.js';
import type { TensionSlidersState } from './state-schemas.js';
import { NOTE_MAX } from './limits.js';

export type { TensionSlidersState };

const v1 = object({ positions: record(number(-100, 100)), notes: record(string(NOTE_MAX)), touched: array(string()) });

/** Mirrors `tensionSlidersStateSchema`. */
export const tensionSlidersStateGuard = schema<TensionSlidersState>(
  object({ positions: record(number(-100, 100)), notes: record(string(NOTE_MAX)), touched: array(string()), responses: record(string()) }),
);

const version1 = schema<Omit<TensionSlidersState, 'responses'>>(v1);

export const tensionSlidersCodec: StateCodec<TensionSlidersState> = {
  widget: 'tension-sliders',
  version: 2,
  schema: tensionSlidersStateGuard,
  initial: () => ({ positions: {}, notes: {}, touched: [], responses: {} }),
  /** Version 1 had no responses: its positions, notes and touched come over as they are, with none chosen. */
  migrate(state, from) {
    if (from !== 1) return undefined;
    const old = version1.safeParse(state);
    return old.success ? { ...old.data, responses: {} } : undefined;
  },
};
