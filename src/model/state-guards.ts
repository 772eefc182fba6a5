/**
 * A few combinators for checking saved learner state without zod, so that each widget's file reads saved work on
 * its own (zod is loaded only to check a lecturer's pack). Each codec (`*-state.ts`) builds its guard from them to
 * mirror its zod schema in state-schemas.ts, which remains the definition of the shape;
 * test/model/state-guards.test.ts checks that both accept, refuse and return the same for thousands of generated
 * JSON values. Like zod's `z.object`, an object keeps only the keys its shape names.
 */
import type { StateSchema } from './state.js';

const FAIL = Symbol('fail');
type Parse<T> = (value: unknown) => T | typeof FAIL;
type Out<P> = P extends Parse<infer T> ? T : never;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const string = (max = Infinity): Parse<string> => (v) => (typeof v === 'string' && v.length <= max ? v : FAIL);
export const number = (min = -Infinity, max = Infinity): Parse<number> => (v) =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : FAIL;
export const int: Parse<number> = (v) => (Number.isSafeInteger(v) ? (v as number) : FAIL);
export const boolean: Parse<boolean> = (v) => (typeof v === 'boolean' ? v : FAIL);
export const nullable = <T>(p: Parse<T>): Parse<T | null> => (v) => (v === null ? null : p(v));
export const optional = <T>(p: Parse<T>): Parse<T | undefined> => (v) => (v === undefined ? undefined : p(v));

export function array<T>(p: Parse<T>): Parse<T[]> {
  return (v) => {
    if (!Array.isArray(v)) return FAIL;
    const out: T[] = [];
    for (const item of v) {
      const r = p(item);
      if (r === FAIL) return FAIL;
      out.push(r);
    }
    return out;
  };
}

export function record<T>(p: Parse<T>): Parse<Record<string, T>> {
  return (v) => {
    if (!isObject(v)) return FAIL;
    const out: Record<string, T> = {};
    for (const [key, item] of Object.entries(v)) {
      // Like zod, a `__proto__` key (which JSON.parse can make) is passed over, neither checked nor kept.
      if (key === '__proto__') continue;
      const r = p(item);
      if (r === FAIL) return FAIL;
      out[key] = r;
    }
    return out;
  };
}

export function object<S extends Record<string, Parse<unknown>>>(shape: S): Parse<{ [K in keyof S]: Out<S[K]> }> {
  return (v) => {
    if (!isObject(v)) return FAIL;
    const out: Record<string, unknown> = {};
    for (const [key, p] of Object.entries(shape)) {
      const r = p(v[key]);
      if (r === FAIL) return FAIL;
      if (r !== undefined) out[key] = r;
    }
    return out as { [K in keyof S]: Out<S[K]> };
  };
}

/** A guard for a codec: the same `safeParse` as a zod schema. */
export const schema = <T>(p: Parse<unknown>): StateSchema<T> => ({
  safeParse: (value) => {
    const data = p(value);
    return data === FAIL ? { success: false } : { success: true, data: data as T };
  },
});
