/**
 * Versioned learner state. Each widget describes its saved state with a `StateCodec`: a zod/mini schema
 * for the current version, an initial value, and optionally a migration from older versions.
 * Stored form: `{"v": <version>, "w": "<widget>", "s": <state>}` as JSON.
 */
import * as z from 'zod/mini';

export interface StateCodec<T> {
  /** The widget's name, e.g. `form-picker`. */
  widget: string;
  /** The current version of the state's shape. */
  version: number;
  schema: z.ZodMiniType<T>;
  initial(): T;
  /** Brings older saved state up to date; returns undefined when it cannot. */
  migrate?(state: unknown, fromVersion: number): T | undefined;
}

export type DecodeResult<T> =
  | { ok: true; state: T; migrated: boolean }
  | { ok: false; reason: string };

const envelope = z.object({ v: z.int(), w: z.string(), s: z.unknown() });

export function encodeState<T>(codec: StateCodec<T>, state: T): string {
  return JSON.stringify({ v: codec.version, w: codec.widget, s: state });
}

export function decodeState<T>(codec: StateCodec<T>, raw: string): DecodeResult<T> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'saved state is not valid JSON' };
  }
  const env = envelope.safeParse(data);
  if (!env.success) return { ok: false, reason: 'saved state has no version envelope' };
  if (env.data.w !== codec.widget) return { ok: false, reason: `saved state belongs to "${env.data.w}"` };
  if (env.data.v === codec.version) {
    const parsed = codec.schema.safeParse(env.data.s);
    return parsed.success
      ? { ok: true, state: parsed.data, migrated: false }
      : { ok: false, reason: `saved state does not match version ${codec.version}` };
  }
  if (env.data.v < codec.version && codec.migrate) {
    const migrated = codec.migrate(env.data.s, env.data.v);
    if (migrated !== undefined && codec.schema.safeParse(migrated).success) return { ok: true, state: migrated, migrated: true };
  }
  return { ok: false, reason: `saved state is version ${env.data.v}; this widget reads version ${codec.version}` };
}
