import { expect } from '@open-wc/testing';
import { $, $$, A, B, click, mount, pack, record, text, type El } from './helpers.js';

const rows = pack.comparison.rows;
const lsp = pack.cases.find((c) => c.id === 'lsp')!;
const range = (el: El, row: string) => $<HTMLInputElement>(el, `#r-${row}`)!;
async function slide(el: El, row: string, value: number) {
  const input = range(el, row);
  input.value = String(value);
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('cg-table-comparator: case mode', () => {
  beforeEach(() => localStorage.clear());

  it('offers a case picker when no case is set', async () => {
    const el = await mount('mode="case"', 900, 'pick');
    const select = $<HTMLSelectElement>(el, '#case-pick')!;
    expect($$(el, '#case-pick option').length).to.equal(pack.cases.length + 1);
    await expect(el).to.be.accessible();
    select.value = 'lsp';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(el, 'h3')).to.equal(lsp.name);
    expect($$(el, 'input[type="range"]').length).to.equal(rows.length);
    expect((await mount('mode="case"', 900, 'pick')).shadowRoot!.querySelector('h3')!.textContent).to.equal(lsp.name);
  });

  it('places the case on a labelled scale per row, in words naming the logics', async () => {
    const el = await mount('mode="case" case="lsp"');
    const events = record(el);
    const input = range(el, 'power');
    expect(input.labels![0].textContent).to.contain(rows.find((r) => r.id === 'power')!.name);
    expect(input.getAttribute('aria-valuetext')).to.equal('Not placed yet');
    await slide(el, 'power', -50);
    expect(range(el, 'power').getAttribute('aria-valuetext')).to.equal(`Mostly ${A.name}`);
    await slide(el, 'power', 80);
    expect(range(el, 'power').getAttribute('aria-valuetext')).to.equal(`Strongly ${B.name}`);
    await slide(el, 'power', 10);
    expect(range(el, 'power').getAttribute('aria-valuetext')).to.equal(`In between ${A.name} and ${B.name}`);
    expect(el.result.cases.lsp.positions).to.deep.equal({ power: 10 });
    expect(events.filter((e) => e.type === 'cg-change').length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('records "in between" (the centre) apart from "not placed yet"', async () => {
    const el = await mount('mode="case" case="lsp"');
    const events = record(el);
    const row = el.shadowRoot!.querySelector('[data-row="trust"]')!;
    expect(range(el, 'trust').classList.contains('unset')).to.equal(true);
    const button = row.querySelector<HTMLButtonElement>('button.between')!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('It sits in between: Trust and distrust');
    button.focus();
    await click(el, button);
    await el.updateComplete;
    expect(el.result.cases.lsp.positions).to.deep.equal({ trust: 0 });
    expect(range(el, 'trust').classList.contains('unset')).to.equal(false);
    expect(range(el, 'trust').getAttribute('aria-valuetext')).to.equal(`In between ${A.name} and ${B.name}`);
    expect(row.querySelector('button.between'), 'the button goes once placed').to.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus on the slider').to.equal(range(el, 'trust'));
    expect(text(el, '.summary')).to.contain('(1 of');
    expect(events.filter((e) => e.type === 'cg-change').length).to.equal(1);
  });

  it('summarises where the case leans and where it is mixed', async () => {
    const el = await mount('mode="case" case="lsp"');
    expect(text(el, '.summary')).to.contain('at least one row');
    await slide(el, 'definition', -80);
    await slide(el, 'lead', -90);
    await slide(el, 'power', 40);
    await slide(el, 'trust', 0);
    const summary = text(el, '.summary');
    expect(summary).to.contain(`leans to ${A.name}. (4 of ${rows.length} rows placed)`);
    expect($$(el, '.summary li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      `Power asymmetries: towards ${B.name}`,
      'Trust and distrust: in between',
    ]);
  });

  it('saves notes as the student types, and restores notes and positions', async () => {
    const el = await mount('mode="case" case="lsp"', 900, 'notes');
    await slide(el, 'goals', -60);
    const note = $<HTMLTextAreaElement>(el, '#n-goals')!;
    expect(note.labels![0].textContent).to.contain('Goals and values');
    note.value = 'Targets come from the national strategy';
    note.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const again = await mount('mode="case" case="lsp"', 900, 'notes');
    expect($<HTMLTextAreaElement>(again, '#n-goals')!.value).to.equal('Targets come from the national strategy');
    expect(range(again, 'goals').value).to.equal('-60');
    expect(again.result.cases).to.deep.equal({ lsp: { positions: { goals: -60 }, notes: { goals: 'Targets come from the national strategy' } } });
  });

  it('shows the reference only on rows the student has placed, on the same scale, with the reasons and sources', async () => {
    const el = await mount('mode="case" case="lsp"');
    expect($$(el, '.ref').length).to.equal(0);
    await click(el, $(el, '.summary button')!);
    expect($(el, '.summary button')!.getAttribute('aria-pressed')).to.equal('true');
    // Nothing placed: no reference anywhere, not even the summary's lean.
    expect(text(el, '[data-row="lead"] .ref')).to.equal('Place this row first: then the reference reading appears on the same scale, with the reasons for it.');
    expect(text(el, '.case-rows')).not.to.contain('Reference reading:');
    expect($$(el, '.bipolar .mark')).to.have.length(0);
    expect(text(el, '.summary')).to.contain('Place the case on a row to compare').and.not.contain('leans to');
    await slide(el, 'lead', -20);
    const ref = text(el, '[data-row="lead"] .ref');
    expect(ref).to.contain(`Reference reading: Strongly ${A.name}`);
    const cell = rows.find((r) => r.id === 'lead')!.cells.find((c) => c.logic === A.id)!;
    expect(ref).to.contain(`Why: this project reads the case as closer to ${A.name} here, where: ${cell.text}`).and.contain('(Vangen, Hayes & Cornforth 2015)').and.contain('(Vangen, Potter & Jacklin-Jarvis 2017)');
    expect($$(el, '.bipolar .mark')).to.have.length(1);
    expect(text(el, '[data-row="power"] .ref')).to.contain('Place this row first');
    // The reference's summary covers the placed row only.
    expect(text(el, '.summary')).to.contain('The reference reading, over the rows you placed').and.contain(`leans strongly to ${A.name}`);
    // Drawn where the slider's thumb would be at the reference value (-80).
    const input = range(el, 'lead');
    const box = input.getBoundingClientRect();
    const mark = $(el, '[data-row="lead"] .mark')!.getBoundingClientRect();
    const thumb = parseFloat(getComputedStyle(input).fontSize) * 1.75;
    expect(Math.abs(mark.left + mark.width / 2 - (box.left + thumb / 2 + (box.width - thumb) * 0.1))).to.be.below(2);
    await expect(el).to.be.accessible();
  });

  it('fires one cg-change for a run of arrow keys on a row, and one for a typed note', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    const el = await mount('mode="case" case="lsp"');
    const events = record(el);
    range(el, 'goals').focus();
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowLeft' });
    expect(events.filter((e) => e.type === 'cg-change')).to.have.length(0);
    await sendKeys({ press: 'Tab' });
    expect(events.filter((e) => e.type === 'cg-change')).to.have.length(1);
    // The note is a disclosure (closed while empty): opened first, as a student does.
    $<HTMLTextAreaElement>(el, '#n-goals')!.closest('details')!.open = true;
    $<HTMLTextAreaElement>(el, '#n-goals')!.focus();
    await sendKeys({ type: 'Set by policy' });
    expect(events.filter((e) => e.type === 'cg-change')).to.have.length(1);
    await sendKeys({ press: 'Tab' });
    const changes = events.filter((e) => e.type === 'cg-change');
    expect(changes).to.have.length(2);
    expect(changes[1].detail.result.cases.lsp).to.deep.equal({ positions: { goals: -50 }, notes: { goals: 'Set by policy' } });
  });

  it('names an unknown case in an error panel', async () => {
    const el = await mount('mode="case" case="nope"');
    const alert = text(el, '[role="alert"]');
    expect(alert).to.contain('case').and.contain('"nope"').and.contain('lsp');
    await expect(el).to.be.accessible();
  });

  it('shows the invalid-pack panel instead of a blank widget', async () => {
    const warn = console.warn;
    console.warn = () => {};
    const el = await mount('');
    el.content = { comparison: { statements: [{ id: 'x', text: 'T', logic: 'nope', row: 'definition', explanation: { text: 'E', cite: ['vangen-hayes-cornforth-2015'] } }] } };
    await el.updateComplete;
    console.warn = warn;
    expect(text(el, '[role="alert"]')).to.contain('comparison.statements');
  });
});
