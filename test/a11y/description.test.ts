// Description like PhET's (issue 15): each widget says where the student stands on request ("Where am I?"), lists
// the keys of the view in view ("Keyboard help"), and each action says its effect in words, once: after every
// action below exactly one live region changes, to the words expected, and it is not changed twice.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { defaultPack } from '../../src/model/packs/en.js';
import { mixedOrder } from '../../src/model/table-sort.js';
import { cleanSlate } from '../helpers/clean-slate.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; result: any };
const rows = defaultPack.comparison.rows;
const B = defaultPack.comparison.logics[1];

let n = 0;
async function mount(markup: string): Promise<Widget> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  wrap.innerHTML = markup.replace(/^<([\w-]+)/, `<$1 state-key="d${++n}"`);
  const el = wrap.firstElementChild as Widget;
  await el.updateComplete;
  await nextFrame();
  return el;
}

const LIVE = '[role=status], [role=alert], [aria-live]';
// Spaces folded, but a no-break space kept: a message said again is marked by one (see fresh() in describe.ts).
const textOf = (e: Element) => (e.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').replace(/^ | $/g, '');

/**
 * Runs an action and reports what the live regions said: for each region that changed, every distinct text it
 * showed while the action ran (a region that said two things in one action said it twice).
 */
async function said(el: Widget, action: () => Promise<void> | void, wait = 0): Promise<string[][]> {
  const root = el.shadowRoot!;
  const before = new Map([...root.querySelectorAll(LIVE)].map((r) => [r, textOf(r)]));
  const seen = new Map<Element, string[]>();
  const look = () => {
    for (const r of root.querySelectorAll(LIVE)) {
      const t = textOf(r);
      const was = seen.get(r) ?? [];
      if (t && t !== (before.get(r) ?? '') && was[was.length - 1] !== t) seen.set(r, [...was, t]);
      else if (!t && was.length) seen.set(r, [...was, '']);
    }
  };
  const watch = new MutationObserver(look);
  watch.observe(root, { subtree: true, childList: true, characterData: true });
  await action();
  await el.updateComplete;
  await nextFrame();
  if (wait) await new Promise((r) => setTimeout(r, wait));
  await el.updateComplete;
  look();
  watch.disconnect();
  return [...seen.values()].map((texts) => texts.filter(Boolean)).filter((t) => t.length);
}

/** Exactly one region said one thing, containing `words`. */
function once(got: string[][], words: string | RegExp): void {
  expect(got.length, `one live region changed: ${JSON.stringify(got)}`).to.equal(1);
  expect(got[0].length, `said once: ${JSON.stringify(got[0])}`).to.equal(1);
  if (typeof words === 'string') expect(got[0][0]).to.contain(words);
  else expect(got[0][0]).to.match(words);
}

const press = (el: Widget, target: string, key: string) => async () => {
  el.shadowRoot!.querySelector<HTMLElement>(target)!.focus();
  await sendKeys({ press: key });
};
const where = (el: Widget) => said(el, press(el, '.where-btn', 'Enter'));

describe('description on request and effects said once', () => {
  cleanSlate();

  it('form picker: a factor says the reading; Where am I? says the factors, reading, point and form', async () => {
    const el = await mount('<cg-form-picker></cg-form-picker>');
    once(await said(el, press(el, 'input[name="f-trust"]', 'Space')), 'One factor cannot tell');
    once(await said(el, press(el, 'input[name="f-participants"]', 'Space')), /Best fit|Closest|fit equally|No form fits/);
    const got = await where(el);
    once(got, '2 of 4 factors set.');
    expect(got[0][0]).to.contain('You have not placed your point yet').and.contain('Shown below:');
    // Asked again, it is said again; after a change of the work, the old answer goes.
    once(await where(el), '2 of 4 factors set.');
    await said(el, press(el, 'input[name="f-consensus"]', 'Space'));
    expect(textOf(el.shadowRoot!.querySelector('.where')!)).to.equal('');
  });

  it('form picker quiz: Where am I? says the score and the next case', async () => {
    const el = await mount('<cg-form-picker mode="quiz"></cg-form-picker>');
    const first = defaultPack.cases.find((c) => c.governance)!;
    once(await where(el), `Score: 0 of`);
    expect(textOf(el.shadowRoot!.querySelector('.where')!)).to.contain(`Next to answer: ${first.name}.`);
  });

  it('table: highlighting, hiding and showing rows and stepping each say what changed', async () => {
    const el = await mount('<cg-table-comparator></cg-table-comparator>');
    once(await said(el, press(el, `[data-row="${rows[3].id}"] .hl-btn`, 'Enter')), `${rows[3].name} is highlighted.`);
    once(await said(el, press(el, `[data-row="${rows[3].id}"] .hl-btn`, 'Enter')), `${rows[3].name} is no longer highlighted.`);
    el.shadowRoot!.querySelector<HTMLDetailsElement>('.picker')!.open = true;
    await nextFrame();
    once(await said(el, press(el, '.checks input', 'Space')), `${rows.length - 1} of ${rows.length} rows shown.`);
    once(await said(el, press(el, '.picker button', 'Enter')), `All ${rows.length} rows shown.`);
    once(await said(el, press(el, '.stepper > button', 'Enter')), `Row 1 of ${rows.length}: ${rows[0].name}.`);
    once(await said(el, press(el, '.next', 'Enter')), `Row 2 of ${rows.length}: ${rows[1].name}.`);
    once(await where(el), `${rows.length} of ${rows.length} rows shown. Row 2 of ${rows.length}: ${rows[1].name}.`);
    once(await said(el, press(el, '.stepper > button', 'Enter')), `All ${rows.length} chosen rows are shown again.`);
  });

  it('sort: a placement is said once; Where am I? says progress, score and the next statement', async () => {
    const el = await mount('<cg-table-comparator mode="sort"></cg-table-comparator>');
    const [s1, s2] = mixedOrder(defaultPack.comparison.statements);
    once(await said(el, press(el, `[data-id="${s1.id}"] button[data-logic="${s1.logic}"]`, 'Enter')), `Placed “${s1.text}”`);
    const got = await where(el);
    once(got, `1 of ${defaultPack.comparison.statements.length} placed. Score: 1 of`);
    expect(got[0][0]).to.contain(`Next to sort: “${s2.text}”`);
  });

  it('case: choosing a case, a change of lean and the reference each say what changed', async () => {
    const el = await mount('<cg-table-comparator mode="case"></cg-table-comparator>');
    const lsp = defaultPack.cases[0];
    once(await said(el, press(el, '#case-pick', 'ArrowDown')), `${lsp.name}: place it on each of the ${rows.length} rows.`);
    once(await said(el, press(el, `#r-${rows[0].id}`, 'End')), `Now: Overall the case leans strongly to ${B.name}.`);
    // A move that leaves the lean as it was says nothing more than the slider's own value.
    expect(await said(el, press(el, `#r-${rows[0].id}`, 'ArrowLeft'))).to.deep.equal([]);
    once(await said(el, press(el, `#r-${rows[1].id}`, 'Home')), `Now: Overall the case sits between the two logics.`);
    once(await said(el, press(el, '.summary button', 'Enter')), 'The reference reading is shown');
    once(await where(el), `Case: ${lsp.name}. Overall the case sits between the two logics. (2 of ${rows.length} rows placed)`);
  });

  it('tension sliders: pushing to a pole says so with the new reading, once; Where am I? says progress and reading', async () => {
    const el = await mount('<cg-tension-sliders tensions="goals,trust"></cg-tension-sliders>');
    once(await said(el, press(el, '#s-goals', 'End'), 700), /Resolved, not managed\. Overall reading: /);
    const got = await where(el);
    once(got, '1 of 2 tensions placed or confirmed.');
    expect(got[0][0]).to.contain('Overall reading:').and.contain('Next to place: ');
  });

  it('every mode has a keyboard help listing the keys of the view', async () => {
    const expected: [string, string[]][] = [
      ['<cg-form-picker></cg-form-picker>', ['Tab, Shift + Tab', 'Arrow keys on your point', 'Home on your point']],
      ['<cg-form-picker mode="quiz"></cg-form-picker>', ['Arrow keys in a case', 'Enter on Check']],
      ['<cg-table-comparator></cg-table-comparator>', ['Enter on Highlight', 'Space in “Rows to show”']],
      ['<cg-table-comparator mode="sort" sort-by="row"></cg-table-comparator>', ['Arrow keys, or the first letters of a row’s name, in “Row of the table”', 'Enter on a logic’s button']],
      ['<cg-table-comparator mode="case" case="lsp"></cg-table-comparator>', ['Arrow keys on a slider', 'Enter on “It sits in between”']],
      ['<cg-tension-sliders></cg-tension-sliders>', ['Arrow keys on a slider', 'Home, End', 'Enter on “This is where it stands”']],
    ];
    for (const [markup, keys] of expected) {
      const el = await mount(markup);
      const help = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.keys')!;
      expect(textOf(help.querySelector('summary')!)).to.equal('Keyboard help');
      const dts = [...help.querySelectorAll('dt')].map(textOf);
      for (const k of keys) expect(dts, markup).to.include(k);
      expect(help.querySelectorAll('dd').length).to.equal(dts.length);
      await expect(el).to.be.accessible();
    }
  });
});
