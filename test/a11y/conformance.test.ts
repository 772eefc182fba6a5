// The WCAG 2.2 AA claims of docs/accessibility.md that no other test makes, each named by its criterion, in every
// mode of every widget. Other criteria are backed by the tests the report names.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { focusables } from '../../src/core/focus.js';
import { cleanSlate } from '../helpers/clean-slate.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; result: unknown };

const MODES = [
  '<cg-form-picker></cg-form-picker>',
  '<cg-form-picker mode="quiz"></cg-form-picker>',
  '<cg-table-comparator></cg-table-comparator>',
  '<cg-table-comparator mode="sort"></cg-table-comparator>',
  '<cg-table-comparator mode="sort" sort-by="row" feedback="check"></cg-table-comparator>',
  '<cg-table-comparator mode="case" case="lsp"></cg-table-comparator>',
  '<cg-tension-sliders></cg-tension-sliders>',
  '<cg-tension-sliders mode="compare" case="lsp"></cg-tension-sliders>',
];

let n = 0;
async function mount(markup: string, style = ''): Promise<Widget> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.setAttribute('style', style);
  wrap.innerHTML = `<button id="before">before</button>${markup.replace(/^<([\w-]+)/, `<$1 state-key="c${++n}"`)}<button id="after">after</button>`;
  const el = wrap.querySelector<Widget>('cg-form-picker, cg-table-comparator, cg-tension-sliders')!;
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  return el;
}
const visible = (e: Element) => e.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);

describe('WCAG 2.2 AA: the claims no other test makes', () => {
  cleanSlate();
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const markup of MODES) {
    describe(markup, () => {
      it('1.4.10 reflow, 1.4.4 resize text, 1.3.4 orientation: 320 px wide (400% zoom) and 640 × 320, no sideways scrolling', async () => {
        for (const [width, height] of [
          [320, 640],
          [640, 320],
        ]) {
          await setViewport({ width, height });
          const el = await mount(markup);
          // Every disclosure open (the keyboard help, the explanations), so what they hold must reflow too.
          for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
          await nextFrame();
          expect(document.documentElement.scrollWidth, `${width}x${height}: page`).to.be.at.most(width);
          const wrap = el.shadowRoot!.querySelector('.wrap')!;
          expect(wrap.scrollWidth, `${width}x${height}: widget`).to.be.at.most(wrap.clientWidth + 1);
        }
      });

      it('2.5.8 target size: every control is at least 24 × 24 px (a radio or checkbox with its label)', async () => {
        const el = await mount(markup, 'width: 900px');
        for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
        await nextFrame();
        const small: string[] = [];
        for (const c of el.shadowRoot!.querySelectorAll<HTMLElement>('button, input, select, textarea, summary, [role=slider]')) {
          if (!visible(c)) continue;
          const target = c.matches('input[type=radio], input[type=checkbox]') ? (c.closest('label') ?? c) : c.matches('[role=slider]') ? c.querySelector('.halo')! : c;
          const r = target.getBoundingClientRect();
          if (r.width < 24 || r.height < 24) small.push(`<${c.localName}> "${(c.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
        }
        expect(small).to.deep.equal([]);
      });

      it('2.1.2 no keyboard trap: Tab from the last control leaves the widget forwards, Shift+Tab from the first backwards', async () => {
        const el = await mount(markup, 'width: 900px');
        const list = focusables(el.shadowRoot!);
        list[list.length - 1].focus();
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement?.id).to.equal('after');
        list[0].focus();
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        expect(document.activeElement?.id).to.equal('before');
      });

      it('2.4.11 focus not obscured: nothing in the widget is fixed or sticky over the page', async () => {
        const el = await mount(markup, 'width: 390px');
        const stuck = [...el.shadowRoot!.querySelectorAll('*')].filter((e) => ['fixed', 'sticky'].includes(getComputedStyle(e).position));
        expect(stuck.map((e) => e.localName)).to.deep.equal([]);
      });

      it('1.2 time-based media, 1.4.5 images of text, 2.2.2 and 2.3.1 movement and flashes: no media, no images, no animation', async () => {
        await emulateMedia({ reducedMotion: 'no-preference' });
        const el = await mount(markup, 'width: 900px');
        expect(el.shadowRoot!.querySelectorAll('video, audio, img, canvas, iframe, object, embed').length).to.equal(0);
        expect(el.shadowRoot!.getAnimations().filter((a) => a instanceof CSSAnimation).length).to.equal(0);
        await emulateMedia({ reducedMotion: 'reduce' });
      });

      it('1.1.1 non-text content: every SVG is hidden from screen readers (its words are in the text) or holds a named control', async () => {
        const el = await mount(markup, 'width: 900px');
        for (const s of el.shadowRoot!.querySelectorAll('svg')) {
          if (s.parentElement?.closest('svg')) continue;
          const hidden = s.closest('[aria-hidden="true"]');
          const control = s.querySelector('[role=slider][aria-label][aria-valuetext]');
          expect(!!hidden || !!control, s.outerHTML.slice(0, 80)).to.equal(true);
        }
      });

      it('2.5.3 label in name: each button’s accessible name begins with the words it shows', async () => {
        const el = await mount(markup, 'width: 900px');
        for (const b of el.shadowRoot!.querySelectorAll('button')) {
          if (!visible(b)) continue;
          const shown = b.cloneNode(true) as HTMLElement;
          shown.querySelectorAll('.visually-hidden, [aria-hidden="true"]').forEach((x) => x.remove());
          const words = (shown.textContent ?? '').replace(/\s+/g, ' ').trim();
          const clone = b.cloneNode(true) as HTMLElement;
          clone.querySelectorAll('[aria-hidden="true"]').forEach((x) => x.remove());
          const name = (b.getAttribute('aria-label') ?? clone.textContent ?? '').replace(/\s+/g, ' ').trim();
          expect(name.startsWith(words), `"${name}" begins with "${words}"`).to.equal(true);
        }
      });

      it('3.2.1 on focus: focusing any control changes nothing and shows nothing new (1.4.13: nothing appears on focus or hover)', async () => {
        const el = await mount(markup, 'width: 900px');
        const root = el.shadowRoot!;
        const before = JSON.stringify(el.result);
        const shown = () => [...root.querySelectorAll('*')].filter(visible).length;
        const count = shown();
        for (const c of focusables(root).slice(0, 25)) {
          c.focus();
          const r = c.getBoundingClientRect();
          await sendMouse({ type: 'move', position: [Math.round(r.left + 2), Math.round(r.top + 2)] });
        }
        await el.updateComplete;
        await nextFrame();
        expect(JSON.stringify(el.result)).to.equal(before);
        expect(shown()).to.equal(count);
        await sendMouse({ type: 'move', position: [0, 0] });
      });

      it('2.1.4 character key shortcuts: letters typed on a button do nothing', async () => {
        const el = await mount(markup, 'width: 900px');
        const before = JSON.stringify(el.result);
        el.shadowRoot!.querySelector<HTMLElement>('.where-btn')!.focus();
        await sendKeys({ type: 'hjklqrst?' });
        await el.updateComplete;
        expect(JSON.stringify(el.result)).to.equal(before);
      });

      it('1.4.3 contrast (text) in the dark theme too, and 1.3.1 / 4.1.2 by axe, every disclosure open', async () => {
        const el = await mount(markup, 'width: 900px; color-scheme: dark');
        for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
        await nextFrame();
        await expect(el).to.be.accessible();
      });

      it('3.3.8 accessible authentication, 1.3.5 input purpose: no login, no personal data asked', async () => {
        const el = await mount(markup, 'width: 900px');
        const types = new Set([...el.shadowRoot!.querySelectorAll('input')].map((i) => i.type));
        for (const t of types) expect(['radio', 'checkbox', 'range'], t).to.include(t);
      });
    });
  }

  it('3.2.4 consistent identification, 3.2.6 consistent help: every widget has the same help, under its title', async () => {
    for (const markup of MODES) {
      const el = await mount(markup, 'width: 900px');
      const root = el.shadowRoot!;
      const help = root.querySelector('.help-bar')!;
      expect(help.querySelector('.where-btn')!.textContent!.trim(), markup).to.equal('Where am I?');
      expect(help.querySelector('details.keys summary')!.textContent!.trim()).to.equal('Keyboard help');
      // Under the title and its introduction, before any other control.
      expect(focusables(root)[0], markup).to.equal(help.querySelector('.where-btn'));
      expect(root.querySelector('h2')!.compareDocumentPosition(help) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    }
  });

  it('2.2.1 timing adjustable: left alone for 3 s (more than any timer in the widgets, the longest 1 s), work and controls stay', async () => {
    const el = await mount('<cg-table-comparator mode="sort"></cg-table-comparator>', 'width: 900px');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.choices button')!.click();
    await el.updateComplete;
    const work = JSON.stringify(el.result);
    const controls = focusables(el.shadowRoot!).length;
    await new Promise((r) => setTimeout(r, 3000));
    expect(JSON.stringify(el.result)).to.equal(work);
    expect(focusables(el.shadowRoot!).length).to.equal(controls);
  });

  it('2.4.4 link purpose: each link is a source’s address, given in its reference', async () => {
    for (const markup of MODES.slice(0, 3)) {
      const el = await mount(markup, 'width: 900px');
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      expect(links.length).to.be.above(0);
      for (const a of links) {
        expect(a.textContent).to.equal(a.getAttribute('href'));
        expect(a.closest('.sources li')!.textContent!.length).to.be.above(a.textContent!.length + 20);
      }
    }
  });

  it('2.4.6 headings and 2.4.1 bypass: one title (h2) per widget, and a heading, legend or caption for each part', async () => {
    for (const markup of MODES) {
      const el = await mount(markup, 'width: 900px');
      expect(el.shadowRoot!.querySelectorAll('h2').length, markup).to.equal(1);
      expect(el.shadowRoot!.querySelectorAll('h3, legend, caption').length, markup).to.be.above(0);
    }
  });
});
