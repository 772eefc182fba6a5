// The form-picker quiz as a student meets it: answers that lock once checked, feedback on the reasoning for every
// form, verdicts read out by the live region, an end summary with the focus on it, and attempts that count as the
// lecturer says.
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/form-picker/index.js';
import type { CgFormPicker } from '../../../src/widgets/form-picker/form-picker.js';
import { defaultPack } from '../../../src/model/packs/en.js';
import type { Case } from '../../../src/model/types.js';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (el: Element, sel: string) => $(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const live = (el: Element) => text(el, '[role="status"]');
const cases = defaultPack.cases.filter((c) => c.governance);
const formName = (id: string) => defaultPack.forms.find((f) => f.id === id)!.name;
const right = (c: Case) => [c.governance!.form, ...(c.governance!.accepted ?? []).map((a) => a.form)];
const wrongFor = (c: Case) => defaultPack.forms.find((f) => !right(c).includes(f.id))!.id;
const record = (el: Element) => {
  const seen: CustomEvent[] = [];
  for (const n of ['cg-change', 'cg-score', 'cg-complete']) el.addEventListener(n, (e) => seen.push(e as CustomEvent));
  return seen;
};
let n = 0;
const create = (attrs = '', key = `quiz${++n}`) => {
  const wrap = document.createElement('div');
  wrap.innerHTML = `<cg-form-picker mode="quiz" state-key="${key}" ${attrs}></cg-form-picker>`;
  return fixture<HTMLDivElement>(html`${wrap}`).then(async () => {
    const el = wrap.firstElementChild as CgFormPicker;
    await el.updateComplete;
    return el;
  });
};

/** Chooses a form for a case by clicking its radio, then presses that case's Check. */
async function answer(el: CgFormPicker, c: Case, form: string) {
  $<HTMLInputElement>(el, `input[name="q-${c.id}"][value="${form}"]`)!.click();
  await el.updateComplete;
  $<HTMLButtonElement>(el, `#q-${c.id} ~ button.check`)!.click();
  await el.updateComplete;
}

describe('<cg-form-picker mode="quiz">: answers that count', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => fixtureCleanup());

  it('answers by keyboard; a checked answer is final: changing it or checking again cannot raise the score', async () => {
    const el = await create();
    const events = record(el);
    await expect(el).to.be.accessible();
    const [first] = cases;
    const wrong = wrongFor(first);
    const radios = $$<HTMLInputElement>(el, `input[name="q-${first.id}"]`);
    radios[0].focus();
    await sendKeys({ press: 'Space' });
    const target = defaultPack.forms.findIndex((f) => f.id === wrong);
    for (let i = 0; i < target; i++) await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    const scored = oneEvent(el, 'cg-score');
    await sendKeys({ press: 'Enter' });
    expect((await scored).detail).to.deep.equal({ raw: 0, max: cases.length, attempt: 1 });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-case')).to.equal(first.id);
    // Having read "Not quite: the main answer is …", the student tries to change the answer.
    expect(text(el, `#fb-${first.id}`)).to.contain(`Not quite: the main answer is ${formName(first.governance!.form)}`);
    const fieldset = $<HTMLFieldSetElement>(el, `#q-${first.id}`)!;
    expect(fieldset.disabled).to.equal(true);
    const rightRadio = $<HTMLInputElement>(el, `input[name="q-${first.id}"][value="${first.governance!.form}"]`)!;
    rightRadio.click();
    rightRadio.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($(el, `#q-${first.id} ~ button.check`)).to.equal(null);
    expect(el.result.quiz[first.id]).to.equal(wrong);
    expect(el.result.score.raw).to.equal(0);
    expect(events.filter((e) => e.type === 'cg-score')).to.have.length(1);
    // A reload keeps the answer final.
    const key = el.stateKey!;
    fixtureCleanup();
    const again = await create('', key);
    expect($<HTMLFieldSetElement>(again, `#q-${first.id}`)!.disabled).to.equal(true);
    expect(again.result.score.raw).to.equal(0);
  });

  it('shows no cue before the answer (no lead, no form named) and, after it, why each form fits the case less or more well', async () => {
    const el = await create();
    for (const c of cases) {
      const blurb = text(el, `#q-${c.id}`).replace(/Participant-governed network \(shared governance\)|Lead organisation-governed network|Network Administrative Organisation \(NAO\)/g, '');
      expect(blurb.toLowerCase(), c.id).not.to.contain('led by');
      expect(blurb, c.id).not.to.contain(c.lead + '.');
      for (const f of defaultPack.forms) expect(blurb.toLowerCase(), `${c.id} names ${f.id}`).not.to.contain(f.short.toLowerCase());
      expect(blurb).not.to.contain(c.governance!.reasoning.text.slice(0, 40));
    }
    const lsp = cases.find((c) => c.id === 'lsp')!;
    await answer(el, lsp, 'shared');
    const fb = text(el, '#fb-lsp');
    expect(fb).to.contain('Led by: Local authorities.');
    expect(fb).to.contain(lsp.governance!.reasoning.text);
    const lines = $$(el, '#fb-lsp .fit-lines li');
    expect(lines.map((l) => l.dataset.form)).to.deep.equal(['shared', 'lead', 'nao']);
    // Shared governance, the student's answer, clashes with the case's low trust and many participants.
    expect(lines[0].textContent!.replace(/\s+/g, ' ')).to.contain('(your answer): clashes with its conditions.')
      .and.contain('trust (the case: low; the form works with high density)')
      .and.contain('number of participants (the case: many; the form works with few)')
      .and.contain('(Provan & Kenis 2008)');
    expect(lines[1].textContent!.replace(/\s+/g, ' ')).to.contain('(the main answer): fits its conditions well.').and.contain('One step off: number of participants');
    expect(live(el)).to.contain(`${lsp.name}: Not quite: the main answer is ${formName('lead')}.`).and.contain('clashes with its conditions').and.contain('Score: 0 of');
    await expect(el).to.be.accessible();
  });

  it('accepts a blend the sources support, says why for both readings, and says so out loud', async () => {
    const el = await create();
    const trusts = cases.find((c) => c.id === 'childrens-trusts')!;
    await answer(el, trusts, 'nao');
    const fb = text(el, '#fb-childrens-trusts');
    expect(fb).to.contain(`Accepted. The main answer is ${formName('lead')}`);
    expect(fb).to.contain(trusts.governance!.reasoning.text).and.contain(trusts.governance!.accepted![0].reasoning.text);
    expect(text(el, '#fb-childrens-trusts [data-form="nao"]')).to.contain('(also accepted, your answer): fits its conditions well');
    expect(text(el, '#fb-childrens-trusts [data-form="lead"]')).to.contain('(the main answer): fits its conditions well');
    expect(el.result.score.raw).to.equal(1);
    expect(live(el)).to.contain('Accepted.').and.contain('Score: 1 of');
    // A main answer also hears of the accepted one.
    const lsp = cases.find((c) => c.id === 'place-based-care')!;
    await answer(el, lsp, 'shared');
    expect(text(el, '#fb-place-based-care')).to.contain('Correct.').and.contain(`Also accepted: ${formName('lead')}.`);
    expect(text(el, '#fb-place-based-care')).to.contain('give no levels of the four factors');
  });

  it('ends with a summary that takes the focus, links what to revisit, and offers Try again only then, asking first', async () => {
    const el = await create();
    const events = record(el);
    expect($(el, '.retry')).to.equal(null);
    expect($(el, '.end-summary')).to.equal(null);
    for (const [i, c] of cases.entries()) {
      await answer(el, c, i === 1 ? wrongFor(c) : c.governance!.form);
      if (i < cases.length - 1) expect($(el, '.retry'), 'no Try again mid-attempt').to.equal(null);
    }
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#end-h'));
    expect(text(el, '#end-h')).to.equal('Attempt 1 finished');
    expect(text(el, '.end-summary')).to.contain(`Your score: ${cases.length - 1} of ${cases.length}.`);
    expect(live(el)).to.contain('Attempt 1 finished.');
    const complete = events.filter((e) => e.type === 'cg-complete');
    expect(complete).to.have.length(1);
    expect(complete[0].detail.attempt).to.equal(1);
    expect(complete[0].detail.result.grade).to.deep.equal({ raw: cases.length - 1, max: cases.length });
    const revisit = $$<HTMLAnchorElement>(el, '.end-summary .summary-items')[1].querySelectorAll('a');
    expect([...revisit].map((a) => a.textContent!.trim())).to.deep.equal([`${cases[1].name}: ${formName(wrongFor(cases[1]))}`]);
    revisit[0].click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, `#fb-${cases[1].id}`));
    await expect(el).to.be.accessible();

    // Try again asks before clearing anything; Escape keeps the answers and returns to the button.
    $<HTMLButtonElement>(el, '.end-summary .retry')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.retry-yes'));
    expect(text(el, '.confirm-retry')).to.contain('Start attempt 2?').and.contain(`(${cases.length - 1} of ${cases.length}) is kept`);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.end-summary .retry'));
    expect(Object.keys(el.result.quiz)).to.have.length(cases.length);
    expect(live(el)).to.contain('Your answers are kept.');
    // Confirmed: attempt 2 starts empty, with attempt 1 kept as the grade.
    $<HTMLButtonElement>(el, '.end-summary .retry')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.retry-yes')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.result.quiz).to.deep.equal({});
    expect(el.result.attempt).to.equal(2);
    expect(el.result.previous).to.deep.equal([{ raw: cases.length - 1, max: cases.length }]);
    expect(el.result.grade).to.deep.equal({ raw: cases.length - 1, max: cases.length });
    expect(text(el, '.score')).to.contain('Attempt 2.');
    expect(live(el)).to.contain('Attempt 2 started');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.quiz input'));
    const scored = oneEvent(el, 'cg-score');
    await answer(el, cases[0], cases[0].governance!.form);
    expect((await scored).detail).to.deep.equal({ raw: 1, max: cases.length, attempt: 2 });
  });

  it('grades by best (default), last or first, and allows no more attempts than `attempts`', async () => {
    const run = async (attrs: string, plan: ('right' | 'wrong')[][]) => {
      const el = await create(attrs);
      for (const [k, attempt] of plan.entries()) {
        for (const [i, c] of cases.entries()) await answer(el, c, attempt[i] === 'wrong' ? wrongFor(c) : c.governance!.form);
        if (k < plan.length - 1) {
          $<HTMLButtonElement>(el, '.end-summary .retry')!.click();
          await el.updateComplete;
          $<HTMLButtonElement>(el, '.retry-yes')!.click();
          await el.updateComplete;
        }
      }
      return el;
    };
    const good = cases.map(() => 'right' as const);
    const poor = cases.map((_, i) => (i < 3 ? 'wrong' : 'right') as 'right' | 'wrong');
    const max = cases.length;
    const best = await run('', [good, poor]);
    expect(best.result.grade).to.deep.equal({ raw: max, max });
    expect(text(best, '.end-summary .grade')).to.equal(`Your grade is the best of your 2 attempts: ${max} of ${max}.`);
    const last = await run('grading="last"', [good, poor]);
    expect(last.result.grade).to.deep.equal({ raw: max - 3, max });
    expect(text(last, '.end-summary .grade')).to.contain('latest attempt');
    const first = await run('grading="first"', [poor, good]);
    expect(first.result.grade).to.deep.equal({ raw: max - 3, max });
    expect(text(first, '.end-summary .grade')).to.contain('first attempt').and.contain('Later attempts are practice.');
    const once = await run('attempts="1"', [poor]);
    expect($(once, '.retry')).to.equal(null);
    expect(text(once, '.end-summary')).to.contain('You have used every attempt allowed.');
    expect(text(once, '.score')).to.contain('Attempt 1 of 1');
    const two = await run('attempts="2"', [poor, poor]);
    expect($(two, '.retry')).to.equal(null);
    expect(two.result.attempt).to.equal(2);
  });

  it('names a bad grading or attempts value in the error panel', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await create('grading="average" attempts="0"');
      expect(text(el, '[role="alert"]')).to.contain('grading').and.contain('"average"').and.contain('attempts').and.contain('"0"');
    } finally {
      console.warn = warn;
    }
  });
});
