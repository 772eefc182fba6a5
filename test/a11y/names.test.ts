// WCAG 4.1.2 (name, role, value) and 2.5.3 (label in name), read from Chromium's accessibility tree (what a screen
// reader is given, via CDP): every control in every mode has a name; no name carries a decorative symbol; no two
// selects, sliders or text fields of a widget share a name; a table's row headers are only the row's name.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { defaultPack } from '../../src/model/packs/en.js';
import { cleanSlate } from '../helpers/clean-slate.js';

export interface AxNode {
  role: string;
  name: string;
  valuetext: string | null;
  live: string | null;
}
/** The page's accessibility tree (nodes not ignored). */
export const axTree = () => executeServerCommand<AxNode[], undefined>('cg-ax-tree');

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const CONTROLS = ['button', 'combobox', 'slider', 'checkbox', 'radio', 'textbox', 'DisclosureTriangle', 'link'];
const SYMBOLS = /[‹›▾▸▴▲▼✓✗✔✘■□⠿↔•]/;

const saved = (tag: string, key: string, w: string, s: unknown) =>
  localStorage.setItem(`collabgov:${tag}:${key}`, JSON.stringify({ v: 1, w, s }));
const TABLE = { hidden: [], highlight: 'power', step: null, answers: {}, checked: false, caseId: null, cases: {} };
const [first, second] = defaultPack.comparison.statements;

const MODES: { markup: string; before?: () => void }[] = [
  { markup: '<cg-form-picker state-key="n"></cg-form-picker>' },
  { markup: '<cg-form-picker mode="quiz" state-key="n"></cg-form-picker>' },
  { markup: '<cg-table-comparator state-key="n"></cg-table-comparator>' },
  {
    markup: '<cg-table-comparator state-key="n"></cg-table-comparator>',
    before: () => saved('cg-table-comparator', 'n', 'table-comparator', { ...TABLE, step: 1 }),
  },
  {
    markup: '<cg-table-comparator mode="sort" sort-by="row" state-key="n"></cg-table-comparator>',
    before: () =>
      saved('cg-table-comparator', 'n', 'table-comparator', {
        ...TABLE,
        answers: { [first.id]: { logic: first.logic, row: first.row }, [second.id]: { logic: first.logic } },
      }),
  },
  { markup: '<cg-table-comparator mode="case" state-key="n"></cg-table-comparator>' },
  { markup: '<cg-table-comparator mode="case" case="lsp" state-key="n"></cg-table-comparator>' },
  { markup: '<cg-tension-sliders state-key="n"></cg-tension-sliders>' },
  { markup: '<cg-tension-sliders mode="compare" case="lsp" state-key="n"></cg-tension-sliders>' },
];

describe('accessible names, from the accessibility tree', () => {
  cleanSlate();

  for (const [i, m] of MODES.entries()) {
    it(`${m.markup}${m.before ? ' (with saved work)' : ''}`, async () => {
      m.before?.();
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
      wrap.innerHTML = m.markup;
      const el = wrap.firstElementChild as Widget;
      await el.updateComplete;
      // Every disclosure open, so the controls inside are in the tree too.
      for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
      await nextFrame();
      const nodes = await axTree();
      const controls = nodes.filter((n) => CONTROLS.includes(n.role));
      expect(controls.length, 'controls in the tree').to.be.above(3);
      expect(controls.filter((n) => !n.name.trim()).map((n) => n.role), 'controls without a name').to.deep.equal([]);
      expect(controls.filter((n) => SYMBOLS.test(n.name)).map((n) => `${n.role} "${n.name}"`), 'names with symbols').to.deep.equal([]);
      for (const role of ['combobox', 'slider', 'textbox']) {
        const names = controls.filter((n) => n.role === role).map((n) => n.name);
        const twice = names.filter((n, i) => names.indexOf(n) !== i);
        expect(twice, `${role}s sharing a name`).to.deep.equal([]);
      }
      const rowNames = defaultPack.comparison.rows.map((r) => r.name);
      const headers = nodes.filter((n) => n.role === 'rowheader');
      if (i === 2) expect(headers.length, 'row headers').to.equal(rowNames.length);
      for (const h of headers) {
        expect(rowNames.some((r) => h.name === r || h.name === `${r} Definition`), `row header "${h.name}"`).to.equal(true);
      }
    });
  }
});
