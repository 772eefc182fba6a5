// Abbreviations are spelt out where a student first meets them in each view (WCAG 3.1.4's technique G102, asked of
// this project by issue 15): in the text a widget shows, with every disclosure open, the first "NAO" is part of
// "Network Administrative Organisation (NAO)" and the first "NHS" part of "National Health Service (NHS)".
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/index.js';
import { defaultPack } from '../../src/model/packs/en.js';
import { cleanSlate } from '../helpers/clean-slate.js';

const ABBREVIATIONS: Record<string, string> = { NAO: 'Network Administrative Organisation (NAO)', NHS: 'National Health Service (NHS)' };

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** The text a reader meets, in order: as first shown (disclosures closed), then with every disclosure open. */
async function shownText(markup: string): Promise<string[]> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  wrap.innerHTML = markup;
  const el = wrap.firstElementChild as Widget;
  await el.updateComplete;
  await nextFrame();
  const read = () => (el.shadowRoot!.querySelector('.wrap') as HTMLElement).innerText.replace(/\s+/g, ' ');
  const closed = read();
  for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
  await nextFrame();
  return [closed, read()];
}

const VIEWS = [
  '<cg-form-picker></cg-form-picker>',
  '<cg-form-picker mode="quiz"></cg-form-picker>',
  ...defaultPack.cases.filter((c) => c.factors).map((c) => `<cg-form-picker case="${c.id}"></cg-form-picker>`),
  '<cg-table-comparator></cg-table-comparator>',
  '<cg-table-comparator mode="sort"></cg-table-comparator>',
  ...defaultPack.cases.map((c) => `<cg-table-comparator mode="case" case="${c.id}"></cg-table-comparator>`),
  '<cg-tension-sliders></cg-tension-sliders>',
  ...defaultPack.cases.filter((c) => c.tensions).map((c) => `<cg-tension-sliders mode="compare" case="${c.id}"></cg-tension-sliders>`),
];

describe('abbreviations spelt out at first use', () => {
  cleanSlate();
  for (const view of VIEWS) {
    it(view, async () => {
      for (const text of await shownText(view))
      for (const [abbr, full] of Object.entries(ABBREVIATIONS)) {
        const at = text.search(new RegExp(`\\b${abbr}\\b`));
        if (at < 0) continue;
        const start = text.indexOf(full);
        expect(start >= 0 && start <= at && at < start + full.length, `first "${abbr}" not spelt out: …${text.slice(Math.max(0, at - 80), at + 20)}…`).to.equal(true);
      }
    });
  }
});
