/**
 * Versioned learner state. Each widget describes its saved state with a `StateCodec`: a zod/mini schema
 * for the current version (or a function that loads it), an initial value, and optionally a migration from
 * older versions. Stored form: `{"v": <version>, "w": "<widget>", "s": <state>}` as JSON.
 *
 * The widgets' codecs use the zod-free guards of state-guards.ts, so they read saved work at once; a codec may
 * instead give a function that loads its schema, and then reading waits for it (`decodeState` is asynchronous).
 */

/** What decoding needs of a schema: zod's `safeParse`. */
export interface StateSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export interface StateCodec<T> {
  /** The widget's name, e.g. `form-picker`. */
  widget: string;
  /** The current version of the state's shape. */
  version: number;
  /** The schema of the current version, or a function that loads it. */
  schema: StateSchema<T> | (() => Promise<StateSchema<T>>);
  initial(): T;
  /** Brings older saved state up to date; returns undefined when it cannot. */
  migrate?(state: unknown, fromVersion: number): T | undefined;
}

export type DecodeResult<T> =
  | { ok: true; state: T; migrated: boolean }
  | { ok: false; reason: string };

export function encodeState<T>(codec: StateCodec<T>, state: T): string {
  return JSON.stringify({ v: codec.version, w: codec.widget, s: state });
}

interface Envelope {
  v: number;
  w: string;
  s: unknown;
}

const isEnvelope = (d: unknown): d is Envelope =>
  typeof d === 'object' && d !== null && Number.isInteger((d as Envelope).v) && typeof (d as Envelope).w === 'string';

/** Reads saved state: the current version as it is, an older one through `migrate`, anything else refused. */
export async function decodeState<T>(codec: StateCodec<T>, raw: string): Promise<DecodeResult<T>> {
  return decodeStateWith(codec, typeof codec.schema === 'function' ? await codec.schema() : codec.schema, raw);
}

/** `decodeState` with the schema at hand, so it answers at once. */
export function decodeStateWith<T>(codec: StateCodec<T>, schema: StateSchema<T>, raw: string): DecodeResult<T> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'saved state is not valid JSON' };
  }
  if (!isEnvelope(data)) return { ok: false, reason: 'saved state has no version envelope' };
  if (data.w !== codec.widget) return { ok: false, reason: `saved state belongs to "${data.w}"` };
  if (data.v === codec.version) {
    const parsed = schema.safeParse(data.s);
    return parsed.success
      ? { ok: true, state: parsed.data, migrated: false }
      : { ok: false, reason: `saved state does not match version ${codec.version}` };
  }
  if (data.v < codec.version && codec.migrate) {
    const migrated = codec.migrate(data.s, data.v);
    if (migrated !== undefined && schema.safeParse(migrated).success) return { ok: true, state: migrated, migrated: true };
  }
  return { ok: false, reason: `saved state is version ${data.v}; this widget reads version ${codec.version}` };
}
