// Typography per language: Japanese breaks lines by phrase (auto-phrase where the browser has it) with strict
// kinsoku, has a Japanese font stack where the page gives no font, no synthetic italics or bold, a taller line,
// and emphasis by sesame dots instead of italics. English keeps its own; a host page's font still wins.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { messagesFor } from '../../src/core/i18n/catalog.js';
import { addLanguage } from '../../src/core/languages.js';
import { defaultPack } from '../../src/model/index.js';
import { cleanSlate } from '../helpers/clean-slate.js';

// A stand-in Japanese catalog (a copy of the English): a widget marks its parts with the language it shows, so
// Japanese typography applies only where a Japanese catalog is there (the real one is tested in parity.test.ts).
// The stand-in is given as the loaded language, with the English pack.
const standIn = { ...messagesFor('en') };
addLanguage({ lang: 'ja', messages: standIn, pack: defaultPack });

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
async function mount(lang: string, font?: string): Promise<Widget> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  if (font) wrap.style.fontFamily = font;
  wrap.innerHTML = `<cg-tension-sliders lang="${lang}" state-key="typo-${lang}-${font ?? ''}"></cg-tension-sliders>`;
  const el = wrap.firstElementChild as Widget;
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  return el;
}
const text = (el: Widget) => getComputedStyle(el.shadowRoot!.querySelector('p')!);

describe('typography per language', () => {
  cleanSlate();

  it('Japanese: phrase-aware strict line breaking, long Latin words still wrap, no synthesis, a taller line', async () => {
    const ja = await mount('ja');
    const en = await mount('en');
    const s = text(ja);
    expect(s.wordBreak).to.equal(CSS.supports('word-break', 'auto-phrase') ? 'auto-phrase' : 'normal');
    expect(s.lineBreak).to.equal('strict');
    expect(s.overflowWrap).to.equal('anywhere');
    expect(s.fontSynthesis).to.equal('none');
    expect(parseFloat(s.lineHeight) / parseFloat(s.fontSize)).to.be.closeTo(1.8, 0.01);
    expect(parseFloat(text(en).lineHeight) / parseFloat(text(en).fontSize)).to.be.closeTo(1.5, 0.01);
    expect(text(en).wordBreak).to.equal('normal');
    expect(text(en).fontSynthesis).to.not.equal('none');
  });

  it('Japanese gets a Japanese system stack where the page gives no font; the page’s own font still wins', async () => {
    const ja = await mount('ja');
    expect(getComputedStyle(ja).fontFamily).to.contain('Hiragino Sans').and.contain('Noto Sans JP').and.contain('Meiryo');
    expect(getComputedStyle(await mount('en')).fontFamily).to.not.contain('Hiragino');
    expect(getComputedStyle(await mount('ja', 'Georgia, serif')).fontFamily).to.equal('Georgia, serif');
  });

  it('emphasis in Japanese is sesame dots, not italics; English keeps italics', async () => {
    for (const [lang, style, mark] of [['ja', 'normal', 'sesame'], ['en', 'italic', 'none']] as const) {
      const el = await mount(lang);
      const em = document.createElement('em');
      em.textContent = '協働';
      el.shadowRoot!.querySelector('p')!.append(em);
      const s = getComputedStyle(em);
      expect(s.fontStyle, lang).to.equal(style);
      expect(s.textEmphasisStyle, lang).to.contain(mark);
    }
  });

  it('the default stack draws ŵ and ŷ (Welsh) in the same font as w and y, not a fallback', async () => {
    const el = await mount('cy');
    const family = getComputedStyle(el).fontFamily;
    expect(family).to.contain('Noto Sans').and.contain('Liberation Sans');
    // A font with the accented letters gives them the advance of the bare letter; a fallback font would not match.
    const c = document.createElement('canvas').getContext('2d')!;
    for (const f of [family, '"Liberation Sans"']) {
      c.font = `40px ${f}`;
      expect(c.measureText('ŵŴ').width, f).to.equal(c.measureText('wW').width);
      expect(c.measureText('ŷŶ').width, f).to.equal(c.measureText('yY').width);
    }
  });
});
