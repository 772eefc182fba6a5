// WCAG 2.4.3 (focus order): after every kind of action a keyboard user can take, in every mode of every widget, at
// a wide and a narrow width, the focused element is still inside the widget, never the page's <body>; and across a
// resize through the table/cards switch the focused Highlight button is found again. Actions are taken with real
// key presses (sendKeys), as a student would.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { setStateStore } from '../../src/core/persistence.js';
import { focusables } from '../../src/core/focus.js';
import '../../src/index.js';
import { cleanSlate } from '../helpers/clean-slate.js';

type Widget = HTMLElement & { result: unknown; updateComplete: Promise<unknown> };

export const MODES = [
  '<cg-form-picker></cg-form-picker>',
  '<cg-form-picker case="city-governance"></cg-form-picker>',
  '<cg-form-picker mode="quiz"></cg-form-picker>',
  '<cg-table-comparator></cg-table-comparator>',
  '<cg-table-comparator mode="sort"></cg-table-comparator>',
  '<cg-table-comparator mode="sort" sort-by="row" feedback="check"></cg-table-comparator>',
  '<cg-table-comparator mode="case"></cg-table-comparator>',
  '<cg-table-comparator mode="case" case="lsp"></cg-table-comparator>',
  '<cg-tension-sliders tensions="goals,trust,leadership"></cg-tension-sliders>',
  '<cg-tension-sliders mode="compare" case="lsp" tensions="goals,trust"></cg-tension-sliders>',
];

let mounted = 0;
async function mount(markup: string, width: number): Promise<Widget> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.style.width = `${width}px`;
  wrap.innerHTML = markup.replace(/^<([\w-]+)/, `<$1 state-key="focus${++mounted}"`);
  const el = wrap.firstElementChild as Widget;
  await settle(el);
  return el;
}

/** Waits for the render, the resize observer's frame and the focus keeper's look after the browser's next render. */
async function settle(el: Widget): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

const inside = (el: Widget) => document.activeElement === el && !!el.shadowRoot!.activeElement;
const describeEl = (c: Element) =>
  `<${c.localName}${c.id ? '#' + c.id : ''}${c.className && typeof c.className === 'string' ? '.' + c.className.trim().replace(/\s+/g, '.') : ''}> "${(c.textContent ?? '').trim().slice(0, 40)}"`;

/** What a student presses on a control: Enter on a button or disclosure, an arrow on a choice or slider, a letter in a field. */
export function keyFor(c: HTMLElement): { press: string } | { type: string } {
  if (c instanceof HTMLTextAreaElement || (c instanceof HTMLInputElement && c.type === 'text')) return { type: 'a' };
  if (c instanceof HTMLInputElement && c.type === 'checkbox') return { press: 'Space' };
  if (c instanceof HTMLInputElement || c instanceof HTMLSelectElement || c.getAttribute('role') === 'slider') return { press: 'ArrowDown' };
  return { press: 'Enter' };
}

/** Controls that leave the page (a link, the print dialog, a download) are not pressed here. */
const leavesPage = (c: HTMLElement) => c.localName === 'a' || !!c.closest('.actions');

/** A kind of control: the same kind in another row or card is the same action. */
const kindOf = (c: HTMLElement) =>
  `${c.localName}.${[...c.classList].filter((x) => x !== 'unset').join('.')}[${c.getAttribute('type') ?? ''}]${c.getAttribute('aria-pressed') ?? ''}${c.closest('.zone') ? '@zone' : ''}`;

describe('focus stays inside the widget after every action (WCAG 2.4.3)', () => {
  cleanSlate();
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  beforeEach(() => setViewport({ width: 1200, height: 900 }));

  for (const width of [900, 360]) {
    for (const markup of MODES) {
      it(`${width}px: ${markup}`, async () => {
        const el = await mount(markup, width);
        const root = el.shadowRoot!;
        const tried = new Map<string, number>();
        let actions = 0;
        // Walk the controls in order; after each action the list is read again, as the page may have changed.
        for (let i = 0; i < 400 && actions < 80; i++) {
          const list = focusables(root).filter((c) => !leavesPage(c));
          if (i >= list.length) break;
          const c = list[i];
          const kind = kindOf(c);
          if ((tried.get(kind) ?? 0) >= 2) continue;
          tried.set(kind, (tried.get(kind) ?? 0) + 1);
          c.focus();
          if (root.activeElement !== c) continue;
          const what = describeEl(c);
          const key = keyFor(c);
          await sendKeys(key);
          await settle(el);
          actions++;
          expect(inside(el), `focus left the widget after ${JSON.stringify(key)} on ${what}: now on <${document.activeElement?.localName}>`).to.equal(true);
        }
        expect(actions, 'actions taken').to.be.above(3);
      });
    }
  }

  it('finds the focused Highlight button again when the table turns into cards and back', async () => {
    const el = await mount('<cg-table-comparator></cg-table-comparator>', 900);
    const root = el.shadowRoot!;
    const rowOf = () => root.activeElement?.closest('[data-row]')?.getAttribute('data-row');
    const button = root.querySelectorAll<HTMLButtonElement>('tr .hl-btn')[2];
    const row = button.closest('[data-row]')!.getAttribute('data-row');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(root.activeElement).to.equal(button);
    el.parentElement!.style.width = '360px';
    await settle(el);
    expect(root.querySelector('.cards'), 'cards shown').to.exist;
    expect(inside(el), 'focus inside after the switch to cards').to.equal(true);
    expect(root.activeElement!.matches('.card .hl-btn')).to.equal(true);
    expect(rowOf()).to.equal(row);
    expect(root.activeElement!.getAttribute('aria-pressed')).to.equal('true');
    el.parentElement!.style.width = '900px';
    await settle(el);
    expect(root.querySelector('table')).to.exist;
    expect(root.activeElement!.matches('tr .hl-btn')).to.equal(true);
    expect(rowOf()).to.equal(row);
  });

  it('keeps the same case select while the student arrows through its cases', async () => {
    const el = await mount('<cg-table-comparator mode="case"></cg-table-comparator>', 900);
    const root = el.shadowRoot!;
    const select = root.querySelector<HTMLSelectElement>('#case-pick')!;
    select.focus();
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(root.activeElement, `still on the select after ${i + 1} presses`).to.equal(select);
      seen.push(root.querySelector('h3')!.textContent!);
    }
    expect(new Set(seen).size).to.equal(3);
  });

  it('keeps focus on "Show all rows" once it has shown them all', async () => {
    const el = await mount('<cg-table-comparator></cg-table-comparator>', 900);
    const root = el.shadowRoot!;
    root.querySelector<HTMLElement>('.picker summary')!.click();
    await settle(el);
    root.querySelector<HTMLInputElement>('.checks input')!.click();
    await settle(el);
    const all = root.querySelector<HTMLButtonElement>('.picker button')!;
    all.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect((el.result as { shownRows: string[] }).shownRows.length).to.equal(root.querySelectorAll('.checks input').length);
    expect(root.activeElement).to.equal(all);
    expect(all.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(root.activeElement).to.equal(all);
  });

  it("moves focus into the widget when the storage notice's Dismiss removes it", async () => {
    setStateStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    for (const tag of ['cg-form-picker', 'cg-table-comparator', 'cg-tension-sliders']) {
      const el = await mount(`<${tag}></${tag}>`, 900);
      const dismiss = el.shadowRoot!.querySelector<HTMLButtonElement>('.notice button')!;
      dismiss.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.shadowRoot!.querySelector('.notice'), tag).to.equal(null);
      expect(inside(el), `${tag}: focus inside after Dismiss`).to.equal(true);
    }
  });
});
