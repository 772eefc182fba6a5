// Storage faults at the widget level: storage that throws or is full, damaged saved work and saved work from a
// newer version. Every widget keeps working, tells the student, and never writes over saved work it could not read.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setStateStore } from '../../src/core/persistence.js';
import '../../src/index.js';
import { cleanSlate } from '../helpers/clean-slate.js';

type Widget = HTMLElement & { result: unknown; updateComplete: Promise<unknown> };
const TAGS = ['cg-form-picker', 'cg-table-comparator', 'cg-tension-sliders'] as const;

async function mount(tag: string): Promise<Widget> {
  const wrap = await fixture(html`<div></div>`);
  const el = document.createElement(tag) as Widget;
  el.setAttribute('state-key', 'faults');
  wrap.append(el);
  await el.updateComplete;
  return el;
}

/** Operates the widget's first visible control (not the notice's) by keyboard, as a student would. */
async function operate(el: Widget): Promise<void> {
  const controls = el.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLButtonElement>(
    'input[type=radio], input[type=range], input[type=checkbox], button',
  );
  // The first that really takes focus (a control inside a closed <details> does not), and changes the result.
  const control = [...controls].find((c) => {
    if (c.closest('.notice, .help-bar') || c.textContent?.includes('One row')) return false;
    c.focus();
    return el.shadowRoot!.activeElement === c;
  })!;
  await sendKeys({ press: control instanceof HTMLInputElement && control.type !== 'checkbox' ? 'ArrowRight' : 'Space' });
  await el.updateComplete;
}
const notice = (el: Widget) => el.shadowRoot!.querySelector('.notice')?.textContent ?? '';

describe('widgets under storage faults', () => {
  cleanSlate();

  for (const tag of TAGS) {
    const key = `collabgov:${tag}:faults`;

    it(`<${tag}> works in memory when storage throws, and says so`, async () => {
      setStateStore(() => {
        throw new DOMException('denied', 'SecurityError');
      });
      const el = await mount(tag);
      const before = JSON.stringify(el.result);
      await operate(el);
      expect(JSON.stringify(el.result)).not.to.equal(before);
      expect(notice(el)).to.contain('not letting the page save');
    });

    it(`<${tag}> keeps the student's work in memory when storage is full`, async () => {
      setStateStore(() => ({
        getItem: () => null,
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
      }));
      const el = await mount(tag);
      const before = JSON.stringify(el.result);
      await operate(el);
      expect(JSON.stringify(el.result)).not.to.equal(before);
      expect(notice(el)).to.contain('could not be saved');
    });

    it(`<${tag}> sets damaged or newer saved work aside, starts afresh, and never deletes it`, async () => {
      for (const saved of ['{"v":1,', JSON.stringify({ v: 99, w: tag.slice(3), s: { future: true } })]) {
        localStorage.clear();
        localStorage.setItem(key, saved);
        const el = await mount(tag);
        expect(notice(el)).to.contain('set aside');
        await operate(el);
        const aside = Object.keys(localStorage).filter((k) => k.startsWith(`${key}:set-aside:`));
        expect(aside.length).to.equal(1);
        expect(localStorage.getItem(aside[0])).to.equal(saved);
        // The work saved afresh is in the widget's current version (the tension sliders' is 2, with responses).
        expect(JSON.parse(localStorage.getItem(key)!).v).to.equal(tag === 'cg-tension-sliders' ? 2 : 1);
      }
    });
  }
});
