// Paradox as something managed: per tension, the student chooses how the collaboration works with it (a response),
// sees what that gives and costs, and the overall reading and the reflection follow the responses. Saved work from
// version 1 (positions, notes and touched, no responses) still loads.
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/tension-sliders/index.js';
import type { CgTensionSliders } from '../../../src/widgets/tension-sliders/index.js';
import { defaultPack } from '../../../src/model/packs/en.js';
import { decodeState } from '../../../src/model/state.js';
import { tensionSlidersCodec } from '../../../src/model/tension-sliders-state.js';
import { cleanSlate } from '../../helpers/clean-slate.js';

const KEY = 'collabgov:cg-tension-sliders:r';
const $ = <E extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<E>(sel)!;
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const card = (el: Element, id: string) => $<HTMLInputElement>(el, `#s-${id}`).closest('li')!;
const make = (attrs = '') => fixture<CgTensionSliders>(`<cg-tension-sliders state-key="r" ${attrs}></cg-tension-sliders>`) as Promise<CgTensionSliders>;
const response = (id: string) => defaultPack.responses.find((r) => r.id === id)!;
const tension = (id: string) => defaultPack.tensions.find((t) => t.id === id)!;
const reading = (el: Element) => text($(el, '.reading p'));
const choose = async (el: CgTensionSliders, id: string, value: string) => {
  const select = $<HTMLSelectElement>(el, `#r-${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
};

describe('<cg-tension-sliders> responses', () => {
  cleanSlate();
  afterEach(() => fixtureCleanup());

  it('asks for a response only once a tension is placed, with a labelled native select the keyboard can use', async () => {
    const el = await make('tensions="leadership,trust"');
    expect(el.shadowRoot!.querySelector('#r-leadership')).to.equal(null);
    ($(el, 'li button.confirm') as HTMLButtonElement).click();
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, '#r-leadership');
    expect(text(el.shadowRoot!.querySelector('label[for=r-leadership]'))).to.equal('How does the collaboration work with this tension?');
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['Choose a response…', ...defaultPack.responses.map((r) => r.name)]);
    expect(text(card(el, 'leadership').querySelector('.response'))).to.contain(defaultPack.readings.tensionOpen.text);
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.result.responses).to.deep.equal({ leadership: defaultPack.responses[0].id });
    await expect(el).to.be.accessible();
  });

  it('says what the chosen response gives and costs, with an example for this tension, all cited', async () => {
    const el = await make('tensions="leadership"');
    $<HTMLInputElement>(el, '#s-leadership').focus();
    await sendKeys({ press: 'PageUp' });
    await choose(el, 'leadership', 'time');
    const block = text(card(el, 'leadership').querySelector('.response'));
    const time = response('time');
    expect(block).to.contain(`${time.summary.text} (Poole & Van de Ven 1989; Smith & Lewis 2011)`);
    expect(block).to.contain(`What it gives: ${time.gives.text}`);
    expect(block).to.contain(`What it costs: ${time.costs.text}`);
    expect(block).to.contain(`For example: ${tension('leadership').examples!.time.text} (Vangen & Huxham 2003; Poole & Van de Ven 1989)`);
    await choose(el, 'leadership', '');
    expect(el.result.responses).to.deep.equal({});
  });

  it('no longer reads the centre alone as managed: the reading follows the responses', async () => {
    const el = await make();
    for (const b of $$(el, 'button.confirm')) b.click();
    await el.updateComplete;
    expect(Object.values(el.result.positions).every((p) => p === 0)).to.equal(true);
    expect(el.result.reading).to.equal('unmanaged');
    expect(reading(el)).to.equal(`${defaultPack.readings.unmanaged.text} (Vangen 2017)`);
    expect(text($(el, '.reading'))).to.contain('No response yet: Congruent and diverse goals;');
    await choose(el, 'goals', 'compromise');
    expect(el.result.reading).to.equal('partlyManaged');
    for (const t of defaultPack.tensions.filter((x) => x.group === 'paper')) await choose(el, t.id, 'accept');
    expect(el.result.reading).to.equal('managed');
    expect(reading(el)).to.equal(`${defaultPack.readings.managed.text} (Vangen 2017; Poole & Van de Ven 1989)`);
    expect(text($(el, '.reading'))).to.contain('Responses chosen: Live with it (9)');
    await expect(el).to.be.accessible();
  });

  it('reads a pole as settled under a response that keeps both sides, and as a phase when separating in time', async () => {
    const el = await make('tensions="goals,trust"');
    $<HTMLInputElement>(el, '#s-goals').focus();
    await sendKeys({ press: 'End' });
    ($(el, '#s-trust').closest('li')!.querySelector('button.confirm') as HTMLButtonElement).click();
    await el.updateComplete;
    await choose(el, 'trust', 'accept');
    await choose(el, 'goals', 'accept');
    expect(el.result.reading).to.equal('oneResolved');
    expect(text(card(el, 'goals').querySelector('.response'))).to.contain(defaultPack.readings.tensionSettled.text);
    expect(text(card(el, 'goals').querySelector('.flag'))).to.equal('■ Resolved, not managed');
    await choose(el, 'goals', 'time');
    expect(el.result.reading).to.equal('managed');
    expect(text(card(el, 'goals').querySelector('.flag'))).to.equal('■ At a pole for now');
    expect(text(card(el, 'goals').querySelector('.response'))).to.contain(defaultPack.readings.tensionPhase.text);
    expect(text(card(el, 'goals').querySelector('.resolved'))).not.to.contain('resolved rather than managed');
    expect(text($$(el, '.rows > li')[0].querySelector('.fname'))).to.contain('At a pole for now');
  });

  it('puts the responses in the downloaded reflection', async () => {
    const el = await make('tensions="goals"');
    $<HTMLInputElement>(el, '#s-goals').focus();
    await sendKeys({ press: 'PageUp' });
    await choose(el, 'goals', 'place');
    const clicked = new Promise<HTMLAnchorElement>((resolve) =>
      el.shadowRoot!.addEventListener(
        'click',
        (e) => {
          const a = e.target as HTMLAnchorElement;
          if (a.localName !== 'a' || !a.download) return;
          e.preventDefault();
          resolve(a);
        },
        true,
      ),
    );
    ($$(el, '.actions button')[0] as HTMLButtonElement).click();
    const md = await (await fetch((await clicked).href)).text();
    expect(md).to.contain('Response: Separate it by place or level.');
    expect(md).to.contain(`- What it costs: ${response('place').costs.text}`);
    expect(md).to.contain(`## Overall reading\n\n${defaultPack.readings.managed.text}`);
  });

  it('loads saved work from version 1 (no responses), says it was brought up to date, and saves it as version 2', async () => {
    const v1 = { v: 1, w: 'tension-sliders', s: { positions: { goals: 40, trust: -100 }, notes: { goals: 'Kept.' }, touched: ['goals', 'trust'] } };
    const decoded = decodeState(tensionSlidersCodec, JSON.stringify(v1));
    expect(decoded).to.deep.equal({ ok: true, migrated: true, state: { ...v1.s, responses: {} } });
    expect(decodeState(tensionSlidersCodec, JSON.stringify({ ...v1, s: { positions: 'x' } })).ok).to.equal(false);
    localStorage.setItem(KEY, JSON.stringify(v1));
    const el = await make();
    expect(el.result.positions.goals).to.equal(40);
    expect(el.result.notes).to.deep.equal({ goals: 'Kept.' });
    expect(el.result.touched).to.deep.equal(['goals', 'trust']);
    expect(el.result.responses).to.deep.equal({});
    expect(text($(el, '[part=notice]'))).to.contain('brought up to date');
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.include({ v: 2, w: 'tension-sliders', s: { ...v1.s, responses: {} } });
    await choose(el, 'goals', 'synthesis');
    // Writes are coalesced (at most one per PersistenceController.saveEvery ms): the change is written by then.
    await new Promise((r) => setTimeout(r, 600));
    expect(JSON.parse(localStorage.getItem(KEY)!).s.responses).to.deep.equal({ goals: 'synthesis' });
  });

  it('treats a saved response the pack no longer has as none', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 2, w: 'tension-sliders', s: { positions: { goals: 0 }, notes: {}, touched: ['goals'], responses: { goals: 'gone' } } }));
    const el = await make('tensions="goals"');
    expect(el.result.responses).to.deep.equal({});
    expect(el.result.reading).to.equal('unmanaged');
    expect($<HTMLSelectElement>(el, '#r-goals').value).to.equal('');
  });
});
