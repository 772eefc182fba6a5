import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { citeLabel } from '../../../src/model/cite.js';
import { $, $$, A, B, click, mount, pack, record, text } from './helpers.js';

const rows = pack.comparison.rows;

describe('cg-table-comparator: table view', () => {
  beforeEach(() => localStorage.clear());

  it('shows a real table: caption, a column header per logic and a row header per row, with citations', async () => {
    const el = await mount('');
    expect(text(el, 'table caption')).to.equal(pack.comparison.title);
    // The last column holds the Highlight buttons (its header is for screen readers), so a row header is the row's name alone.
    expect($$(el, 'thead th[scope="col"]').map((th) => th.textContent!.trim())).to.deep.equal(['Issue', A.name, B.name, 'Highlight']);
    const heads = $$(el, 'tbody th[scope="row"]');
    expect(heads.length).to.equal(rows.length);
    expect(heads[3].textContent!.trim()).to.equal(rows[3].name);
    const cell = $$(el, 'tbody tr')[3].querySelectorAll('td')[1];
    const gc = rows[3].cells.find((c) => c.logic === B.id)!;
    expect(cell.textContent).to.contain(gc.text).and.contain(citeLabel(pack, gc.cite));
    expect($(el, '.cards')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('works from the pack: a lecturer’s own rows replace the default ones', async () => {
    const el = await mount('');
    el.content = {
      replace: ['rows', 'statements'],
      comparison: {
        rows: [{ id: 'only', name: 'Only row', kind: 'design', cells: [{ logic: A.id, text: 'Left', cite: ['vangen-hayes-cornforth-2015'] }, { logic: B.id, text: 'Right', cite: ['vangen-hayes-cornforth-2015'] }] }],
        statements: [],
      },
    };
    await el.updateComplete;
    expect($$(el, 'tbody th').map((th) => th.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Only row']);
    expect(text(el, 'tbody td')).to.contain('Left');
  });

  it('switches to one card per row holding both logics in a narrow container, and back', async () => {
    const el = await mount('', 320);
    await waitUntil(() => $(el, '.cards'), 'cards shown');
    expect($(el, 'table')).to.equal(null);
    const cards = $$(el, '.card');
    expect(cards.length).to.equal(rows.length);
    expect([...cards[0].querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal([A.name, B.name]);
    expect(cards[0].textContent).to.contain(citeLabel(pack, rows[0].cells[0].cite));
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
    el.parentElement!.style.width = '900px';
    await waitUntil(() => $(el, 'table'), 'table back');
  });

  it('lets the student choose rows to show, and keeps the choice', async () => {
    const el = await mount('', 900, 'rows');
    const events = record(el);
    const boxes = $$<HTMLInputElement>(el, '.checks input');
    expect(boxes.length).to.equal(rows.length);
    await click(el, boxes[1]);
    await click(el, boxes[2]);
    expect($$(el, 'tbody tr').length).to.equal(rows.length - 2);
    expect(text(el, '.picker summary')).to.contain(`${rows.length - 2} of ${rows.length}`);
    expect(el.result.shownRows).to.not.include(rows[1].id);
    expect(events.filter((e) => e.type === 'cg-change').length).to.equal(2);
    const again = await mount('', 900, 'rows');
    expect($$(again, 'tbody tr').length).to.equal(rows.length - 2);
    await click(again, $(again, '.picker fieldset button'));
    expect($$(again, 'tbody tr').length).to.equal(rows.length);
  });

  it('says so when no row is chosen', async () => {
    const el = await mount('');
    for (const box of $$<HTMLInputElement>(el, '.checks input')) await click(el, box);
    expect($(el, 'table')).to.equal(null);
    expect(text(el, '.empty')).to.contain('No rows are chosen');
  });

  it('highlights a row', async () => {
    const el = await mount('');
    const btn = $$(el, '.hl-btn')[4];
    await click(el, btn);
    expect($$(el, 'tbody tr')[4].classList.contains('hl')).to.equal(true);
    expect($$(el, '.hl-btn')[4].getAttribute('aria-pressed')).to.equal('true');
    expect(el.result.highlight).to.equal(rows[4].id);
    await click(el, $$(el, '.hl-btn')[4]);
    expect($$(el, 'tr.hl').length).to.equal(0);
  });

  it('steps through the shown rows one at a time with the position announced', async () => {
    const el = await mount('');
    await click(el, $$<HTMLInputElement>(el, '.checks input')[0]);
    await click(el, $(el, '.stepper > button'));
    expect($$(el, 'tbody tr').length).to.equal(1);
    const pos = $(el, '.position')!;
    // Said once, by the widget's one status region (the position line itself is not live).
    expect(pos.getAttribute('aria-live')).to.equal(null);
    expect(pos.textContent).to.equal(`Row 1 of ${rows.length - 1}: ${rows[1].name}`);
    expect(text(el, '[role="status"]')).to.equal(`Row 1 of ${rows.length - 1}: ${rows[1].name}.`);
    $(el, '.next')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(el, '.position')).to.equal(`Row 2 of ${rows.length - 1}: ${rows[2].name}`);
    expect(text(el, '[role="status"]')).to.equal(`Row 2 of ${rows.length - 1}: ${rows[2].name}.`);
    expect(text(el, 'tbody th')).to.contain(rows[2].name);
    await click(el, $(el, '.prev'));
    await click(el, $(el, '.prev'));
    expect(text(el, '.position')).to.contain(`Row ${rows.length - 1} of ${rows.length - 1}`);
    await expect(el).to.be.accessible();
    await click(el, $(el, '.stepper > button'));
    expect($$(el, 'tbody tr').length).to.equal(rows.length - 1);
    await nextFrame();
  });
});
