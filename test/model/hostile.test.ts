// Property-based tests: malformed and adversarial content packs never make validatePack throw, and every
// problem it reports names a path and says something in words.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validatePack, defaultPack } from '../../src/model/index.js';

type Json = unknown;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

/** All paths (arrays of keys) into a JSON value, to aim mutations at real places in a pack. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}
const ALL_PATHS = paths(defaultPack).filter((p) => p.length > 0);

function setAt(root: Json, path: (string | number)[], value: Json): Json {
  const copy = clone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1]] = value;
  return copy;
}

const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '\u202e\u0000\ud800',
    '__proto__',
    'constructor',
    'a'.repeat(100_000),
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);

function deep(depth: number): Json {
  let v: Json = {};
  for (let i = 0; i < depth; i++) v = { cases: [v] };
  return v;
}

function expectWellFormed(result: ReturnType<typeof validatePack>) {
  if (result.ok) return;
  expect(result.issues.length).to.be.greaterThan(0);
  for (const issue of result.issues) {
    expect(issue.path).to.be.a('string').and.not.equal('');
    expect(issue.message).to.be.a('string').and.match(/\w/);
  }
}

describe('validatePack with hostile input (property-based)', () => {
  it('never throws on arbitrary JSON values (500 cases)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expectWellFormed(validatePack(value));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when any one place in the default pack is replaced by something hostile (1000 cases)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_PATHS), nasty, (path, value) => {
        expectWellFormed(validatePack(setAt(defaultPack, path, value)));
      }),
      { numRuns: 1000 },
    );
  });

  it('reports a deleted required field at its path (300 cases)', () => {
    const inRecord = (p: (string | number)[]) => p[0] === 'cases' && p.length > 3 && ['factors', 'comparison', 'tensions'].includes(String(p[2]));
    // Optional fields by where they sit: a case's `cite` and `since`, a reference's `label`, a tension's `note` and
    // `examples` (and each example, a record entry), a predictor's `levels`, a leaning's `pole`, a response's `atPole`,
    // a governance answer's `accepted`.
    const optional = (p: (string | number)[]) => {
      const [top, , key] = p.map(String);
      const last = String(p[p.length - 1]);
      return (
        (top === 'cases' && p.length === 3 && ['cite', 'since'].includes(key)) ||
        (top === 'references' && key === 'label') ||
        (top === 'tensions' && (key === 'note' || (key === 'examples' && p.length <= 4))) ||
        (top === 'predictors' && key === 'levels') ||
        (top === 'responses' && key === 'atPole') ||
        (last === 'pole' && p.includes('leanings')) ||
        (last === 'accepted' && p.includes('governance'))
      );
    };
    const required = ALL_PATHS.filter((p) => !inRecord(p) && !optional(p) && typeof p[p.length - 1] === 'string' && !['url', 'venue', 'drivers', 'end', 'to', 'factors', 'governance', 'comparison', 'tensions', 'leanings', '$schema'].includes(String(p[p.length - 1])));
    fc.assert(
      fc.property(fc.constantFrom(...required), (path) => {
        const copy = clone(defaultPack) as Record<string | number, Json>;
        let node = copy;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
        delete node[path[path.length - 1]];
        const result = validatePack(copy);
        // Parts a partial pack may omit fall back to the default pack (top level, readings, comparison parts);
        // anything deeper that is required must be reported.
        if (path.length === 1 || (path.length === 2 && ['readings', 'comparison'].includes(String(path[0])))) {
          expect(result.ok, `deleting ${path.join('.')} falls back to the default`).to.equal(true);
          return;
        }
        expect(result.ok, `deleting ${path.join('.')}`).to.equal(false);
        expectWellFormed(result);
      }),
      { numRuns: 300 },
    );
  });

  it('survives deep nesting and huge inputs', () => {
    expectWellFormed(validatePack(deep(2000)));
    expectWellFormed(validatePack({ cases: Array.from({ length: 5000 }, (_, i) => ({ id: `c${i}` })) }));
    const r = validatePack({ title: 'x'.repeat(1_000_000) });
    expect(r.ok).to.equal(false);
  });

  it('treats "__proto__" and "constructor" as ordinary keys without polluting prototypes', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "cases": [{"__proto__": {"x": 1}}]}');
    expectWellFormed(validatePack(input));
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
