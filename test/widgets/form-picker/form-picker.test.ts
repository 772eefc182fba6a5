import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/form-picker/index.js';
import type { CgFormPicker } from '../../../src/widgets/form-picker/form-picker.js';
import { defaultPack } from '../../../src/model/packs/en.js';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (el: Element, sel: string) => $(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const create = (key = 'fp') => fixture<CgFormPicker>(html`<cg-form-picker state-key=${key}></cg-form-picker>`);
const press = async (el: CgFormPicker, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
};
const events = (el: Element, name: string) => {
  const got: CustomEvent[] = [];
  el.addEventListener(name, (e) => got.push(e as CustomEvent));
  return got;
};

describe('<cg-form-picker> explore', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => fixtureCleanup());

  it('shows one labelled radio group per factor, levels low to high, and is accessible', async () => {
    const el = await create();
    const groups = $$(el, 'fieldset.factor');
    expect(groups.map((g) => g.querySelector('legend')!.textContent!.trim())).to.deep.equal(defaultPack.factors.map((f) => f.name));
    defaultPack.factors.forEach((f, i) => {
      expect([...groups[i].querySelectorAll('input')].map((r) => (r as HTMLInputElement).value)).to.deep.equal(f.levels.map((l) => l.id));
    });
    expect(text(el, '.verdict')).to.equal('Set at least 2 factors to see a reading.');
    await expect(el).to.be.accessible();
  });

  it('sets every factor by keyboard, reads the best fit and fires cg-change and cg-complete', async () => {
    const el = await create();
    const changes = events(el, 'cg-change');
    const completes = events(el, 'cg-complete');
    for (const f of defaultPack.factors) {
      $<HTMLInputElement>(el, `input[name="f-${f.id}"]`).focus();
      await press(el, 'Space'); // the first level
      await press(el, 'ArrowDown'); // the second level
      expect(el.result.factors[f.id]).to.equal(f.levels[1].id);
    }
    expect(changes.length).to.equal(8);
    expect(completes.length).to.equal(1);
    expect(el.result.missing).to.deep.equal([]);
    // trust moderate, participants moderate, consensus moderately-low, competencies moderate: the lead
    // organisation meets three conditions and is one step off the fourth.
    expect(el.result.best).to.equal('lead');
    expect(el.result.verdict).to.equal('good');
    expect(text(el, '.verdict')).to.equal('Best fit: Lead organisation.');
    expect(text(el, '.fits li.top')).to.equal('Lead organisation: 3 of 4 conditions met, 1 one step off.');
    expect(text(el, 'fieldset.factor .word')).to.contain('Supports NAO');
    expect(changes.at(-1)!.detail.result.best).to.equal('lead');
    await expect(el).to.be.accessible();
  });

  it('says one factor cannot tell, then shows ties and what is still missing', async () => {
    const el = await create();
    $<HTMLInputElement>(el, 'input[name="f-participants"][value="moderate"]').click();
    await el.updateComplete;
    expect(el.result.verdict).to.equal('too-few');
    expect(el.result.best).to.equal(null);
    expect(text(el, '.verdict')).to.equal('One factor cannot tell: set at least 2. Still to set: Trust, Goal consensus and Need for network-level competencies.');
    expect($$(el, '.fits li')).to.have.length(0);
    expect(text(el, '.blend-words')).not.to.contain('The factors’ reading');
    $<HTMLInputElement>(el, 'input[name="f-competencies"][value="moderate"]').click();
    $<HTMLInputElement>(el, 'input[name="f-consensus"][value="moderately-high"]').click();
    await el.updateComplete;
    expect(el.result.ties).to.deep.equal(['lead', 'nao']);
    expect(el.result.best).to.equal(null);
    expect(text(el, '.verdict')).to.equal('Lead organisation and NAO fit equally well. Still to set: Trust.');
    expect(text(el, '.blend-words')).to.contain('The factors’ reading: evenly between Lead organisation and NAO.');
  });

  it('says when no form fits well and names each form’s clash, and says the fit is not a score', async () => {
    const el = await create();
    for (const [f, v] of [['trust', 'high'], ['participants', 'many'], ['consensus', 'high'], ['competencies', 'low']])
      $<HTMLInputElement>(el, `input[name="f-${f}"][value="${v}"]`).click();
    await el.updateComplete;
    expect(el.result.verdict).to.equal('no-fit');
    expect(text(el, '.verdict')).to.equal('No form fits well: each clashes with a factor.');
    const lines = $$(el, '.fits li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines[0]).to.equal('Shared: 3 of 4 conditions met. Clashes on Number of participants.');
    expect(lines.every((l) => l.includes('Clashes on'))).to.equal(true);
    expect(text(el, '.reading > .muted')).to.contain('not from new fieldwork');
    expect(text(el, '.reading > .muted')).to.contain('It does not grade the collaboration');
    await expect(el).to.be.accessible();
  });

  it('presets the factors from a case chosen in the picker by keyboard, and clears them with the button', async () => {
    const el = await create();
    const select = $<HTMLSelectElement>(el, 'select');
    select.focus();
    await press(el, 'ArrowDown');
    const first = defaultPack.cases.find((c) => c.factors || c.governance)!;
    expect(select.value).to.equal(first.id);
    expect(el.result.factors).to.deep.equal(first.factors);
    $(el, 'button.clear').focus();
    await press(el, 'Enter');
    expect(el.result.factors).to.deep.equal({});
  });

  it('opens the explanation by keyboard, with the case reasoning and citations', async () => {
    const el = await fixture<CgFormPicker>(html`<cg-form-picker state-key="fp" case="lsp"></cg-form-picker>`);
    const details = $<HTMLDetailsElement>(el, 'details.explain');
    expect(details.open).to.equal(false);
    $(el, 'details.explain summary').focus();
    await press(el, 'Enter');
    expect(details.open).to.equal(true);
    const lsp = defaultPack.cases.find((c) => c.id === 'lsp')!;
    expect(details.textContent).to.contain(lsp.governance!.reasoning.text);
    expect(details.textContent).to.contain('Provan & Kenis 2008');
    await expect(el).to.be.accessible();
  });

  it('shows the best fit’s details and another form chosen by keyboard', async () => {
    const el = await fixture<CgFormPicker>(html`<cg-form-picker state-key="fp" case="city-governance"></cg-form-picker>`);
    expect(el.result.best).to.equal('nao');
    expect(text(el, '.details h3')).to.contain('Network Administrative Organisation');
    // Provan and Kenis place the NAO between the other two forms on efficiency and inclusiveness.
    expect(text(el, '.leanings')).to.contain('Efficiency and inclusiveness Holds a middle course.');
    expect(text(el, '.leanings')).to.contain('Leans to External legitimacy');
    $<HTMLInputElement>(el, 'input[name="view"]').focus();
    await press(el, 'Space');
    expect(text(el, '.details h3')).to.contain('shared governance');
    expect(text(el, '.moves')).to.contain('Common');
  });

  it('moves the student’s point with the arrow keys and resets it with Home', async () => {
    const el = await create();
    const changes = events(el, 'cg-change');
    expect(el.result.point).to.equal(null);
    $(el, '.own').focus();
    for (let i = 0; i < 5; i++) await press(el, 'ArrowUp');
    const shared = el.result.point!.shared;
    expect(shared).to.be.above(0.5);
    expect($(el, '.own').getAttribute('aria-valuetext')).to.match(/^(mostly|almost entirely) Shared/);
    expect(text(el, '.blend-words')).to.contain('Your point: ');
    await press(el, 'ArrowLeft');
    expect(el.result.point!.lead).to.be.above(el.result.point!.nao);
    await press(el, 'Home');
    expect(el.result.point).to.deep.equal({ shared: 1 / 3, lead: 1 / 3, nao: 1 / 3 });
    expect($(el, '.own').getAttribute('aria-valuetext')).to.equal('an even blend of all three forms');
    // Seven key presses are one settled change, told when the keys stop or the point loses focus.
    expect(changes.length).to.equal(0);
    $(el, '.own').blur();
    expect(changes.length).to.equal(1);
    expect(changes[0].detail.result.point).to.deep.equal({ shared: 1 / 3, lead: 1 / 3, nao: 1 / 3 });
    await expect(el).to.be.accessible();
  });

  it('gives the point a value that follows it, and says once when a move takes it near or far from the reading', async () => {
    const el = await fixture<CgFormPicker>(html`<cg-form-picker state-key="fp" case="city-governance"></cg-form-picker>`);
    const own = $(el, '.own');
    own.focus();
    const live = () => text(el, 'section.wrap > p[role="status"]');
    const values = new Set<string>();
    const said: string[] = [];
    for (let i = 0; i < 12; i++) {
      await press(el, i < 6 ? 'ArrowRight' : 'ArrowLeft');
      values.add(own.getAttribute('aria-valuenow')!);
      if (live() && live() !== said[said.length - 1]) said.push(live());
      // The live region holds the comparison now shown, and only that.
      if (live()) expect(live()).to.equal(text(el, '.compare'));
    }
    expect(values.size, 'aria-valuenow moves with the point').to.be.above(3);
    expect(said.length, 'the comparison was announced').to.be.above(0);
    // Said only on a change: never the same words twice in a row.
    said.forEach((w, i) => i && expect(w).not.to.equal(said[i - 1]));
  });

  it('places the point by pointer drag and compares it with the reading in words', async () => {
    await setViewport({ width: 900, height: 900 });
    const el = await fixture<CgFormPicker>(html`<cg-form-picker state-key="fp" case="city-governance"></cg-form-picker>`);
    $(el, '.tri').scrollIntoView({ block: 'center' });
    const tri = $(el, '.tri').getBoundingClientRect();
    const changes = events(el, 'cg-change');
    // Press near the bottom-left corner (lead organisation) and drag a little along the base.
    await sendMouse({ type: 'move', position: [Math.round(tri.left + tri.width * 0.2), Math.round(tri.bottom - 4)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(tri.left + 6), Math.round(tri.bottom - 3)] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(el.result.point!.lead).to.be.above(0.8);
    expect(changes.length).to.equal(1);
    expect(text(el, '.compare')).to.contain('far from the factors’ reading: you see much more Lead organisation');
    $(el, '.blend-words ~ button').click();
    await el.updateComplete;
    expect(text(el, '.compare')).to.equal('Your point agrees with the factors’ reading.');
  });

  it('tells a textbook shared network placed on the shared corner that it agrees with the factors', async () => {
    const el = await create();
    for (const [f, v] of [['trust', 'high'], ['participants', 'few'], ['consensus', 'high'], ['competencies', 'low']])
      $<HTMLInputElement>(el, `input[name="f-${f}"][value="${v}"]`).click();
    await el.updateComplete;
    expect(text(el, '.verdict')).to.equal('Best fit: Shared.');
    expect(text(el, '.blend-words')).to.contain('The factors’ reading: almost entirely Shared.');
    $(el, '.own').focus();
    for (let i = 0; i < 30; i++) await press(el, 'ArrowUp');
    expect(el.result.point!.shared).to.be.above(0.95);
    expect(text(el, '.compare')).to.equal('Your point agrees with the factors’ reading.');
  });

  it('restores factors, point and the form shown when re-created', async () => {
    const a = await create('keep');
    $<HTMLInputElement>(a, 'input[name="f-consensus"][value="high"]').click();
    $<HTMLInputElement>(a, 'input[name="view"][value="nao"]').click();
    $(a, '.own').focus();
    await press(a, 'ArrowRight');
    const before = a.result;
    a.remove();
    const b = await create('keep');
    expect(b.result).to.deep.equal(before);
    expect($<HTMLInputElement>(b, 'input[name="f-consensus"][value="high"]').checked).to.equal(true);
    expect(text(b, '.details h3')).to.contain('(NAO)');
  });

  it('keeps the student’s changes to a preset case across re-creation', async () => {
    const a = await fixture<CgFormPicker>(html`<cg-form-picker state-key="k" case="lsp"></cg-form-picker>`);
    expect(text(a, '.case h3')).to.contain('Local Strategic Partnerships');
    $<HTMLInputElement>(a, 'input[name="f-trust"][value="high"]').click();
    a.remove();
    const b = await fixture<CgFormPicker>(html`<cg-form-picker state-key="k" case="lsp"></cg-form-picker>`);
    expect(b.result.factors.trust).to.equal('high');
    $(b, '.case button').click();
    await b.updateComplete;
    expect(b.result.factors.trust).to.equal('low');
  });

  it('names a bad case or mode in an accessible error panel', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<CgFormPicker>(html`<cg-form-picker case="nope" mode="game"></cg-form-picker>`);
      const alert = $(el, '[role="alert"]');
      expect(alert.textContent).to.contain('mode');
      expect(alert.textContent).to.contain('"game"');
      expect(alert.textContent).to.contain('names a case "nope"');
      expect(alert.textContent).to.contain('lsp');
      await expect(el).to.be.accessible();
      const bad = await fixture<CgFormPicker>(html`<cg-form-picker .content=${{ forms: [{ id: 'Bad' }] }}></cg-form-picker>`);
      expect($(bad, '[role="alert"]').textContent).to.contain('forms[0]');
    } finally {
      console.warn = warn;
    }
  });

  it('fits 320 px without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 700 });
    const el = await fixture<CgFormPicker>(html`<cg-form-picker state-key="fp" case="lsp"></cg-form-picker>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect($(el, '.wrap').scrollWidth).to.be.at.most($(el, '.wrap').clientWidth);
    await setViewport({ width: 800, height: 600 });
  });

  it('degrades with more than three forms: the triangle keeps the first three and says so', async () => {
    const extra = { ...defaultPack.forms[0], id: 'hybrid', short: 'Hybrid', name: 'Hybrid form' };
    const content = {
      forms: [extra],
      predictors: defaultPack.factors.map((f) => ({ form: 'hybrid', factor: f.id, level: f.levels[0].id, label: 'x', cite: ['provan-kenis-2008'] })),
    };
    const el = await fixture<CgFormPicker>(html`<cg-form-picker state-key="fp4" .content=${content}></cg-form-picker>`);
    $<HTMLInputElement>(el, 'input[name="f-trust"][value="low"]').click();
    $<HTMLInputElement>(el, 'input[name="f-participants"][value="few"]').click();
    await el.updateComplete;
    expect(Object.keys(el.result.fits)).to.have.length(4);
    expect($$(el, '.fits li')).to.have.length(4);
    expect($$(el, '.plot .label').map((l) => l.textContent)).to.deep.equal(['Shared', 'Lead organisation', 'NAO']);
    expect(el.shadowRoot!.textContent).to.contain('Hybrid appear in the reading only');
  });
});

describe('<cg-form-picker mode="quiz">', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => fixtureCleanup());

  it('quizzes one case when given case=, and refuses a case without an answer', async () => {
    const el = await fixture<CgFormPicker>(html`<cg-form-picker mode="quiz" case="lsp"></cg-form-picker>`);
    expect($$(el, '.quiz > li')).to.have.length(1);
    const warn = console.warn;
    console.warn = () => {};
    try {
      const none = defaultPack.cases.find((c) => !c.governance)!;
      const bad = await fixture<CgFormPicker>(html`<cg-form-picker mode="quiz" case=${none.id}></cg-form-picker>`);
      expect($(bad, '[role="alert"]').textContent).to.contain('no governance answer');
    } finally {
      console.warn = warn;
    }
  });
});
