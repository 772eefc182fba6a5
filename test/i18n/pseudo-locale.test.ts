// A pseudo-locale, en-XA, built from the English at test time: every chrome and content string accented and made
// 40% longer. Each mode of the three widgets at 320 px must then fit (nothing wider than the widget, no page
// scroll), clip no text (no element that hides overflow is wider inside than out), and stay axe clean.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { defaultPack } from '../../src/model/index.js';
import { messagesFor, registerMessages, type Messages } from '../../src/core/i18n/catalog.js';
import '../../src/index.js';
import { cleanSlate } from '../helpers/clean-slate.js';
import { NOT_TEXT } from './languages.js';
import { MODES, make, misfits } from './widgets.js';

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

const SECTION: Record<string, keyof Messages> = { 'cg-form-picker': 'formPicker', 'cg-table-comparator': 'tableComparator', 'cg-tension-sliders': 'tensionSliders' };

describe('pseudo-locale en-XA (40% longer, accented) at 320 px', () => {
  cleanSlate();
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('the pseudo texts are 40% longer and accented', () => {
    expect(pseudo('Check')).to.match(/^Çhëçk \S/);
    expect(pseudo('Check').length).to.equal(7);
    expect(messages.core.loading.length).to.be.at.least(Math.ceil('Loading…'.length * 1.4) - 1);
  });

  it('the overflow check catches text cut off or pushed wider', async () => {
    const el = await make('cg-tension-sliders', {}, 'en-XA', pack);
    const style = document.createElement('style');
    style.textContent = 'h3 { white-space: nowrap; overflow: hidden; } p { white-space: nowrap; }';
    el.shadowRoot!.append(style);
    const found = misfits(el);
    expect(found.some((m) => m.startsWith('clipped: h3')), found.join('; ')).to.equal(true);
    expect(found.some((m) => m.startsWith('text past the edge: p')), found.join('; ')).to.equal(true);
  });

  for (const [tag, attrs] of MODES) {
    it(`${tag} ${JSON.stringify(attrs)}: fits, clips nothing and is axe clean`, async () => {
      const el = await make(tag, attrs, 'en-XA', pack);
      expect(el.shadowRoot!.querySelector('[part=error]'), 'no error panel').to.equal(null);
      expect(el.shadowRoot!.textContent).to.match(/lörém|ïpsüm/);
      const section = messages[SECTION[tag]!] as Record<string, unknown>;
      const chrome = Object.values(section).filter((v): v is string => typeof v === 'string');
      expect(chrome.some((t) => el.shadowRoot!.textContent!.includes(t)), 'the widget’s own words are the pseudo-locale’s').to.equal(true);
      expect(misfits(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }
});
