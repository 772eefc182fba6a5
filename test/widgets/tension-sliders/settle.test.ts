// One settled change, one event: a slider drag, a run of arrow keys or a typed note each fire one `cg-change` (and
// so one xAPI `interacted`), carrying the last value, however many input steps they took.
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { CgTensionSliders } from '../../../src/widgets/tension-sliders/index.js';
import type { XapiStatement } from '../../../src/lms/xapi.js';
import { Settler } from '../../../src/core/settle.js';

const slider = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#s-${id}`)!;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let n = 0;
async function make(attrs = 'tensions="goals,trust,power"') {
  const el = await fixture<CgTensionSliders>(`<cg-tension-sliders state-key="settle${++n}" ${attrs}></cg-tension-sliders>`);
  const changes: CustomEvent[] = [];
  const statements: XapiStatement[] = [];
  let inputs = 0;
  el.addEventListener('cg-change', (e) => changes.push(e as CustomEvent));
  el.addEventListener('cg-xapi', (e) => statements.push(e.detail));
  el.shadowRoot!.addEventListener('input', () => inputs++);
  return { el, changes, statements, inputs: () => inputs };
}

describe('<cg-tension-sliders>: cg-change once per settled change', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setViewport({ width: 800, height: 900 });
  });
  afterEach(() => fixtureCleanup());

  it('a mouse drag across the slider fires one cg-change and one interacted statement, with the released value', async () => {
    const { el, changes, statements, inputs } = await make();
    const input = slider(el, 'goals');
    input.scrollIntoView({ block: 'center' });
    const r = input.getBoundingClientRect();
    const y = Math.round(r.top + r.height / 2);
    await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), y] });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 17; i++) await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2 + (i * (r.width / 2 - 20)) / 17), y] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(inputs(), 'the drag went through many steps').to.be.greaterThan(8);
    expect(changes).to.have.length(1);
    expect(changes[0].detail.result.positions.goals).to.equal(Number(input.value));
    expect(Number(input.value)).to.be.greaterThan(70);
    expect(statements.filter((s) => s.verb.display['en-US'] === 'interacted')).to.have.length(1);
  });

  it('a run of arrow keys is one change, fired when the keys stop or at once when focus moves on', async () => {
    const { el, changes } = await make();
    slider(el, 'trust').focus();
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(changes).to.have.length(0);
    expect(el.result.positions.trust, 'the work is already there').to.equal(30);
    await wait(Settler.KEY_MS + 150);
    expect(changes).to.have.length(1);
    expect(changes[0].detail.result.positions.trust).to.equal(30);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Tab' });
    expect(changes).to.have.length(2);
    expect(changes[1].detail.result.positions.trust).to.equal(25);
  });

  it('a typed note is one change after a pause; leaving the page first still sends the last text', async () => {
    const { el, changes } = await make();
    // The note is a disclosure (closed while empty): opened first, as a student does.
    el.shadowRoot!.querySelector<HTMLTextAreaElement>('#n-goals')!.closest('details')!.open = true;
    el.shadowRoot!.querySelector<HTMLTextAreaElement>('#n-goals')!.focus();
    await sendKeys({ type: 'Aims drift' });
    expect(changes).to.have.length(0);
    await wait(Settler.TYPE_MS + 200);
    expect(changes).to.have.length(1);
    expect(changes[0].detail.result.notes.goals).to.equal('Aims drift');
    await sendKeys({ type: ' apart' });
    dispatchEvent(new Event('pagehide'));
    expect(changes).to.have.length(2);
    expect(changes[1].detail.result.notes.goals).to.equal('Aims drift apart');
  });

  it('nine sliders each dragged fire nine cg-change events, not one per step', async () => {
    const { el, changes, inputs } = await make('');
    for (const input of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=range]')) {
      input.scrollIntoView({ block: 'center' });
      const r = input.getBoundingClientRect();
      const y = Math.round(r.top + r.height / 2);
      await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), y] });
      await sendMouse({ type: 'down' });
      for (let i = 1; i <= 6; i++) await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2 - i * 25), y] });
      await sendMouse({ type: 'up' });
    }
    await el.updateComplete;
    expect(inputs()).to.be.greaterThan(30);
    expect(changes).to.have.length(9);
  });
});
