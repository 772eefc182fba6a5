import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/widgets/form-picker/index.js';
import { encodeState } from '../src/model/state.js';
import { formPickerCodec, type FormPickerState } from '../src/model/form-picker-state.js';
import { defaultPack } from '../src/model/packs/en.js';

interface Args {
  mode?: 'explore' | 'quiz';
  case?: string;
  theme?: '' | 'light' | 'dark';
  stateKey: string;
}

/** Seeds a story's saved learner state (the preview clears collabgov:* storage before each story). */
const seed = (stateKey: string, state: Partial<FormPickerState>) => () => {
  localStorage.setItem(`collabgov:cg-form-picker:${stateKey}`, encodeState(formPickerCodec, { ...formPickerCodec.initial(), ...state }));
};

const meta: Meta<Args> = {
  title: 'Widgets/FormPicker',
  component: 'cg-form-picker',
  tags: ['autodocs'],
  render: (a) =>
    html`<cg-form-picker mode=${ifDefined(a.mode)} case=${ifDefined(a.case || undefined)} theme=${ifDefined(a.theme || undefined)} state-key=${a.stateKey}></cg-form-picker>`,
  argTypes: {
    mode: { control: 'inline-radio', options: ['explore', 'quiz'], description: 'explore (default) or quiz' },
    case: { control: 'select', options: ['', ...defaultPack.cases.map((c) => c.id)], description: 'a case id: presets the factors, or limits the quiz' },
    theme: { control: 'select', options: ['', 'light', 'dark'] },
    stateKey: { control: 'text', name: 'state-key' },
  },
  args: { stateKey: 'story-fp-default' },
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing set yet: the student starts from the four factors. */
export const Default: Story = {};

/** Part done: two factors set (a tie), the student's point placed. */
export const PartlyDone: Story = {
  args: { stateKey: 'story-fp-partly' },
  beforeEach: seed('story-fp-partly', { factors: { trust: 'low', participants: 'many' }, point: { shared: 0.1, lead: 0.3, nao: 0.6 } }),
};

/** `case="lsp"`: the factors preset from the Local Strategic Partnerships case. */
export const CasePreset: Story = { args: { case: 'lsp', stateKey: 'story-fp-case' } };

/** Quiz mode, unanswered. */
export const Quiz: Story = { args: { mode: 'quiz', stateKey: 'story-fp-quiz' } };

/** Quiz mode, every case answered (one wrong), with the score and feedback. */
export const QuizFinished: Story = {
  args: { mode: 'quiz', stateKey: 'story-fp-quiz-done' },
  beforeEach: seed('story-fp-quiz-done', {
    quiz: Object.fromEntries(defaultPack.cases.filter((c) => c.governance).map((c, i) => [c.id, i === 1 ? 'shared' : c.governance!.form])),
  }),
};

/** Dark theme, with a case preset so the triangle shows a reading. */
export const Dark: Story = { args: { theme: 'dark', case: 'city-governance', stateKey: 'story-fp-dark' } };

/** 320 px wide (a small phone): the columns stack and the triangle scales. */
export const Narrow: Story = {
  args: { case: 'place-based-care', stateKey: 'story-fp-narrow' },
  globals: { viewport: { value: 'narrow' } },
};

/** An invalid content pack: the accessible error panel names each problem. */
export const InvalidPack: Story = {
  args: { stateKey: 'story-fp-invalid' },
  render: () =>
    html`<cg-form-picker state-key="story-fp-invalid" .content=${{ title: 42, cases: [{ id: 'Bad id' }] }}></cg-form-picker>`,
};

/** A `case` the content does not have: the settings error. */
export const UnknownCase: Story = { args: { case: 'nope', stateKey: 'story-fp-nope' } };
