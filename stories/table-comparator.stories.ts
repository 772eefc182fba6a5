import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/table-comparator/index.js';
import { defaultPack } from '../src/model/packs/en.js';
import { tableComparatorCodec, type TableComparatorState } from '../src/model/table-comparator-state.js';
import { mixedOrder } from '../src/model/table-sort.js';
import { attributeRender, BROKEN_PACK, dark, holdFetch, NEVER, seed } from './helpers.js';

const TAG = 'cg-table-comparator';
type Story = StoryObj<Record<string, unknown>>;
const saved = (key: string, state: Partial<TableComparatorState>) => seed(TAG, tableComparatorCodec, key, state);

const statements = mixedOrder(defaultPack.comparison.statements);
const [A, B] = defaultPack.comparison.logics;
/** The first n statements placed, every third one under the wrong logic. */
const answers = (n: number) =>
  Object.fromEntries(statements.slice(0, n).map((s, i) => [s.id, { logic: i % 3 === 2 ? (s.logic === A.id ? B.id : A.id) : s.logic }]));
const rows = defaultPack.comparison.rows;
const narrow = (story: Story): Story => ({
  ...story,
  render: (a, ctx) => html`<div style="max-width: 320px">${meta.render!(a, ctx)}</div>`,
  globals: { ...story.globals, viewport: { value: 'narrow' } },
});

const meta: Meta = {
  title: 'Widgets/TableComparator',
  component: TAG,
  tags: ['autodocs'],
  render: attributeRender(TAG),
  argTypes: { case: { control: 'select', options: ['', ...defaultPack.cases.map((c) => c.id)] } },
  args: { 'state-key': 'story-tc' },
};
export default meta;

/** Table mode: the two logics row by row. */
export const Table: Story = { args: { 'state-key': 'story-tc-table' } };
export const TableDark = dark(Table);

/** Table mode: some rows hidden, one highlighted. */
export const TableFocused: Story = {
  args: { 'state-key': 'story-tc-focused' },
  beforeEach: saved('story-tc-focused', { hidden: ['definition', 'trust', 'resources'], highlight: 'lead' }),
};

/** Table mode: one row at a time. */
export const TableStepping: Story = { args: { 'state-key': 'story-tc-step' }, beforeEach: saved('story-tc-step', { step: 2 }) };

/** Table mode in a narrow container: one card per row. */
export const TableNarrow = narrow({ args: { 'state-key': 'story-tc-narrow' } });

/** Sort, empty: nothing placed yet. */
export const SortEmpty: Story = { args: { mode: 'sort', 'state-key': 'story-tc-sort' } };
export const SortEmptyDark = dark(SortEmpty);

/** Sort, partly done: six placed, two of them wrong. */
export const SortPartlyDone: Story = { args: { mode: 'sort', 'state-key': 'story-tc-sort-partly' }, beforeEach: saved('story-tc-sort-partly', { answers: answers(6) }) };
export const SortPartlyDoneDark = dark(SortPartlyDone);

/** Sort, finished: every statement placed, the score and the verdicts. */
export const SortFinished: Story = {
  args: { mode: 'sort', 'state-key': 'story-tc-sort-done' },
  beforeEach: saved('story-tc-sort-done', { answers: answers(statements.length) }),
};
export const SortFinishedDark = dark(SortFinished);

/** Sort with `feedback="check"`, checked: the eight checked statements are final, with their verdicts. */
export const SortChecked: Story = {
  args: { mode: 'sort', feedback: 'check', 'state-key': 'story-tc-sort-check' },
  beforeEach: saved('story-tc-sort-check', { answers: answers(8), checked: true, locked: Object.keys(answers(8)) }),
};

/** Sort, a second attempt finished: the summary gives the grade, the best of the two. */
export const SortSecondAttempt: Story = {
  args: { mode: 'sort', 'state-key': 'story-tc-sort-again' },
  beforeEach: saved('story-tc-sort-again', { answers: answers(statements.length), previous: [{ raw: 9, max: statements.length }] }),
};

/** Sort with `sort-by="row"`: each statement's logic and row. */
export const SortByRow: Story = { args: { mode: 'sort', 'sort-by': 'row', 'state-key': 'story-tc-sort-row' } };

/** Sort in a narrow container, two placed. */
export const SortNarrow = narrow({ args: { mode: 'sort', 'state-key': 'story-tc-sort-narrow' }, beforeEach: saved('story-tc-sort-narrow', { answers: answers(2) }) });

/** Case mode, empty: the student picks a case first. */
export const CaseEmpty: Story = { args: { mode: 'case', 'state-key': 'story-tc-case' } };
export const CaseEmptyDark = dark(CaseEmpty);

/** Case mode, partly done: four rows placed, one note. */
export const CasePartlyDone: Story = {
  args: { mode: 'case', case: 'lsp', 'state-key': 'story-tc-case-partly' },
  beforeEach: saved('story-tc-case-partly', {
    cases: { lsp: { positions: { definition: -70, inclusion: -60, power: 30, trust: 0 }, notes: { power: 'The council keeps the final word, yet businesses weigh in.' } } },
  }),
};
export const CasePartlyDoneDark = dark(CasePartlyDone);

/** Case mode, finished: every row placed and compared with the reference reading. */
export const CaseFinished: Story = {
  args: { mode: 'case', case: 'lsp', 'state-key': 'story-tc-case-ref' },
  beforeEach: saved('story-tc-case-ref', {
    cases: { lsp: { positions: Object.fromEntries(rows.map((r, i) => [r.id, i % 2 ? -60 : 20])), notes: {}, reveal: true } },
  }),
};
export const CaseFinishedDark = dark(CaseFinished);

/** A `case` the content does not have: the settings error. */
export const UnknownCase: Story = { args: { mode: 'case', case: 'nope', 'state-key': 'story-tc-bad-case' } };

/** Loading: the widget waits for a content pack (`src`) that has not arrived. */
export const Loading: Story = { args: { src: NEVER, 'state-key': 'story-tc-loading' }, beforeEach: holdFetch };
export const LoadingDark = dark(Loading);

/** Error: an invalid content pack; the panel names each problem and where it is. */
export const InvalidPack: Story = { render: () => html`<cg-table-comparator state-key="story-tc-invalid" .content=${BROKEN_PACK}></cg-table-comparator>` };
export const InvalidPackDark = dark(InvalidPack);

/** Japanese (`lang="ja"`): Table 2 sorted in Japanese, from collabgov-ja.js. */
export const Japanese: Story = { args: { mode: 'sort', lang: 'ja', 'state-key': 'story-tc-ja' } };

/** Welsh (`lang="cy"`): Table 2 row by row in Welsh, from collabgov-cy.js. */
export const Welsh: Story = { args: { lang: 'cy', 'state-key': 'story-tc-cy' } };
