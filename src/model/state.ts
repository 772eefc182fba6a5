/**
 * Versioned learner state. Each widget describes its saved state with a `StateCodec`: a schema for the current
 * version (anything with zod's `safeParse`; the widgets' codecs use the zod-free guards of state-guards.ts), an
 * initial value, and optionally a migration from older versions.
 * Stored form: `{"v": <version>, "w": "<widget>", "s": <state>}` as JSON.
 */
import { cutStrings } from './merge-state.js';

/** What decoding needs of a schema: zod's `safeParse`. */
export interface StateSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export interface StateCodec<T> {
  /** The widget's name, e.g. `form-picker`. */
  widget: string;
  /** The current version of the state's shape. */
  version: number;
  /** The schema of the current version. */
  schema: StateSchema<T>;
  initial(): T;
  /** Brings older saved state up to date; returns undefined when it cannot. */
  migrate?(state: unknown, fromVersion: number): T | undefined;
}

export type DecodeResult<T> =
  | { ok: true; state: T; migrated: boolean }
  | { ok: false; reason: string };

/**
 * The stored form of `state`. `rev` (optional) marks this write (`r`) and the one it was made from (`p`), so that
 * two tabs saving under one key can merge from their common ancestor (core/persistence.ts); readers ignore it.
 */
export function encodeState<T>(codec: StateCodec<T>, state: T, rev?: { r: string; p?: string }): string {
  return JSON.stringify({ v: codec.version, w: codec.widget, s: state, ...rev });
}

/** The revision marks of stored state (see encodeState), or {} when it has none or is not JSON. */
export function revisionOf(raw: string): { r?: string; p?: string } {
  try {
    const { r, p } = JSON.parse(raw) as { r?: unknown; p?: unknown };
    return { ...(typeof r === 'string' ? { r } : {}), ...(typeof p === 'string' ? { p } : {}) };
  } catch {
    return {};
  }
}

interface Envelope {
  v: number;
  w: string;
  s: unknown;
}

const isEnvelope = (d: unknown): d is Envelope =>
  typeof d === 'object' && d !== null && Number.isInteger((d as Envelope).v) && typeof (d as Envelope).w === 'string';

/** Reads saved state: the current version as it is, an older one through `migrate`, anything else refused. */
export function decodeState<T>(codec: StateCodec<T>, raw: string): DecodeResult<T> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'saved state is not valid JSON' };
  }
  if (!isEnvelope(data)) return { ok: false, reason: 'saved state has no version envelope' };
  if (data.w !== codec.widget) return { ok: false, reason: `saved state belongs to "${data.w}"` };
  if (data.v === codec.version) {
    const parsed = codec.schema.safeParse(data.s);
    return parsed.success
      ? { ok: true, state: parsed.data, migrated: false }
      : { ok: false, reason: `saved state does not match version ${codec.version}` };
  }
  if (data.v < codec.version && codec.migrate) {
    const migrated = codec.migrate(data.s, data.v);
    if (migrated !== undefined && codec.schema.safeParse(migrated).success) return { ok: true, state: migrated, migrated: true };
  }
  return { ok: false, reason: `saved state is version ${data.v}; this widget reads version ${codec.version}` };
}

/**
 * Reads saved state as `decodeState` does and, when that fails, tries once more with every string cut to
 * `maxString` characters (a note longer than the widget takes): `cut` says so. For offering set-aside work back.
 */
export function salvageState<T>(codec: StateCodec<T>, raw: string, maxString: number): DecodeResult<T> & { cut?: boolean } {
  const first = decodeState(codec, raw);
  if (first.ok) return first;
  try {
    const data = JSON.parse(raw) as unknown;
    if (!isEnvelope(data)) return first;
    const { value, cut } = cutStrings(data.s, maxString);
    const second = cut ? decodeState(codec, JSON.stringify({ ...data, s: value })) : first;
    return second.ok ? { ...second, cut: true } : first;
  } catch {
    return first;
  }
}
