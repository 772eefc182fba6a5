/**
 * Checks of saved learner state that need no zod, so that each widget's file reads saved work on its own (zod is
 * loaded only to check a lecturer's pack). They mirror the zod schemas in state-schemas.ts, which remain the
 * definition of the shapes; test/model/state-guards.test.ts checks that both accept, refuse and return the same
 * for thousands of generated JSON values. Like zod's `z.object`, an object keeps only the keys its shape names.
 */
import type { StateSchema } from './state.js';
import type { FormPickerState, TableComparatorState, TensionSlidersState } from './state-schemas.js';

const FAIL = Symbol('fail');
type Parse<T> = (value: unknown) => T | typeof FAIL;
type Out<P> = P extends Parse<infer T> ? T : never;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const string = (max = Infinity): Parse<string> => (v) => (typeof v === 'string' && v.length <= max ? v : FAIL);
const number = (min = -Infinity, max = Infinity): Parse<number> => (v) =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : FAIL;
const int: Parse<number> = (v) => (Number.isSafeInteger(v) ? (v as number) : FAIL);
const boolean: Parse<boolean> = (v) => (typeof v === 'boolean' ? v : FAIL);
const nullable = <T>(p: Parse<T>): Parse<T | null> => (v) => (v === null ? null : p(v));
const optional = <T>(p: Parse<T>): Parse<T | undefined> => (v) => (v === undefined ? undefined : p(v));

function array<T>(p: Parse<T>): Parse<T[]> {
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

function record<T>(p: Parse<T>): Parse<Record<string, T>> {
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

function object<S extends Record<string, Parse<unknown>>>(shape: S): Parse<{ [K in keyof S]: Out<S[K]> }> {
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

const schema = <T>(p: Parse<unknown>): StateSchema<T> => ({
  safeParse: (value) => {
    const data = p(value);
    return data === FAIL ? { success: false } : { success: true, data: data as T };
  },
});

const ids = record(string());
const position = number(-100, 100);

export const formPickerStateGuard = schema<FormPickerState>(
  object({ factors: ids, point: nullable(record(number(0, 1))), caseId: string(), view: string(), quiz: ids, draft: ids }),
);

export const tableComparatorStateGuard = schema<TableComparatorState>(
  object({
    hidden: array(string()),
    highlight: nullable(string()),
    step: nullable(int),
    answers: record(object({ logic: string(), row: optional(string()) })),
    checked: boolean,
    caseId: nullable(string()),
    cases: record(object({ positions: record(position), notes: record(string()), reveal: optional(boolean) })),
  }),
);

export const tensionSlidersStateGuard = schema<TensionSlidersState>(
  object({ positions: record(position), notes: record(string(20000)), touched: array(string()) }),
);
