// Property-based tests at the widget level: whatever pack a lecturer writes, each widget shows either its
// content or the error panel, never a blank widget, and no exception escapes. Text that looks like HTML,
// scripts or `javascript:` links renders as inert text.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultPack } from '../../src/model/index.js';
import '../../src/index.js';

type Json = unknown;
type Widget = HTMLElement & { content?: unknown; updateComplete: Promise<unknown> };
const TAGS = ['cg-form-picker', 'cg-table-comparator', 'cg-tension-sliders'] as const;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}
const ALL_PATHS = paths(defaultPack).filter((p) => p.length > 0);
function setAt(path: (string | number)[], value: Json): Json {
  const copy = clone(defaultPack) as unknown as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1]] = value;
  return copy;
}

const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>bold</b>';
const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(MARKUP, 'javascript:window.__pwned=1', '\u202e\u200b\ud83d\ude00', 'x'.repeat(5000), '', ' '),
  fc.integer(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

describe('widgets with hostile content packs (property-based)', function () {
  this.timeout(120000);
  let escaped: string[];
  const onError = (e: ErrorEvent) => escaped.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => escaped.push(String(e.reason));
  let warn: typeof console.warn;
  beforeEach(() => {
    localStorage.clear();
    escaped = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    warn = console.warn;
    console.warn = () => {};
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = warn;
  });

  for (const tag of TAGS) {
    it(`<${tag}> shows its content or the error panel for 350 mutated packs`, async () => {
      const el = (await fixture(html`<div></div>`)).appendChild(document.createElement(tag)) as unknown as Widget;
      await el.updateComplete;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...ALL_PATHS), hostile, async (path, value) => {
          el.content = setAt(path, value);
          await el.updateComplete;
          const root = el.shadowRoot!;
          const alert = root.querySelector('[role="alert"]');
          const text = root.textContent?.trim() ?? '';
          expect(text.length, `${path.join('.')} left the widget blank`).to.be.greaterThan(20);
          if (alert) expect(alert.querySelectorAll('li').length).to.be.greaterThan(0);
          expect(!!root.querySelector('img, script, iframe, object, embed'), 'markup element rendered').to.equal(false);
          expect(escaped, `exception escaped for ${path.join('.')}`).to.deep.equal([]);
        }),
        { numRuns: 350 },
      );
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  }

  it('renders markup and script in pack text as inert, visible text', async () => {
    const pack = clone(defaultPack);
    pack.title = MARKUP;
    pack.cases[0].name = MARKUP;
    pack.tensions[0].poles[0].label = MARKUP;
    pack.comparison.rows[1].cells[0].text = MARKUP;
    pack.forms[0].name = MARKUP;
    pack.comparison.title = MARKUP;
    for (const tag of TAGS) {
      const el = await fixture<Widget>(`<${tag}></${tag}>`);
      el.content = pack;
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(!!root.querySelector('[role="alert"]'), `${tag} shows an error panel`).to.equal(false);
      expect(!!root.querySelector('img, script, b'), `${tag} rendered markup`).to.equal(false);
      expect(root.textContent, tag).to.contain('<img src=x');
    }
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('links only http(s) and mailto addresses', async () => {
    for (const tag of TAGS) {
      const el = await fixture(`<${tag}></${tag}>`);
      for (const a of el.shadowRoot!.querySelectorAll('a[href]')) {
        expect(a.getAttribute('href')).to.match(/^(https?:|mailto:|#|blob:)/);
      }
    }
  });
});
