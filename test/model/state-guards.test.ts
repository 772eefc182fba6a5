// The saved-state guards (built with state-guards.ts, no zod) must agree with the zod schemas (state-schemas.ts) on every
// value saved state can hold, i.e. any JSON: the same values accepted, the same refused, the same data returned.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formPickerStateSchema, tableComparatorStateSchema, tensionSlidersStateSchema } from '../../src/model/state-schemas.js';
import { formPickerStateGuard, tableComparatorStateGuard, tensionSlidersStateGuard } from '../../src/model/index.js';
import type { StateSchema } from '../../src/model/state.js';

/** Mostly a valid value, now and then any JSON or nothing: aims at the edges of each field. */
const or = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: valid, weight: 30 }, { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 }, { arbitrary: fc.constant(undefined), weight: 1 });
const json = <T>(a: fc.Arbitrary<T>) => a.map((v) => JSON.parse(JSON.stringify(v ?? null)));
const key = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'toString', ''));
const rec = (v: fc.Arbitrary<unknown>) => fc.dictionary(key, or(v), { maxKeys: 3 });
/** Mostly inside [min, max], sometimes just outside it or any other number. */
const numIn = (min: number, max: number) =>
  fc.oneof(
    { arbitrary: fc.double({ min, max, noNaN: true }), weight: 6 },
    { arbitrary: fc.constantFrom(min, max, -0, min - 1e-9, max + 1e-9, max + 1, 1e308), weight: 1 },
    { arbitrary: fc.double({ noNaN: true }), weight: 1 },
  );
const num = numIn(-100, 100);
const text = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('x'.repeat(20000), 'x'.repeat(20001)));
const obj = (shape: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record(Object.fromEntries(Object.entries(shape).map(([k, a]) => [k, or(a)])), { requiredKeys: [] });

const arbitraries: [string, StateSchema<unknown>, { safeParse(v: unknown): { success: boolean; data?: unknown } }, fc.Arbitrary<unknown>][] = [
  [
    'form picker',
    formPickerStateGuard,
    formPickerStateSchema,
    obj({
      factors: rec(text),
      point: fc.option(rec(numIn(0, 1))),
      caseId: text,
      view: text,
      quiz: rec(text),
      draft: rec(text),
      previous: fc.array(obj({ raw: numIn(0, 20), max: numIn(0, 20) }), { maxLength: 3 }),
      extra: text,
    }),
  ],
  [
    'table comparator',
    tableComparatorStateGuard,
    tableComparatorStateSchema,
    obj({
      hidden: fc.array(or(text), { maxLength: 3 }),
      highlight: fc.option(text),
      step: fc.option(fc.oneof({ arbitrary: fc.integer({ min: -3, max: 40 }), weight: 4 }, { arbitrary: num, weight: 1 })),
      answers: rec(obj({ logic: text, row: text })),
      checked: fc.boolean(),
      locked: fc.array(or(text), { maxLength: 3 }),
      previous: fc.array(obj({ raw: numIn(0, 40), max: numIn(0, 40) }), { maxLength: 3 }),
      caseId: fc.option(text),
      cases: rec(obj({ positions: rec(num), notes: rec(text), reveal: fc.boolean() })),
    }),
  ],
  [
    'tension sliders',
    tensionSlidersStateGuard,
    tensionSlidersStateSchema,
    obj({ positions: rec(num), notes: rec(text), touched: fc.array(or(text), { maxLength: 3 }), responses: rec(text) }),
  ],
];

describe('saved-state guards agree with the zod schemas', () => {
  for (const [name, guard, zod, shaped] of arbitraries) {
    it(`${name}: 1500 generated values, accepted and refused alike, the same data back`, () => {
      let accepted = 0;
      fc.assert(
        fc.property(fc.oneof({ arbitrary: json(shaped), weight: 5 }, { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 }), (value) => {
          const a = guard.safeParse(value);
          const b = zod.safeParse(value);
          expect(a.success, JSON.stringify(value).slice(0, 300)).to.equal(b.success);
          if (a.success && b.success) {
            accepted++;
            expect(JSON.stringify(a.data)).to.equal(JSON.stringify(b.data));
          }
        }),
        {
          numRuns: 1500,
          // Notes can be 20,000 characters: keep a failure's report short enough to read.
          reporter: (out) => {
            if (out.failed) throw new Error(`disagree on ${JSON.stringify(out.counterexample).slice(0, 600)} (seed ${out.seed})`);
          },
        },
      );
      // Both sides of the line are exercised, not only refusals.
      expect(accepted).to.be.greaterThan(25);
    });
  }
});
