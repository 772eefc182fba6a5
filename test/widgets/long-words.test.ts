// Long words (a 40-character logic name, a case or tension named without spaces) wrap at 320 px: no widget is wider
// than its frame in any mode. And bidi control characters in pack text stay inside that text.
import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { defaultPack } from '../../src/model/index.js';
import '../../src/index.js';
import { cleanSlate } from '../helpers/clean-slate.js';

type Widget = HTMLElement & { content?: unknown; updateComplete: Promise<unknown> };
const LONG = 'Collaborativegovernancebydesignforeveryone';
const pack = JSON.parse(JSON.stringify(defaultPack));
pack.comparison.logics[0].name = LONG;
pack.comparison.rows[0].name = LONG + 'row';
pack.cases[0].name = LONG + 'case';
pack.tensions[0].name = LONG + 'tension';
pack.tensions[0].poles[0].label = LONG + 'pole';
pack.forms[0].name = LONG + 'form';
pack.factors[0].name = LONG + 'factor';
const MODES: [string, Record<string, string>][] = [
  ['cg-table-comparator', {}],
  ['cg-table-comparator', { mode: 'sort' }],
  ['cg-table-comparator', { mode: 'case', case: pack.cases[0].id }],
  ['cg-tension-sliders', { mode: 'compare', case: pack.cases[0].id }],
  ['cg-form-picker', { case: pack.cases[0].id }],
  ['cg-form-picker', { mode: 'quiz' }],
];

async function make(tag: string, attrs: Record<string, string>, content: unknown): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.content = content;
  const wrap = await fixture<HTMLElement>(document.createElement('div'));
  wrap.append(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return el;
}

describe('long words and bidi text in a lecturer’s pack', () => {
  cleanSlate();
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [tag, attrs] of MODES) {
    it(`${tag} ${attrs.mode ?? ''}: nothing is wider than 320 px`, async () => {
      const el = await make(tag, attrs, pack);
      expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
      const frame = el.getBoundingClientRect();
      const wide = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
        .filter((x) => x.getClientRects().length && x.getBoundingClientRect().right > frame.right + 1)
        .map((x) => `${x.localName}.${x.className}`);
      expect(wide).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  }

  it('an unterminated right-to-left override in a case name is closed at the end of the name, and pack text is isolated', async () => {
    const bidi = JSON.parse(JSON.stringify(defaultPack));
    const kase = bidi.cases.find((c: { tensions?: unknown }) => c.tensions);
    kase.name = 'Riverside \u202epartnership';
    bidi.tensions[0].name = 'Goals\u2069\u202b';
    const el = await make('cg-tension-sliders', { mode: 'compare', case: kase.id }, bidi);
    const line = el.shadowRoot!.querySelector('.case')!.textContent!;
    expect(line).to.contain('Riverside \u202epartnership\u202c.');
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Goals\u202b\u202c');
    expect(getComputedStyle(el.shadowRoot!.querySelector('label')!).unicodeBidi).to.equal('isolate');
  });
});
