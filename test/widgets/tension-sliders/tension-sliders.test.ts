import { expect, fixture, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/tension-sliders/index.js';
import type { CgTensionSliders } from '../../../src/widgets/tension-sliders/index.js';
import { defaultPack } from '../../../src/model/packs/en.js';
import { cleanSlate } from '../../helpers/clean-slate.js';

const KEY = 'collabgov:cg-tension-sliders:t';
const $ = <E extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<E>(sel)!;
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const slider = (el: Element, id: string) => $<HTMLInputElement>(el, `#s-${id}`);
const card = (el: Element, id: string) => slider(el, id).closest('li')!;
const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const seed = (s: object) =>
  localStorage.setItem(KEY, JSON.stringify({ v: 2, w: 'tension-sliders', s: { positions: {}, notes: {}, touched: [], responses: {}, ...s } }));
const make = (attrs = '') =>
  fixture<CgTensionSliders>(`<cg-tension-sliders state-key="t" ${attrs}></cg-tension-sliders>`) as Promise<CgTensionSliders>;
const key = async (el: CgTensionSliders, press: string) => {
  await sendKeys({ press });
  await el.updateComplete;
};
const tension = (id: string) => defaultPack.tensions.find((t) => t.id === id)!;

describe('<cg-tension-sliders>', () => {
  cleanSlate();
  afterEach(async () => {
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  it('shows the paper’s nine tensions as native range sliders with both poles and words, and is accessible', async () => {
    const el = await make();
    const sliders = $$(el, 'input[type=range]') as HTMLInputElement[];
    expect(sliders.map((s) => s.id)).to.deep.equal(defaultPack.tensions.filter((t) => t.group === 'paper').map((t) => `s-${t.id}`));
    const s = slider(el, 'leadership');
    expect([s.min, s.max, s.step]).to.deep.equal(['-100', '100', '5']);
    expect(s.getAttribute('aria-valuetext')).to.equal('not placed yet');
    expect(text(card(el, 'leadership').querySelector('.poles'))).to.equal('Facilitative leadership ↔ Authoritative leadership');
    expect(text($(el, '.progress'))).to.match(/^0 of 9 tensions placed or confirmed\. Move each slider/);
    expect(text($(el, '.reading p'))).to.equal('Place at least one slider to see a reading.');
    expect(el.result).to.deep.equal({
      positions: Object.fromEntries(sliders.map((x) => [x.id.slice(2), null])),
      notes: {},
      touched: [],
      responses: {},
      reading: null,
    });
    await expect(el).to.be.accessible();
  });

  it('moves with every key and says the position in words (arrows, Page Up/Down, Home, End)', async () => {
    const el = await make('tensions="leadership"');
    const s = slider(el, 'leadership');
    s.focus();
    const steps: [string, string, string][] = [
      ['ArrowRight', '5', 'balanced between Facilitative leadership and Authoritative leadership'],
      ['ArrowUp', '10', 'leaning slightly towards Authoritative leadership'],
      ['PageUp', '30', 'leaning slightly towards Authoritative leadership'],
      ['PageUp', '50', 'leaning towards Authoritative leadership'],
      ['End', '100', 'pushed all the way to Authoritative leadership'],
      ['PageDown', '80', 'leaning strongly towards Authoritative leadership'],
      ['Home', '-100', 'pushed all the way to Facilitative leadership'],
      ['ArrowLeft', '-100', 'pushed all the way to Facilitative leadership'],
      ['ArrowDown', '-100', 'pushed all the way to Facilitative leadership'],
      ['PageDown', '-100', 'pushed all the way to Facilitative leadership'],
      ['PageUp', '-80', 'leaning strongly towards Facilitative leadership'],
      ['ArrowRight', '-75', 'leaning strongly towards Facilitative leadership'],
    ];
    for (const [press, value, words] of steps) {
      await key(el, press);
      expect([press, s.value, s.getAttribute('aria-valuetext')]).to.deep.equal([press, value, words]);
      expect(text(card(el, 'leadership').querySelector('.words'))).to.contain(words[0].toUpperCase() + words.slice(1));
    }
    expect(el.result.positions).to.deep.equal({ leadership: -75 });
  });

  it('fires cg-change with the result once a move settles', async () => {
    const el = await make('tensions="goals,trust"');
    slider(el, 'trust').focus();
    setTimeout(() => sendKeys({ press: 'ArrowLeft' }));
    const ev = await oneEvent(el, 'cg-change');
    expect(ev.detail.result.positions).to.deep.equal({ goals: null, trust: -5 });
    expect(ev.detail.result.touched).to.deep.equal(['trust']);
    expect(ev.detail.result.reading).to.equal('unmanaged');
  });

  it('says what the nearer pole protects and what pushing further risks', async () => {
    const el = await make('tensions="goals"');
    slider(el, 'goals').focus();
    await key(el, 'PageDown');
    await key(el, 'PageDown');
    const goals = tension('goals');
    const fx = text(card(el, 'goals').querySelector('.effects'));
    expect(fx).to.contain(`Holding towards Congruent goals protects: ${goals.poles[0].protects.text} (Vangen & Huxham 2012)`);
    expect(fx).to.contain(`Pushing further towards Congruent goals risks: ${goals.poles[0].risk.text}`);
    expect(!!card(el, 'goals').querySelector('.resolved')).to.be.false;
  });

  it('flags an extreme plainly, in the card and the figure, not by colour alone', async () => {
    const el = await make('tensions="goals,trust"');
    slider(el, 'goals').focus();
    await key(el, 'End');
    const c = card(el, 'goals');
    expect(text(c.querySelector('.flag'))).to.equal('■ Resolved, not managed');
    const goals = tension('goals');
    expect(text(c.querySelector('.resolved'))).to.contain('Pushed all the way to Diverse goals, this tension is being resolved rather than managed.');
    expect(text(c.querySelector('.resolved'))).to.contain(`It gives up what Congruent goals protects: ${goals.poles[0].protects.text}`);
    expect(text(c.querySelector('.resolved'))).to.contain(`What that tends to cost: ${goals.poles[1].risk.text}`);
    const rows = $$(el, '.rows > li');
    expect(!!rows[0].querySelector('rect.you.resolved')).to.be.true;
    expect(text(rows[0].querySelector('.fname'))).to.contain('Resolved, not managed');
    expect(!!rows[1].querySelector('.you')).to.be.false;
    expect(text($(el, '.reading'))).to.contain(`${defaultPack.readings.oneResolved.text} (Vangen 2017)`);
    expect(text($(el, '.reading'))).to.contain('Pushed to a pole: Congruent and diverse goals');
    await key(el, 'ArrowLeft');
    expect(text(card(el, 'goals').querySelector('.flag'))).to.equal('■ Resolved, not managed');
    await key(el, 'PageDown');
    expect(slider(el, 'goals').getAttribute('aria-valuetext')).to.equal('leaning strongly towards Diverse goals');
    expect(!!card(el, 'goals').querySelector('.flag')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('shows the overall reading the rule gives for known positions', async () => {
    seed({ positions: { goals: 100, trust: -90, power: 40 }, touched: ['goals', 'trust', 'power'] });
    const el = await make();
    expect(text($(el, '.reading p'))).to.equal(`${defaultPack.readings.manyResolved.text} (Vangen 2017; Vangen, Potter & Jacklin-Jarvis 2017)`);
    expect(el.result.reading).to.equal('manyResolved');
    expect($$(el, '.rows rect.you.resolved')).to.have.length(2);
    fixtureCleanup();
    seed({ positions: { goals: 40, trust: -40, power: 70, culture: 0 }, responses: { goals: 'accept', trust: 'accept', power: 'compromise', culture: 'synthesis' } });
    const el2 = await make();
    expect(el2.result.reading).to.equal('leaning');
    expect(text($(el2, '.reading p'))).to.contain(defaultPack.readings.leaning.text);
  });

  it('announces a newly resolved tension and a new reading politely, once', async () => {
    const el = await make('tensions="goals"');
    const status = $(el, '[role=status]');
    slider(el, 'goals').focus();
    await key(el, 'End');
    await key(el, 'ArrowLeft');
    await key(el, 'ArrowRight');
    await new Promise((r) => setTimeout(r, 700));
    await el.updateComplete;
    expect(text(status)).to.equal('Congruent and diverse goals: Resolved, not managed. Overall reading: one tension resolved.');
    await key(el, 'ArrowLeft');
    await new Promise((r) => setTimeout(r, 700));
    await el.updateComplete;
    expect(text(status)).to.equal('Congruent and diverse goals: Resolved, not managed. Overall reading: one tension resolved.');
  });

  it('confirms a slider left where it is, then completes when every slider is placed', async () => {
    const el = await make('tensions="goals,trust"');
    let completes = 0;
    el.addEventListener('cg-complete', () => completes++);
    const button = card(el, 'goals').querySelector('button.confirm') as HTMLButtonElement;
    expect(text(button)).to.equal('This is where it stands: Congruent and diverse goals');
    button.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(!!card(el, 'goals').querySelector('button.confirm')).to.be.false;
    expect(text(card(el, 'goals').querySelector('.placed'))).to.equal('✓ Placed');
    expect(el.shadowRoot!.activeElement).to.equal(slider(el, 'goals'));
    expect(el.result).to.include({ reading: 'unmanaged' });
    expect(el.result.positions).to.deep.equal({ goals: 0, trust: null });
    expect(completes).to.equal(0);
    slider(el, 'trust').focus();
    setTimeout(() => sendKeys({ press: 'ArrowRight' }));
    const ev = await oneEvent(el, 'cg-complete');
    expect(ev.detail.result.touched).to.deep.equal(['goals', 'trust']);
    await key(el, 'ArrowRight');
    expect(completes).to.equal(1);
  });

  it('saves positions and notes as the student works, and restores them', async () => {
    const el = await make('tensions="goals,trust"');
    slider(el, 'trust').focus();
    await key(el, 'Home');
    const area = $<HTMLTextAreaElement>(el, '#n-trust');
    expect(text(el.shadowRoot!.querySelector('label[for=n-trust]'))).to.equal('Your note on Building trust and managing distrust');
    // The note is a disclosure, closed while there is no note: opened by its summary, it takes the typing.
    const details = area.closest('details')!;
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.focus();
    await key(el, 'Enter');
    expect(details.open).to.equal(true);
    area.focus();
    let changes = 0;
    el.addEventListener('cg-change', () => changes++);
    await sendKeys({ type: 'Distrust runs deep' });
    // Typing is one change, told when the typing pauses or the note loses focus.
    expect(changes).to.equal(0);
    slider(el, 'trust').focus();
    expect(changes).to.equal(1);
    // Writes are coalesced (at most one per PersistenceController.saveEvery ms): the last key is written by then.
    await new Promise((r) => setTimeout(r, 600));
    expect(JSON.parse(localStorage.getItem(KEY)!).s).to.deep.equal({
      positions: { trust: -100 },
      notes: { trust: 'Distrust runs deep' },
      touched: ['trust'],
      responses: {},
    });
    fixtureCleanup();
    const again = await make('tensions="goals,trust"');
    expect(slider(again, 'trust').value).to.equal('-100');
    expect(slider(again, 'trust').getAttribute('aria-valuetext')).to.equal('pushed all the way to Building trust');
    expect($<HTMLTextAreaElement>(again, '#n-trust').value).to.equal('Distrust runs deep');
    expect($(again, '#n-trust').closest('details')!.open, 'a written note shows open').to.equal(true);
    expect($(again, '#n-goals').closest('details')!.open, 'an empty one stays closed').to.equal(false);
    expect(again.result).to.deep.equal({
      positions: { goals: null, trust: -100 },
      notes: { trust: 'Distrust runs deep' },
      touched: ['trust'],
      responses: {},
      reading: 'oneResolved',
    });
  });

  it('presets positions from a case, which the student can then move', async () => {
    const el = await make('case="lsp"');
    expect(text($(el, '.case'))).to.contain('Local Strategic Partnerships (LSPs)');
    expect(slider(el, 'goals').value).to.equal('40');
    expect(slider(el, 'goals').getAttribute('aria-valuetext')).to.equal('leaning towards Diverse goals');
    expect(slider(el, 'accountability').getAttribute('aria-valuetext')).to.equal('leaning slightly towards To the partner organisation');
    expect(el.result.positions.structure).to.equal(-10);
    expect(el.result.touched).to.deep.equal([]);
    expect(el.result.reading).to.equal('unmanaged');
    slider(el, 'goals').focus();
    await key(el, 'ArrowRight');
    expect(el.result.positions.goals).to.equal(45);
    await expect(el).to.be.accessible();
  });

  it('compare mode reveals nothing before the student places a tension, then draws the reference on the same scale, with why', async () => {
    const el = await make('case="lsp" mode="compare" tensions="goals,leadership"');
    expect(slider(el, 'goals').getAttribute('aria-valuetext')).to.equal('not placed yet');
    const compare = (id: string) => text(card(el, id).querySelector('.compare'));
    // Before: no position, no words, no marks, in the card or the overall picture.
    expect(compare('goals')).to.equal('Place your slider first: then Local Strategic Partnerships (LSPs)’s position appears on the same scale, with the reasons for it.');
    expect(compare('goals')).not.to.match(/leaning|balanced|Diverse|Congruent/);
    expect($$(el, '.rows path.ref')).to.have.length(0);
    expect($$(el, '.bipolar .mark')).to.have.length(0);
    expect(text($(el, '.legend'))).not.to.contain('(reference)');
    expect(text($$(el, '.rows > li')[0].querySelector('.visually-hidden'))).not.to.contain('reference');
    slider(el, 'goals').focus();
    await key(el, 'Home');
    // After placing goals: its reference only, in words, compared, with the reasons and their sources.
    expect(compare('goals')).to.contain('Local Strategic Partnerships (LSPs): leaning towards Diverse goals. You place it further towards Congruent goals.');
    const why = text(card(el, 'goals').querySelector('.why'));
    expect(why).to.contain('Why: this project reads Local Strategic Partnerships (LSPs) as holding towards Diverse goals, which protects:')
      .and.contain(tension('goals').poles[1].protects.text)
      .and.contain('(Vangen, Potter & Jacklin-Jarvis 2017)');
    expect(compare('leadership')).to.contain('Place your slider first');
    // What the placement revealed is said too.
    await new Promise((r) => setTimeout(r, 700));
    await el.updateComplete;
    expect(text($(el, '[role="status"]'))).to.contain('Local Strategic Partnerships (LSPs): leaning towards Diverse goals. You place it further towards Congruent goals.');
    expect($$(el, '.rows path.ref')).to.have.length(1);
    expect(text($(el, '.legend'))).to.contain('Local Strategic Partnerships (LSPs) (reference)');
    expect(text($$(el, '.rows > li')[0].querySelector('.visually-hidden'))).to.equal(
      'Your position: pushed all the way to Congruent goals. Local Strategic Partnerships (LSPs) (reference): leaning towards Diverse goals.',
    );
    // The mark sits on the slider's own scale, where the thumb would be at the reference's value (40).
    const input = slider(el, 'goals');
    const mark = card(el, 'goals').querySelector<HTMLElement>('.bipolar .mark')!.getBoundingClientRect();
    const box = input.getBoundingClientRect();
    const thumb = parseFloat(getComputedStyle(input).fontSize) * 1.75;
    const expected = box.left + thumb / 2 + (box.width - thumb) * ((40 + 100) / 200);
    expect(Math.abs(mark.left + mark.width / 2 - expected)).to.be.below(2);
    await expect(el).to.be.accessible();
  });

  it('shows an error naming a bad setting instead of the widget', async () => {
    const cases: [string, string[]][] = [
      ['tensions="goals,nope"', ['tensions', 'names a tension "nope"', 'Known tensions: goals, culture']],
      ['case="nope"', ['case', 'names a case "nope"', 'Known cases: lsp']],
      ['mode="compare"', ['mode', 'needs a case']],
      ['mode="quiz"', ['mode', 'is "quiz"']],
      ['mode="compare" case="health-action-zones"', ['case', 'gives no tension positions']],
    ];
    for (const [attrs, words] of cases) {
      const el = await make(attrs);
      const alert = $(el, '[role=alert]');
      for (const w of words) expect(text(alert), attrs).to.contain(w);
      expect(!!el.shadowRoot!.querySelector('input')).to.be.false;
      fixtureCleanup();
    }
    const bad = await make('mode="compare"');
    await expect(bad).to.be.accessible();
  });

  it('downloads the reflection as Markdown', async () => {
    seed({ positions: { goals: 100 }, notes: { goals: 'We split the aims.' }, touched: ['goals'] });
    const el = await make('tensions="goals"');
    const clicked = new Promise<HTMLAnchorElement>((resolve) =>
      el.shadowRoot!.addEventListener(
        'click',
        (e) => {
          const a = e.target as HTMLAnchorElement;
          if (a.localName !== 'a') return;
          e.preventDefault();
          resolve(a);
        },
        true,
      ),
    );
    ($$(el, '.actions button')[0] as HTMLButtonElement).click();
    const a = await clicked;
    expect(a.download).to.equal('my-reflection.md');
    const md = await (await fetch(a.href)).text();
    expect(md).to.contain('Position: pushed all the way to Diverse goals.');
    expect(md).to.contain('> We split the aims.');
    expect(md).to.contain(defaultPack.readings.oneResolved.text);
  });

  it('fits 320 px without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    seed({ positions: { goals: 100 }, touched: ['goals'] });
    const el = await make('case="lsp" mode="compare"');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('prints the whole reflection: notes as text, no controls', async () => {
    seed({ positions: { goals: 20 }, notes: { goals: 'Line one\nLine two' }, touched: ['goals'] });
    const el = await make('tensions="goals,trust"');
    await emulateMedia({ media: 'print' });
    const shown = (e: Element | null) => !!e && getComputedStyle(e).display !== 'none';
    expect(shown($(el, '.actions'))).to.be.false;
    expect(shown($(el, 'input[type=range]'))).to.be.false;
    expect(shown($(el, 'textarea'))).to.be.false;
    const note = card(el, 'goals').querySelector('.print-note')!;
    expect(shown(note)).to.be.true;
    expect(note.textContent).to.equal('Line one\nLine two');
    expect(shown(card(el, 'trust').querySelector('.note'))).to.be.false;
    expect(shown($(el, '.overall'))).to.be.true;
    await emulateMedia({ media: 'screen' });
    expect(shown($(el, '.actions'))).to.be.true;
    expect(shown(note)).to.be.false;
    el.printPreview = true;
    await el.updateComplete;
    expect(shown($(el, '.actions'))).to.be.false;
    expect(shown(note)).to.be.true;
  });
});
