// A pseudo-locale, en-XA, built from the English at test time: every chrome and content string accented and made
// 40% longer. Each mode of the three widgets at 320 px must then fit (nothing wider than the widget, no page
// scroll), clip no text (no element that hides overflow is wider inside than out), and stay axe clean.
import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { defaultPack } from '../../src/model/index.js';
import { messagesFor, registerMessages, type Messages } from '../../src/core/i18n/catalog.js';
import '../../src/index.js';
import { cleanSlate } from '../helpers/clean-slate.js';
import { NOT_TEXT } from './languages.js';

type Widget = HTMLElement & { content?: unknown; updateComplete: Promise<unknown> };
const ACCENT: Record<string, string> = { a: 'á', e: 'ë', i: 'ï', o: 'ô', u: 'ű', y: 'ŷ', w: 'ŵ', c: 'ç', n: 'ñ', A: 'Å', E: 'É', I: 'Î', O: 'Ö', U: 'Ü', Y: 'Ŷ', W: 'Ŵ', C: 'Ç', N: 'Ñ' };
const PAD = ' lörém ïpsüm dölör sït ämét çönséçtétür ádïpïsçïñg élït séd dö éïüsmöd tëmpör';

/** Accented, and 40% longer by whole padding words. */
export function pseudo(text: string): string {
  if (!text.trim()) return text;
  const accented = text.replace(/[A-Za-z]/g, (c) => ACCENT[c] ?? c);
  const extra = Math.ceil(text.length * 0.4);
  return accented + PAD.repeat(Math.ceil(extra / PAD.length) + 1).slice(0, extra).trimEnd();
}

function pseudoValue(value: unknown, key = ''): unknown {
  if (NOT_TEXT.has(key)) return value;
  if (typeof value === 'string') return pseudo(value);
  if (typeof value === 'function') return (...args: unknown[]) => pseudo(String((value as (...a: unknown[]) => unknown)(...args)));
  if (Array.isArray(value)) return value.map((v) => pseudoValue(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoValue(v, k)]));
  return value;
}

const messages = pseudoValue(messagesFor('en')) as Messages;
registerMessages('en-xa', messages);
const pack = pseudoValue(JSON.parse(JSON.stringify(defaultPack))) as Record<string, unknown>;
Object.assign(pack, { id: 'collabgov-en-xa', lang: 'en-XA' });
const kase = (defaultPack.cases as { id: string; tensions?: unknown }[]).find((c) => c.tensions)!.id;

export const MODES: [string, Record<string, string>][] = [
  ['cg-form-picker', {}],
  ['cg-form-picker', { case: defaultPack.cases[0]!.id }],
  ['cg-form-picker', { mode: 'quiz' }],
  ['cg-table-comparator', {}],
  ['cg-table-comparator', { mode: 'sort' }],
  ['cg-table-comparator', { mode: 'sort', feedback: 'check', 'ask-row': '' }],
  ['cg-table-comparator', { mode: 'case', case: defaultPack.cases[0]!.id }],
  ['cg-tension-sliders', {}],
  ['cg-tension-sliders', { mode: 'compare', case: kase }],
];

export async function make(tag: string, attrs: Record<string, string>, lang: string, content?: unknown): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('lang', lang);
  el.setAttribute('state-key', `pseudo-${tag}-${Object.values(attrs).join('-')}-${lang}`);
  if (content) el.content = content;
  const wrap = await fixture<HTMLElement>(document.createElement('div'));
  wrap.append(el);
  await el.updateComplete;
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}

/** What does not fit at this width: elements wider than the widget, and text cut off by an element that hides overflow. */
export function misfits(el: Widget): string[] {
  const frame = el.getBoundingClientRect();
  const out: string[] = [];
  for (const x of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (!x.getClientRects().length || x.closest('.visually-hidden')) continue;
    const name = `${x.localName}${x.className && typeof x.className === 'string' ? '.' + x.className.trim().split(/\s+/).join('.') : ''}`;
    if (x.getBoundingClientRect().right > frame.right + 1) out.push(`wider: ${name}`);
    const style = getComputedStyle(x);
    const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
    if (clips && x.scrollWidth > x.clientWidth + 1 && x.textContent?.trim()) out.push(`clipped: ${name} (${x.scrollWidth} > ${x.clientWidth})`);
  }
  if (document.documentElement.scrollWidth > innerWidth) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth}`);
  return out;
}

describe('pseudo-locale en-XA (40% longer, accented) at 320 px', () => {
  cleanSlate();
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('the pseudo texts are 40% longer and accented', () => {
    expect(pseudo('Check')).to.match(/^Çhëçk \S/);
    expect(pseudo('Check').length).to.equal(7);
    expect(messages.core.loading.length).to.be.at.least(Math.ceil('Loading…'.length * 1.4) - 1);
  });

  for (const [tag, attrs] of MODES) {
    it(`${tag} ${JSON.stringify(attrs)}: fits, clips nothing and is axe clean`, async () => {
      const el = await make(tag, attrs, 'en-XA', pack);
      expect(el.shadowRoot!.querySelector('[part=error]'), 'no error panel').to.equal(null);
      expect(el.shadowRoot!.textContent).to.match(/lörém|ïpsüm/);
      expect(misfits(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }
});
