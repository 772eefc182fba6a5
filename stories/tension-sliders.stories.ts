import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/widgets/tension-sliders/index.js';

interface Args {
  mode?: 'reflect' | 'compare';
  case?: string;
  tensions?: string;
  theme?: '' | 'light' | 'dark';
  'print-preview'?: boolean;
  'state-key': string;
}

/** Saves a student's work under a story's state-key before it renders. */
const seed = (key: string, s: { positions?: object; notes?: object; touched?: string[]; responses?: object }) => () => {
  localStorage.setItem(
    `collabgov:cg-tension-sliders:${key}`,
    JSON.stringify({ v: 2, w: 'tension-sliders', s: { positions: {}, notes: {}, touched: [], responses: {}, ...s } }),
  );
};

const meta: Meta<Args> = {
  title: 'Widgets/TensionSliders',
  component: 'cg-tension-sliders',
  tags: ['autodocs'],
  render: (a) =>
    html`<cg-tension-sliders
      mode=${ifDefined(a.mode)}
      case=${ifDefined(a.case || undefined)}
      tensions=${ifDefined(a.tensions || undefined)}
      theme=${ifDefined(a.theme || undefined)}
      ?print-preview=${a['print-preview']}
      state-key=${a['state-key']}
    ></cg-tension-sliders>`,
  argTypes: {
    mode: { control: 'inline-radio', options: ['reflect', 'compare'], description: '`reflect` (default) or `compare` (needs `case`)' },
    case: { control: 'select', options: ['', 'lsp', 'childrens-trusts', 'place-based-care', 'safeguarding-boards', 'city-governance'] },
    tensions: { control: 'text', description: 'comma-separated tension ids; empty for the paper’s nine' },
    theme: { control: 'select', options: ['', 'light', 'dark'] },
    'print-preview': { control: 'boolean' },
    'state-key': { control: false },
  },
  args: { mode: 'reflect', 'state-key': 'story-ts-default' },
};
export default meta;
type Story = StoryObj<Args>;

/** The paper’s nine tensions, nothing placed yet. */
export const Default: Story = {};

/** A lecturer’s subset: `tensions="goals,trust,leadership"`. */
export const LecturerSubset: Story = { args: { tensions: 'goals,trust,leadership', 'state-key': 'story-ts-subset' } };

/** The three Provan–Kenis tensions, chosen by id. */
export const ProvanKenisTensions: Story = {
  args: { tensions: 'efficiency-inclusiveness,internal-external-legitimacy,flexibility-stability', 'state-key': 'story-ts-pk' },
};

/** Work in progress: two tensions pushed to a pole (flagged, and the reading warns of inertia), notes written. */
export const SeveralResolved: Story = {
  args: { 'state-key': 'story-ts-resolved' },
  beforeEach: seed('story-ts-resolved', {
    positions: { goals: 100, trust: -40, leadership: -95, culture: 15 },
    notes: { goals: 'Each partner keeps its own aims; there is no joint plan.' },
    touched: ['goals', 'trust', 'leadership', 'culture'],
  }),
};

/** Paradox managed: each placed tension has a response (one at a pole for a phase, by separating in time). */
export const WithResponses: Story = {
  args: { tensions: 'goals,trust,leadership', 'state-key': 'story-ts-responses' },
  beforeEach: seed('story-ts-responses', {
    positions: { goals: 100, trust: -40, leadership: 0 },
    touched: ['goals', 'trust', 'leadership'],
    responses: { goals: 'time', trust: 'place', leadership: 'compromise' },
  }),
};

/** A case preset: the sliders start where this project places Local Strategic Partnerships. */
export const CasePreset: Story = { args: { case: 'lsp', 'state-key': 'story-ts-case' } };

/** Compare mode: the student’s positions against the case’s reference positions, in the figure and in words. */
export const CompareMode: Story = {
  args: { mode: 'compare', case: 'lsp', 'state-key': 'story-ts-compare' },
  beforeEach: seed('story-ts-compare', { positions: { goals: -60, power: 40, leadership: 90 }, touched: ['goals', 'power', 'leadership'] }),
};

export const Dark: Story = {
  args: { theme: 'dark', tensions: 'goals,trust,leadership', 'state-key': 'story-ts-dark' },
  beforeEach: seed('story-ts-dark', { positions: { goals: 100, trust: -40 }, touched: ['goals', 'trust'] }),
  parameters: { backgrounds: { default: 'dark' } },
};

/** 320 px wide: the pole labels stack, nothing scrolls sideways. */
export const Narrow: Story = {
  args: { case: 'lsp', mode: 'compare', 'state-key': 'story-ts-narrow' },
  globals: { viewport: { value: 'narrow', isRotated: false } },
};

/** What prints: positions and notes as text, no controls (the same rules as `@media print`). */
export const PrintView: Story = {
  args: { 'print-preview': true, tensions: 'goals,trust,leadership', 'state-key': 'story-ts-print' },
  beforeEach: seed('story-ts-print', {
    positions: { goals: 100, trust: -40, leadership: 0 },
    notes: { goals: 'The partners never agreed a joint aim.\nEach reports only to its own board.', trust: 'Trust is growing slowly.' },
    touched: ['goals', 'trust', 'leadership'],
  }),
};

/** An unknown tension id: the error panel names it and lists the known ones. */
export const BadSetting: Story = { args: { tensions: 'goals,nope', 'state-key': 'story-ts-bad' } };

export const InvalidPack: Story = {
  render: () =>
    html`<cg-tension-sliders
      state-key="story-ts-invalid"
      .content=${{ tensions: [{ id: 'goals', name: 'Goals', group: 'paper', summary: { text: 'x', cite: [] }, poles: [] }] }}
    ></cg-tension-sliders>`,
};
