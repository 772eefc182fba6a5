import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/tension-sliders/index.js';
import { defaultPack } from '../src/model/packs/en.js';
import { tensionSlidersCodec, type TensionSlidersState } from '../src/model/tension-sliders-state.js';
import { attributeRender, dark, holdFetch, NEVER, seed } from './helpers.js';

const TAG = 'cg-tension-sliders';
type Story = StoryObj<Record<string, unknown>>;
const saved = (key: string, state: Partial<TensionSlidersState>) => seed(TAG, tensionSlidersCodec, key, state);
const paper = defaultPack.tensions.filter((t) => t.group === 'paper').map((t) => t.id);

const meta: Meta = {
  title: 'Widgets/TensionSliders',
  component: TAG,
  tags: ['autodocs'],
  render: attributeRender(TAG),
  argTypes: { case: { control: 'select', options: ['', ...defaultPack.cases.filter((c) => c.tensions).map((c) => c.id)] } },
  args: { 'state-key': 'story-ts' },
};
export default meta;

/** Empty: the paper's nine tensions, nothing placed yet. */
export const Empty: Story = { args: { 'state-key': 'story-ts-empty' } };
export const EmptyDark = dark(Empty);

/** Partly done: two tensions pushed to a pole (flagged; the reading warns of inertia), notes written. */
export const PartlyDone: Story = {
  args: { 'state-key': 'story-ts-partly' },
  beforeEach: saved('story-ts-partly', {
    positions: { goals: 100, trust: -40, leadership: -95, culture: 15 },
    notes: { goals: 'Each partner keeps its own aims; there is no joint plan.' },
    touched: ['goals', 'trust', 'leadership', 'culture'],
  }),
};
export const PartlyDoneDark = dark(PartlyDone);

/** Finished: every tension placed or confirmed, the overall reading shown. */
export const Finished: Story = {
  args: { 'state-key': 'story-ts-finished' },
  beforeEach: saved('story-ts-finished', {
    positions: Object.fromEntries(paper.map((id, i) => [id, [-40, 20, 0, 55, -15, 30, -60, 10, 45][i % 9]])),
    notes: { trust: 'Trust is growing slowly.' },
    touched: paper,
  }),
};
export const FinishedDark = dark(Finished);

/** Paradox managed: each placed tension has a response (one at a pole for a phase, by separating in time). */
export const WithResponses: Story = {
  args: { tensions: 'goals,trust,leadership', 'state-key': 'story-ts-responses' },
  beforeEach: saved('story-ts-responses', {
    positions: { goals: 100, trust: -40, leadership: 0 },
    touched: ['goals', 'trust', 'leadership'],
    responses: { goals: 'time', trust: 'place', leadership: 'compromise' },
  }),
};

/** A lecturer's subset: `tensions="goals,trust,leadership"`. */
export const LecturerSubset: Story = { args: { tensions: 'goals,trust,leadership', 'state-key': 'story-ts-subset' } };

/** The three Provan–Kenis tensions, chosen by id. */
export const ProvanKenisTensions: Story = {
  args: { tensions: 'efficiency-inclusiveness,internal-external-legitimacy,flexibility-stability', 'state-key': 'story-ts-pk' },
};

/** A case preset: the sliders start where this project places Local Strategic Partnerships. */
export const CasePreset: Story = { args: { case: 'lsp', 'state-key': 'story-ts-case' } };

/**
 * Compare mode: three tensions placed, each with the case's reference on its slider's scale, in words and with why;
 * the other six show no reference until the student places them.
 */
export const Compare: Story = {
  args: { mode: 'compare', case: 'lsp', 'state-key': 'story-ts-compare' },
  beforeEach: saved('story-ts-compare', { positions: { goals: -60, power: 40, leadership: 90 }, touched: ['goals', 'power', 'leadership'] }),
};
export const CompareDark = dark(Compare);

/** 320 px wide: the pole names stack, nothing scrolls sideways. */
export const Narrow: Story = { args: { case: 'lsp', mode: 'compare', 'state-key': 'story-ts-narrow' }, globals: { viewport: { value: 'narrow', isRotated: false } } };

/** What prints: positions and notes as text, no controls (the same rules as `@media print`). */
export const PrintView: Story = {
  args: { 'print-preview': true, tensions: 'goals,trust,leadership', 'state-key': 'story-ts-print' },
  beforeEach: saved('story-ts-print', {
    positions: { goals: 100, trust: -40, leadership: 0 },
    notes: { goals: 'The partners never agreed a joint aim.\nEach reports only to its own board.', trust: 'Trust is growing slowly.' },
    touched: ['goals', 'trust', 'leadership'],
  }),
};

/** An unknown tension id: the error panel names it and lists the known ones. */
export const BadSetting: Story = { args: { tensions: 'goals,nope', 'state-key': 'story-ts-bad' } };

/** Loading: the widget waits for a content pack (`src`) that has not arrived. */
export const Loading: Story = { args: { src: NEVER, 'state-key': 'story-ts-loading' }, beforeEach: holdFetch };
export const LoadingDark = dark(Loading);

/** Error: an invalid content pack (a tension with no poles); the panel names the problem. */
export const InvalidPack: Story = {
  render: () =>
    html`<cg-tension-sliders
      state-key="story-ts-invalid"
      .content=${{ tensions: [{ id: 'goals', name: 'Goals', group: 'paper', summary: { text: 'x', cite: [] }, poles: [] }] }}
    ></cg-tension-sliders>`,
};
export const InvalidPackDark = dark(InvalidPack);

/** Japanese (`lang="ja"`): the tensions compared with a case, in Japanese, from collabgov-ja.js. */
export const Japanese: Story = { args: { mode: 'compare', case: 'lsp', lang: 'ja', 'state-key': 'story-ts-ja' } };

/** Welsh (`lang="cy"`): the tensions in Welsh, from collabgov-cy.js. */
export const Welsh: Story = { args: { lang: 'cy', 'state-key': 'story-ts-cy' } };
