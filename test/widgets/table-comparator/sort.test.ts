import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { mixedOrder } from '../../../src/model/table-sort.js';
import { $, $$, A, B, click, mount, pack, record, text, type El } from './helpers.js';

const order = mixedOrder(pack.comparison.statements);
const total = order.length;
const card = (el: El, id: string) => $(el, `[data-id="${id}"]`)!;
const logicButton = (el: El, id: string, logic: string) => card(el, id).querySelector<HTMLButtonElement>(`button[data-logic="${logic}"]`)!;
const other = (logic: string) => (logic === A.id ? B.id : A.id);
const centre = (e: Element) => {
  const r = e.getBoundingClientRect();
  return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + Math.min(r.height / 2, 40)) };
};

/** Touch drag with pointer events, as a phone sends them. */
function touchDrag(el: El, id: string, zone: Element, end: 'pointerup' | 'pointercancel' = 'pointerup', handle = '.grip') {
  const grip = card(el, id).querySelector(handle)!;
  const from = centre(grip);
  const to = centre(zone);
  const ev = (type: string, p: { x: number; y: number }) =>
    new PointerEvent(type, { pointerId: 7, pointerType: 'touch', isPrimary: true, clientX: p.x, clientY: p.y, bubbles: true, composed: true, cancelable: true });
  grip.dispatchEvent(ev('pointerdown', from));
  grip.dispatchEvent(ev('pointermove', { x: from.x + 5, y: from.y + 20 }));
  grip.dispatchEvent(ev('pointermove', to));
  grip.dispatchEvent(ev(end, to));
}

describe('cg-table-comparator: sort mode', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setViewport({ width: 1000, height: 1800 });
  });

  it('sorts by the buttons named after the logics, with instant feedback, score and focus moving on', async () => {
    const el = await mount('mode="sort"');
    const events = record(el);
    expect($$(el, '.pool .stmt').length).to.equal(3);
    expect(text(el, '.pool h3')).to.contain(`${total} left`);
    const [s1, s2] = order;
    const group = card(el, s1.id).querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-labelledby')).to.contain(`st-${s1.id}`);
    expect([...group.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([A.name, B.name]);
    logicButton(el, s1.id, s1.logic).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(card(el, s1.id).closest('[data-zone]')!.getAttribute('data-zone')).to.equal(s1.logic);
    expect(card(el, s1.id).querySelector('.fb')!.textContent).to.contain('Right.').and.contain(s1.explanation.text);
    expect(events.find((e) => e.type === 'cg-score')!.detail).to.deep.equal({ raw: 1, max: total, attempt: 1 });
    expect(text(el, '[role="status"]')).to.contain(s1.text).and.contain('Right.').and.contain(s1.explanation.text).and.contain(`Score: 1 of ${total}.`);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(logicButton(el, s2.id, A.id));
    await click(el, logicButton(el, s2.id, other(s2.logic)));
    const fb = card(el, s2.id).querySelector('.fb')!;
    expect(fb.classList.contains('bad')).to.equal(true);
    expect(fb.textContent).to.contain('Not quite').and.contain(s2.explanation.text);
    expect(text(el, '.score')).to.equal(`Score: 1 of ${total}`);
    expect(text(el, '[role="status"]')).to.contain(s2.text).and.contain(`Not quite: this shows ${s2.logic === A.id ? A.name : B.name}.`).and.contain(s2.explanation.text);
    expect(el.result.answers).to.deep.equal({ [s1.id]: s1.logic, [s2.id]: other(s2.logic) });
    await expect(el).to.be.accessible();
  });

  it('instant feedback: after "Not quite" the statement stays put, by button, drag or reload, and the score never rises', async () => {
    const el = await mount('mode="sort"', 900, 'inflate');
    const events = record(el);
    const [s1] = order;
    await click(el, logicButton(el, s1.id, other(s1.logic)));
    expect(text(el, `[data-id="${s1.id}"] .fb`)).to.contain('Not quite');
    // The card keeps no way to move it: no buttons, no grip, no row select.
    expect(card(el, s1.id).querySelectorAll('button, select, .grip')).to.have.length(0);
    expect(text(el, `[data-id="${s1.id}"] .placed`)).to.equal(`Placed under ${s1.logic === A.id ? B.name : A.name}.`);
    // A drag from anywhere on the judged card places nothing.
    touchDrag(el, s1.id, $(el, `[data-zone="${s1.logic}"]`)!, 'pointerup', '.stmt-head');
    await el.updateComplete;
    expect(el.result.answers[s1.id]).to.equal(other(s1.logic));
    expect(el.result.score.raw).to.equal(0);
    const again = await mount('mode="sort"', 900, 'inflate');
    expect(card(again, s1.id).querySelectorAll('button, select, .grip')).to.have.length(0);
    expect(again.result.score.raw).to.equal(0);
    expect(events.filter((e) => e.type === 'cg-score').every((e) => e.detail.raw === 0)).to.equal(true);
  });

  it('completes with cg-complete when every statement is judged; the summary takes the focus, Try again asks first', async () => {
    const el = await mount('mode="sort"');
    const done = oneEvent(el, 'cg-complete');
    for (const [i, s] of order.entries()) await click(el, logicButton(el, s.id, i % 4 === 0 ? other(s.logic) : s.logic));
    const wrong = order.filter((_, i) => i % 4 === 0);
    const { detail } = await done;
    expect(detail.attempt).to.equal(1);
    expect(detail.result.complete).to.equal(true);
    expect(detail.result.score).to.deep.equal({ raw: total - wrong.length, max: total });
    expect(text(el, '.done')).to.contain(`${total - wrong.length} of ${total}`);
    expect(text(el, '.pool')).to.contain('All statements are placed');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#end-h'));
    expect(text(el, '[role="status"]')).to.contain(`Finished: ${total - wrong.length} of ${total} points.`);
    const lists = $$(el, '.end-summary .summary-items');
    expect([...lists[1].querySelectorAll('a')].map((a) => a.textContent!.trim())).to.deep.equal(wrong.map((s) => s.text));
    lists[1].querySelector('a')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(card(el, wrong[0].id));
    await expect(el).to.be.accessible();
    await click(el, $(el, '.end-summary .retry'));
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.retry-yes'));
    await click(el, $(el, '.retry-no'));
    expect(Object.keys(el.result.answers)).to.have.length(total);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.end-summary .retry'));
    const events = record(el);
    await click(el, $(el, '.end-summary .retry'));
    await click(el, $(el, '.retry-yes'));
    await el.updateComplete;
    expect(el.result.answers).to.deep.equal({});
    expect(el.result.attempt).to.equal(2);
    expect(el.result.previous).to.deep.equal([{ raw: total - wrong.length, max: total }]);
    expect(el.result.grade).to.deep.equal({ raw: total - wrong.length, max: total });
    expect(events.some((e) => e.type === 'cg-score')).to.equal(false);
    expect($$(el, '.pool .stmt').length).to.equal(3);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.pool .stmt button'));
    expect(text(el, '[role="status"]')).to.contain('Attempt 2 started');
  });

  it('gives feedback and the score only on Check with feedback="check"; checked statements can no longer move', async () => {
    const el = await mount('mode="sort" feedback="check"');
    const events = record(el);
    const [s1, s2, s3] = order;
    await click(el, logicButton(el, s1.id, s1.logic));
    await click(el, logicButton(el, s2.id, other(s2.logic)));
    expect($$(el, '.fb').length).to.equal(0);
    expect($(el, '.score')).to.equal(null);
    expect(events.some((e) => e.type === 'cg-score')).to.equal(false);
    // Before Check a placement can still move.
    await click(el, logicButton(el, s3.id, s3.logic));
    await click(el, logicButton(el, s3.id, other(s3.logic)));
    expect(el.result.answers[s3.id]).to.equal(other(s3.logic));
    $(el, 'button.check')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, '.fb').length).to.equal(3);
    expect(text(el, '.score')).to.equal(`Score: 1 of ${total}`);
    expect(events.filter((e) => e.type === 'cg-score').map((e) => e.detail)).to.deep.equal([{ raw: 1, max: total, attempt: 1 }]);
    expect(events.some((e) => e.type === 'cg-complete')).to.equal(false);
    const said = text(el, '[role="status"]');
    expect(said).to.contain('Checked 3 statements: 1 right.').and.contain(`“${s2.text}”: Not quite`).and.contain(s2.explanation.text).and.contain(`Score: 1 of ${total}.`);
    expect(el.shadowRoot!.activeElement === $(el, 'button.check'), 'the focus stays on Check').to.equal(true);
    await expect(el).to.be.accessible();
    // Moving a wrong card after Check is not possible, and Check again changes nothing.
    expect(card(el, s2.id).querySelectorAll('button')).to.have.length(0);
    await click(el, $(el, 'button.check'));
    expect(text(el, '[role="status"]')).to.contain('Nothing new to check');
    expect(events.filter((e) => e.type === 'cg-score')).to.have.length(1);
    expect(el.result.score).to.deep.equal({ raw: 1, max: total });
  });

  it('feedback="check", the report\'s case: 10 of 20 after Check, and no move of a wrong card makes it 11', async () => {
    const el = await mount('mode="sort" feedback="check"');
    const events = record(el);
    for (const [i, s] of order.entries()) await click(el, logicButton(el, s.id, i % 2 ? other(s.logic) : s.logic));
    await click(el, $(el, 'button.check'));
    const half = order.filter((_, i) => i % 2 === 0).length;
    expect(el.result.score).to.deep.equal({ raw: half, max: total });
    expect(el.result.complete).to.equal(true);
    for (const s of order.filter((_, i) => i % 2)) {
      expect(card(el, s.id).querySelectorAll('button, select, .grip'), s.id).to.have.length(0);
      touchDrag(el, s.id, $(el, `[data-zone="${s.logic}"]`)!, 'pointerup', '.stmt-head');
    }
    await el.updateComplete;
    expect(el.result.score).to.deep.equal({ raw: half, max: total });
    expect(Math.max(...events.filter((e) => e.type === 'cg-score').map((e) => e.detail.raw))).to.equal(half);
    expect(events.filter((e) => e.type === 'cg-complete')).to.have.length(1);
  });

  it('asks for the row too with sort-by="row", scoring logic and row apart', async () => {
    const el = await mount('mode="sort" sort-by="row"');
    const [s1] = order;
    await click(el, logicButton(el, s1.id, s1.logic));
    expect(el.shadowRoot!.activeElement).to.equal(card(el, s1.id).querySelector('select'));
    expect(el.result.answers).to.deep.equal({});
    const select = card(el, s1.id).querySelector('select')!;
    const wrongRow = pack.comparison.rows.find((r) => r.id !== s1.row)!;
    select.value = wrongRow.id;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.result.answers).to.deep.equal({ [s1.id]: `${s1.logic}/${wrongRow.id}` });
    expect(el.result.score).to.deep.equal({ raw: 1, max: total * 2 });
    expect(text(el, `[data-id="${s1.id}"] .fb`)).to.contain('Right logic').and.contain('belongs to the row');
    expect(text(el, '[role="status"]')).to.contain('Right logic.').and.contain('belongs to the row');
    // Judged, the card has no controls left; the focus went on to the next statement, not to the page.
    expect(card(el, s1.id).querySelectorAll('button, select')).to.have.length(0);
    await el.updateComplete;
    // Sorting by row, the next card's first control is its row select.
    expect(el.shadowRoot!.activeElement === card(el, order[1].id).querySelector('select'), 'focus on the next card’s select').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('by row, by keyboard: the row select comes before the buttons, and focus moves on to the next card’s select', async () => {
    const el = await mount('mode="sort" sort-by="row"');
    const [s1, s2] = order;
    const select = card(el, s1.id).querySelector('select')!;
    const controls = [...card(el, s1.id).querySelectorAll('select, button')];
    expect(controls[0], 'the select first').to.equal(select);
    select.focus();
    const rowIndex = pack.comparison.rows.findIndex((r) => r.id === s1.row);
    for (let i = 0; i <= rowIndex; i++) await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement, 'focus stays on the select while choosing').to.equal(select);
    await sendKeys({ press: 'Tab' });
    if (s1.logic !== A.id) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.result.answers).to.deep.equal({ [s1.id]: `${s1.logic}/${s1.row}` });
    expect(el.shadowRoot!.activeElement).to.equal(card(el, s2.id).querySelector('select'));
  });

  it('sorts by mouse drag with real pointer input', async () => {
    const el = await mount('mode="sort"');
    const [s1] = order;
    const from = centre(card(el, s1.id).querySelector('.grip')!);
    const to = centre($(el, `[data-zone="${B.id}"]`)!);
    await sendMouse({ type: 'move', position: [from.x, from.y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from.x + 10, from.y + 30] });
    await sendMouse({ type: 'move', position: [to.x, to.y] });
    expect($(el, `[data-zone="${B.id}"]`)!.classList.contains('over')).to.equal(true);
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(el.result.answers[s1.id]).to.equal(B.id);
    expect(card(el, s1.id).closest('[data-zone]')!.getAttribute('data-zone')).to.equal(B.id);
    expect(card(el, s1.id).style.transform).to.equal('');
  });

  it('sorts by touch drag (pointerType touch), and a cancelled touch places nothing', async () => {
    const el = await mount('mode="sort"', 360);
    const [s1, s2] = order;
    const grip = card(el, s1.id).querySelector('.grip')!;
    expect(getComputedStyle(grip).touchAction).to.equal('none');
    touchDrag(el, s2.id, $(el, `[data-zone="${A.id}"]`)!, 'pointercancel');
    await el.updateComplete;
    expect(el.result.answers).to.deep.equal({});
    const change = oneEvent(el, 'cg-change');
    touchDrag(el, s1.id, $(el, `[data-zone="${A.id}"]`)!);
    await change;
    await el.updateComplete;
    expect(el.result.answers[s1.id]).to.equal(A.id);
    expect(card(el, s1.id).closest('[data-zone]')!.getAttribute('data-zone')).to.equal(A.id);
    await expect(el).to.be.accessible();
  });

  it('restores placements, what was checked and the score after a reload', async () => {
    const el = await mount('mode="sort" feedback="check"', 900, 'keep');
    const [s1, s2] = order;
    await click(el, logicButton(el, s1.id, s1.logic));
    await click(el, logicButton(el, s2.id, s2.logic));
    await click(el, $(el, 'button.check'));
    const again = await mount('mode="sort" feedback="check"', 900, 'keep');
    expect(again.result.answers).to.deep.equal({ [s1.id]: s1.logic, [s2.id]: s2.logic });
    expect(text(again, '.score')).to.equal(`Score: 2 of ${total}`);
    expect($$(again, '.fb.good').length).to.equal(2);
  });

  it('shows an error panel for an unknown feedback or sort-by value', async () => {
    const el = await mount('mode="sort" feedback="later"');
    expect(text(el, '[role="alert"]')).to.contain('feedback').and.contain('"later"');
    const bad = await mount('mode="sorting"');
    expect(text(bad, '[role="alert"]')).to.contain('mode').and.contain('table, sort, case');
  });
});
