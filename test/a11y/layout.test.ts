// Compact, guided layouts (issue 16.2), as a student sees them: the tension sliders and the case scale fit a laptop
// screen (1,280 × 800) in three screens of scrolling (they took 4.3 and 4.6), the tension sliders a phone in six (9.2);
// the explanations that lengthened every card are disclosures; the form picker repeats its reading under the factor
// just set on narrow screens, with a way to the whole reading. Heights are of the widget alone (npm run heights gives
// whole pages).
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { cleanSlate } from '../helpers/clean-slate.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

async function mount(markup: string): Promise<Widget> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = markup;
  const el = wrap.firstElementChild as Widget;
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
  return el;
}
const screens = (el: Element, screen: number) => el.getBoundingClientRect().height / screen;

describe('compact, guided layouts', () => {
  cleanSlate();
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('fits the tension sliders and the case scale on a laptop in three screens, the sliders on a phone in six', async () => {
    await setViewport({ width: 1280, height: 800 });
    for (const markup of ['<cg-tension-sliders state-key="l1"></cg-tension-sliders>', '<cg-table-comparator mode="case" case="lsp" state-key="l2"></cg-table-comparator>']) {
      const el = await mount(markup);
      expect(screens(el, 800), markup).to.be.below(3);
    }
    await setViewport({ width: 390, height: 844 });
    expect(screens(await mount('<cg-tension-sliders state-key="l3"></cg-tension-sliders>'), 844)).to.be.below(6);
  });

  it("keeps each tension's explanation, a response's costs and an empty note behind disclosures", async () => {
    localStorage.setItem('collabgov:cg-tension-sliders:l4', JSON.stringify({ v: 2, w: 'tension-sliders', s: { positions: { goals: 30 }, notes: { trust: 'Mine' }, touched: ['goals'], responses: { goals: 'accept' } } }));
    const el = await mount('<cg-tension-sliders state-key="l4" tensions="goals,trust"></cg-tension-sliders>');
    const card = (id: string) => el.shadowRoot!.querySelector(`#h-${id}`)!.closest('li')!;
    for (const id of ['goals', 'trust']) expect(card(id).querySelector<HTMLDetailsElement>('details.about')!.open).to.equal(false);
    expect(card('goals').querySelector<HTMLDetailsElement>('details.response-more')!.open).to.equal(false);
    expect(card('goals').querySelector<HTMLDetailsElement>('details.note')!.open, 'no note: closed').to.equal(false);
    expect(card('trust').querySelector<HTMLDetailsElement>('details.note')!.open, 'a note: open').to.equal(true);
  });

  it('repeats the reading under the factor just set on a narrow screen, and takes the student to the whole reading', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await mount('<cg-form-picker state-key="l5"></cg-form-picker>');
    const root = el.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[name="f-trust"][value="high"]')!.click();
    await el.updateComplete;
    root.querySelector<HTMLInputElement>('input[name="f-participants"][value="few"]')!.click();
    await el.updateComplete;
    const repeat = root.querySelector<HTMLElement>('fieldset.factor:nth-of-type(2) .repeat, .repeat')!;
    expect(repeat.closest('fieldset')!.querySelector('legend')!.textContent).to.contain('Number of participants');
    expect(root.querySelectorAll('.repeat').length, 'under the factor just set only').to.equal(1);
    expect(repeat.checkVisibility()).to.equal(true);
    const verdict = root.querySelector('.verdict')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(verdict).to.contain(repeat.textContent!.replace(/\s+/g, ' ').replace('Reading now:', '').replace('See the whole reading', '').trim());
    repeat.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(root.activeElement).to.equal(root.querySelector('#reading-h'));
    await expect(el).to.be.accessible();
    // Wide: the reading sits beside the factors, so it is not repeated.
    await setViewport({ width: 1280, height: 800 });
    await nextFrame();
    expect(repeat.checkVisibility()).to.equal(false);
  });
});
