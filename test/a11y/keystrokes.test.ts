// Keystroke counts per task (issue 15): each task done by keyboard with real key presses (sendKeys), counted from
// the first Tab into the widget, against the same task by mouse (real clicks with sendMouse; a native select's choice
// counts two clicks, open and pick, as its popup cannot be clicked in headless Chromium). The keyboard path must stay
// close to the mouse path: at most 2.5 keys per click and 12 more (getting there by Tab); on sliders, where one click
// sets any value but keys move in steps (Page Up/Down a tenth of the scale, arrows one step), at most 8 keys a
// slider, Tabs included. The table is printed in the test log and copied into docs/accessibility.md.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { defaultPack } from '../../src/model/packs/en.js';
import { mixedOrder } from '../../src/model/table-sort.js';
import { cleanSlate } from '../helpers/clean-slate.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; result: any };
const pack = defaultPack;
const rows = pack.comparison.rows;
const [A] = pack.comparison.logics;
const order = mixedOrder(pack.comparison.statements);
const counts: { task: string; keys: number; clicks: number }[] = [];

let n = 0;
async function mount(markup: string): Promise<Widget> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  wrap.innerHTML = markup.replace(/^<([\w-]+)/, `<$1 state-key="k${++n}"`);
  const el = wrap.firstElementChild as Widget;
  await el.updateComplete;
  await nextFrame();
  return el;
}

/** A keyboard run: every key press counted; focus starts before the widget. */
class Keys {
  count = 0;
  constructor(private el: Widget) {
    (document.activeElement as HTMLElement | null)?.blur();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.parentElement!.before(before);
    before.focus();
  }
  get active(): Element | null {
    return this.el.shadowRoot!.activeElement;
  }
  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      await sendKeys({ press: key });
      this.count++;
    }
    await this.el.updateComplete;
  }
  async type(text: string): Promise<void> {
    await sendKeys({ type: text });
    this.count += text.length;
    await this.el.updateComplete;
  }
  /** Tabs forward until `target` has focus. */
  async tabTo(target: Element | null): Promise<void> {
    if (!target) throw new Error('no target to tab to');
    for (let i = 0; i < 300 && this.active !== target; i++) await this.press('Tab');
    await this.el.updateComplete;
    await nextFrame();
    expect(this.active === target, `reached ${target.outerHTML.slice(0, 80)}`).to.equal(true);
  }
}

/** A mouse run: every click counted, at the element's centre (or at a fraction of its width). */
class Clicks {
  count = 0;
  constructor(private el: Widget) {}
  async click(target: Element | null, at = 0.5): Promise<void> {
    if (!target) throw new Error('nothing to click');
    target.scrollIntoView({ block: 'center' });
    const r = target.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + r.width * at), Math.round(r.top + r.height / 2)] });
    this.count++;
    await this.el.updateComplete;
  }
  /** A native select's choice: open and pick (two clicks), set as the pick would set it. */
  async choose(select: HTMLSelectElement, value: string): Promise<void> {
    select.value = value;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    this.count += 2;
    await this.el.updateComplete;
  }
}

const $ = <T extends Element = HTMLElement>(el: Widget, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const record = (task: string, keys: number, clicks: number, sliders = false) => {
  counts.push({ task, keys, clicks });
  expect(keys, `${task}: ${keys} keys against ${clicks} clicks`).to.be.at.most(sliders ? clicks * 8 : Math.ceil(clicks * 2.5) + 12);
};
/** The shortest start of a row's name that picks it in a closed select (type-ahead). */
const prefix = (name: string) => {
  for (let i = 1; i <= name.length; i++) {
    const p = name.slice(0, i).toLowerCase();
    if (rows.filter((r) => r.name.toLowerCase().startsWith(p)).length === 1) return p;
  }
  return name;
};

describe('keystrokes per task, against clicks', () => {
  cleanSlate();
  before(() => setViewport({ width: 1100, height: 900 }));
  after(() => console.log(['| task | keys | clicks |', '|---|---|---|', ...counts.map((c) => `| ${c.task} | ${c.keys} | ${c.clicks} |`)].join('\n')));

  it('form picker: set the four factors, then move your point to the reading', async () => {
    const levels = pack.factors.map((f) => Math.min(1, f.levels.length - 1));
    let el = await mount('<cg-form-picker></cg-form-picker>');
    const k = new Keys(el);
    for (const [i, f] of pack.factors.entries()) {
      await k.tabTo($(el, `input[name="f-${f.id}"]`));
      // In a group with nothing chosen, Tab lands on the first choice: Space takes it, each arrow the next.
      if (levels[i] === 0) await k.press('Space');
      else await k.press('ArrowDown', levels[i]);
    }
    await k.tabTo($(el, '.blend-words ~ button'));
    await k.press('Enter');
    const want = Object.fromEntries(pack.factors.map((f, i) => [f.id, f.levels[levels[i]].id]));
    expect(el.result.factors).to.deep.equal(want);
    expect(el.result.point).to.not.equal(null);
    el = await mount('<cg-form-picker></cg-form-picker>');
    const m = new Clicks(el);
    for (const [i, f] of pack.factors.entries()) await m.click($(el, `input[name="f-${f.id}"][value="${f.levels[levels[i]].id}"]`));
    await m.click($(el, '.blend-words ~ button'));
    expect(el.result.factors).to.deep.equal(want);
    record('Form picker: set the four factors and move your point to the reading', k.count, m.count);
  });

  it('form picker quiz: answer and check every case', async () => {
    const cases = pack.cases.filter((c) => c.governance);
    let el = await mount('<cg-form-picker mode="quiz" attempts="1"></cg-form-picker>');
    const k = new Keys(el);
    for (const c of cases) {
      const target = pack.forms.findIndex((f) => f.id === c.governance!.form);
      await k.tabTo($(el, `input[name="q-${c.id}"]`));
      if (target === 0) await k.press('Space');
      else await k.press('ArrowDown', target);
      await k.tabTo($(el, `li:has(#q-${c.id}) button.check`));
      await k.press('Enter');
    }
    expect(el.result.score.raw).to.equal(cases.length);
    el = await mount('<cg-form-picker mode="quiz" attempts="1"></cg-form-picker>');
    const m = new Clicks(el);
    for (const c of cases) {
      await m.click($(el, `input[name="q-${c.id}"][value="${c.governance!.form}"]`));
      await m.click($(el, `li:has(#q-${c.id}) button.check`));
    }
    expect(el.result.score.raw).to.equal(cases.length);
    record(`Quiz: answer and check ${cases.length} cases`, k.count, m.count);
  });

  it('table: highlight a row; step through every row one at a time', async () => {
    let el = await mount('<cg-table-comparator></cg-table-comparator>');
    const k = new Keys(el);
    await k.tabTo($(el, `[data-row="${rows[4].id}"] .hl-btn`));
    await k.press('Enter');
    expect(el.result.highlight).to.equal(rows[4].id);
    record('Table: highlight a row', k.count, 1);
    el = await mount('<cg-table-comparator></cg-table-comparator>');
    const k2 = new Keys(el);
    await k2.tabTo($(el, '.stepper > button'));
    await k2.press('Enter');
    await k2.tabTo($(el, '.next'));
    await k2.press('Enter', rows.length - 1);
    expect($(el, '.position')!.textContent).to.contain(`Row ${rows.length} of`);
    record(`Table: step through the ${rows.length} rows`, k2.count, rows.length);
  });

  it('sort: place every statement under its logic', async () => {
    let el = await mount('<cg-table-comparator mode="sort"></cg-table-comparator>');
    const k = new Keys(el);
    await k.tabTo($(el, `[data-id="${order[0].id}"] .choices button`));
    for (const st of order) {
      // Focus is on the card's first button (it moved there after the last placement).
      if (st.logic !== A.id) await k.press('Tab');
      await k.press('Enter');
      await el.updateComplete;
      await nextFrame();
    }
    expect(el.result.score.raw).to.equal(order.length);
    el = await mount('<cg-table-comparator mode="sort"></cg-table-comparator>');
    const m = new Clicks(el);
    for (const st of order) await m.click($(el, `[data-id="${st.id}"] button[data-logic="${st.logic}"]`));
    expect(el.result.score.raw).to.equal(order.length);
    record(`Sort: place ${order.length} statements`, k.count, m.count);
  });

  it('sort by row: choose each statement’s row and place it', async () => {
    let el = await mount('<cg-table-comparator mode="sort" sort-by="row"></cg-table-comparator>');
    const k = new Keys(el);
    await k.tabTo($(el, `[data-id="${order[0].id}"] select`));
    for (const st of order) {
      expect(k.active, 'focus on the card’s row select').to.equal($(el, `[data-id="${st.id}"] select`));
      await k.type(prefix(rows.find((r) => r.id === st.row)!.name));
      await k.press('Tab');
      if (st.logic !== A.id) await k.press('Tab');
      await k.press('Enter');
      await el.updateComplete;
      await nextFrame();
    }
    expect(el.result.score.raw).to.equal(order.length * 2);
    el = await mount('<cg-table-comparator mode="sort" sort-by="row"></cg-table-comparator>');
    const m = new Clicks(el);
    for (const st of order) {
      await m.choose($(el, `[data-id="${st.id}"] select`)!, st.row);
      await m.click($(el, `[data-id="${st.id}"] button[data-logic="${st.logic}"]`));
    }
    expect(el.result.score.raw).to.equal(order.length * 2);
    record(`Sort by row: place ${order.length} statements with their rows`, k.count, m.count);
  });

  it('case: place the case on every row', async () => {
    // Halfway towards the first logic on every row: Page Down twice (-40) and one arrow (-50) by keyboard, one click
    // on the track by mouse.
    let el = await mount('<cg-table-comparator mode="case" case="lsp"></cg-table-comparator>');
    const k = new Keys(el);
    for (const r of rows) {
      await k.tabTo($(el, `#r-${r.id}`));
      await k.press('PageDown', 2);
      await k.press('ArrowLeft');
    }
    expect(Object.values(el.result.cases.lsp.positions)).to.deep.equal(rows.map(() => -50));
    el = await mount('<cg-table-comparator mode="case" case="lsp"></cg-table-comparator>');
    const m = new Clicks(el);
    for (const r of rows) await m.click($(el, `#r-${r.id}`), 0.25);
    expect(Object.keys(el.result.cases.lsp.positions).length).to.equal(rows.length);
    record(`Case: place the case on ${rows.length} rows`, k.count, m.count, true);
  });

  it('tension sliders: place every tension', async () => {
    let el = await mount('<cg-tension-sliders></cg-tension-sliders>');
    const ids = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.bipolar input')].map((i) => i.id);
    const k = new Keys(el);
    for (const id of ids) {
      await k.tabTo($(el, `#${id}`));
      // A quarter towards the second pole: Page Up (+20) and one arrow (+5).
      await k.press('PageUp');
      await k.press('ArrowRight');
    }
    expect(el.result.touched.length).to.equal(ids.length);
    el = await mount('<cg-tension-sliders></cg-tension-sliders>');
    const m = new Clicks(el);
    for (const id of ids) await m.click($(el, `#${id}`), 0.62);
    expect(el.result.touched.length).to.equal(ids.length);
    record(`Tension sliders: place ${ids.length} tensions`, k.count, m.count, true);
  });
});
