import * as z from 'zod/mini';
import { positionSchema } from './schema.js';
import type { StateCodec } from './state.js';

/** What <cg-tension-sliders> saves for a student. */
export interface TensionSlidersState {
  /** Positions the student set, by tension id (-100 first pole … 100 second pole). */
  positions: Record<string, number>;
  /** Reflection notes by tension id. */
  notes: Record<string, string>;
  /** Tensions the student has moved or confirmed. */
  touched: string[];
}

export const tensionSlidersCodec: StateCodec<TensionSlidersState> = {
  widget: 'tension-sliders',
  version: 1,
  schema: z.object({
    positions: z.record(z.string(), positionSchema),
    notes: z.record(z.string(), z.string().check(z.maxLength(20000))),
    touched: z.array(z.string()),
  }),
  initial: () => ({ positions: {}, notes: {}, touched: [] }),
};
