import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/widgets/table-comparator/index.js';
import { defaultPack } from '../src/model/packs/en.js';
import { encodeState } from '../src/model/state.js';
import { tableComparatorCodec, type TableComparatorState } from '../src/model/table-comparator-state.js';
import { mixedOrder } from '../src/model/table-sort.js';

interface Args {
  mode?: string;
  case?: string;
  feedback?: string;
  'sort-by'?: string;
  theme?: string;
  key: string;
}

/** Seeds saved learner state for a story (the preview clears collabgov:* storage before each story). */
const seed = (key: string, patch: Partial<TableComparatorState>) => () => {
  localStorage.setItem(`collabgov:cg-table-comparator:${key}`, encodeState(tableComparatorCodec, { ...tableComparatorCodec.initial(), ...patch }));
};

const statements = mixedOrder(defaultPack.comparison.statements);
const [A, B] = defaultPack.comparison.logics;
/** The first n statements placed, every third one under the wrong logic. */
const answers = (n: number) =>
  Object.fromEntries(statements.slice(0, n).map((s, i) => [s.id, { logic: i % 3 === 2 ? (s.logic === A.id ? B.id : A.id) : s.logic }]));

const meta: Meta<Args> = {
  title: 'Widgets/TableComparator',
  component: 'cg-table-comparator',
  tags: ['autodocs'],
  render: (a) => html`<cg-table-comparator
    mode=${ifDefined(a.mode || undefined)}
    case=${ifDefined(a.case || undefined)}
    feedback=${ifDefined(a.feedback || undefined)}
    sort-by=${ifDefined(a['sort-by'] || undefined)}
    theme=${ifDefined(a.theme || undefined)}
    state-key=${a.key}
  ></cg-table-comparator>`,
  argTypes: {
    mode: { control: 'select', options: ['table', 'sort', 'case'] },
    case: { control: 'select', options: ['', ...defaultPack.cases.map((c) => c.id)] },
    feedback: { control: 'select', options: ['instant', 'check'] },
    'sort-by': { control: 'select', options: ['', 'logic', 'row'] },
    theme: { control: 'select', options: ['', 'light', 'dark'] },
    key: { table: { disable: true } },
  },
  args: { key: 'story-tc' },
};
export default meta;
type Story = StoryObj<Args>;

export const Table: Story = { args: { key: 'story-tc-table' } };

export const TableFocused: Story = {
  name: 'Table: rows chosen, one highlighted',
  args: { key: 'story-tc-focused' },
  beforeEach: seed('story-tc-focused', { hidden: ['definition', 'trust', 'resources'], highlight: 'lead' }),
};

export const TableStepping: Story = {
  name: 'Table: one row at a time',
  args: { key: 'story-tc-step' },
  beforeEach: seed('story-tc-step', { step: 2 }),
};

export const Narrow: Story = {
  name: 'Table: narrow (cards)',
  args: { key: 'story-tc-narrow' },
  render: (a, ctx) => html`<div style="max-width: 320px">${meta.render!(a, ctx)}</div>`,
  globals: { viewport: { value: 'narrow' } },
};

export const Dark: Story = { args: { key: 'story-tc-dark', theme: 'dark' }, parameters: { backgrounds: { value: 'dark' } } };

export const SortEmpty: Story = { name: 'Sort: empty', args: { key: 'story-tc-sort', mode: 'sort' } };

export const SortPartly: Story = {
  name: 'Sort: partly done',
  args: { key: 'story-tc-sort-partly', mode: 'sort' },
  beforeEach: seed('story-tc-sort-partly', { answers: answers(6) }),
};

export const SortFinished: Story = {
  name: 'Sort: finished',
  args: { key: 'story-tc-sort-done', mode: 'sort' },
  beforeEach: seed('story-tc-sort-done', { answers: answers(statements.length) }),
};

export const SortCheck: Story = {
  name: 'Sort: feedback on Check, checked',
  args: { key: 'story-tc-sort-check', mode: 'sort', feedback: 'check' },
  beforeEach: seed('story-tc-sort-check', { answers: answers(8), checked: true }),
};

export const SortByRow: Story = { name: 'Sort: logic and row', args: { key: 'story-tc-sort-row', mode: 'sort', 'sort-by': 'row' } };

export const SortNarrowDark: Story = {
  name: 'Sort: narrow, dark',
  args: { key: 'story-tc-sort-narrow', mode: 'sort', theme: 'dark' },
  render: (a, ctx) => html`<div style="max-width: 320px">${meta.render!(a, ctx)}</div>`,
  beforeEach: seed('story-tc-sort-narrow', { answers: answers(2) }),
};

export const CasePicker: Story = { name: 'Case: choose a case', args: { key: 'story-tc-case', mode: 'case' } };

export const CasePartly: Story = {
  name: 'Case: partly done',
  args: { key: 'story-tc-case-partly', mode: 'case', case: 'lsp' },
  beforeEach: seed('story-tc-case-partly', {
    cases: { lsp: { positions: { definition: -70, inclusion: -60, power: 30, trust: 0 }, notes: { power: 'The council keeps the final word, yet businesses weigh in.' } } },
  }),
};

export const CaseReference: Story = {
  name: 'Case: compared with the reference',
  args: { key: 'story-tc-case-ref', mode: 'case', case: 'lsp' },
  beforeEach: seed('story-tc-case-ref', {
    cases: { lsp: { positions: Object.fromEntries(defaultPack.comparison.rows.map((r, i) => [r.id, i % 2 ? -60 : 20])), notes: {}, reveal: true } },
  }),
};

export const InvalidPack: Story = {
  render: () => html`<cg-table-comparator state-key="story-tc-invalid" .content=${{ title: 42, cases: [{ id: 'Bad id' }] }}></cg-table-comparator>`,
};

export const UnknownCase: Story = { name: 'Invalid: unknown case', args: { key: 'story-tc-bad-case', mode: 'case', case: 'nope' } };
