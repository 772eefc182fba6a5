import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/form-picker/index.js';
import { formPickerCodec, type FormPickerState } from '../src/model/form-picker-state.js';
import { defaultPack } from '../src/model/packs/en.js';
import { attributeRender, BROKEN_PACK, dark, holdFetch, NEVER, seed } from './helpers.js';

const TAG = 'cg-form-picker';
type Story = StoryObj<Record<string, unknown>>;
const saved = (key: string, state: Partial<FormPickerState>) => seed(TAG, formPickerCodec, key, state);
const quizCases = defaultPack.cases.filter((c) => c.governance);

const meta: Meta = {
  title: 'Widgets/FormPicker',
  component: TAG,
  tags: ['autodocs'],
  render: attributeRender(TAG),
  argTypes: { case: { control: 'select', options: ['', ...defaultPack.cases.map((c) => c.id)] } },
  args: { 'state-key': 'story-fp' },
};
export default meta;

/** Empty: nothing set yet; the student starts from the four factors. */
export const Empty: Story = { args: { 'state-key': 'story-fp-empty' } };
export const EmptyDark = dark(Empty);

/** Partly done: two factors set (a tie), the student's point placed. */
export const PartlyDone: Story = {
  args: { 'state-key': 'story-fp-partly' },
  beforeEach: saved('story-fp-partly', { factors: { trust: 'low', participants: 'many' }, point: { shared: 0.1, lead: 0.3, nao: 0.6 } }),
};
export const PartlyDoneDark = dark(PartlyDone);

/** Finished: every factor set, a best fit, the student's point placed near the reading. */
export const Finished: Story = {
  args: { 'state-key': 'story-fp-finished' },
  beforeEach: saved('story-fp-finished', {
    factors: Object.fromEntries(defaultPack.factors.map((f) => [f.id, f.levels[0].id])),
    point: { shared: 0.6, lead: 0.2, nao: 0.2 },
  }),
};
export const FinishedDark = dark(Finished);

/** `case="lsp"`: the factors preset from the Local Strategic Partnerships case. */
export const CasePreset: Story = { args: { case: 'lsp', 'state-key': 'story-fp-case' } };

/** Quiz, nothing answered yet. */
export const Quiz: Story = { args: { mode: 'quiz', 'state-key': 'story-fp-quiz' } };
export const QuizDark = dark(Quiz);

/** Quiz, two cases answered (one wrong), one chosen but not checked. */
export const QuizPartlyDone: Story = {
  args: { mode: 'quiz', 'state-key': 'story-fp-quiz-partly' },
  beforeEach: saved('story-fp-quiz-partly', {
    quiz: { [quizCases[0].id]: quizCases[0].governance!.form, [quizCases[1].id]: 'shared' },
    draft: { [quizCases[2].id]: 'lead' },
  }),
};

/** Quiz, every case answered (one wrong), with the score and feedback. */
export const QuizFinished: Story = {
  args: { mode: 'quiz', 'state-key': 'story-fp-quiz-done' },
  beforeEach: saved('story-fp-quiz-done', {
    quiz: Object.fromEntries(quizCases.map((c, i) => [c.id, i === 1 ? 'shared' : c.governance!.form])),
  }),
};
export const QuizFinishedDark = dark(QuizFinished);

/** Quiz, a second attempt finished with `grading="first"`: the grade is the first attempt's; this one is practice. */
export const QuizSecondAttempt: Story = {
  args: { mode: 'quiz', grading: 'first', 'state-key': 'story-fp-quiz-again' },
  beforeEach: saved('story-fp-quiz-again', {
    quiz: Object.fromEntries(quizCases.map((c) => [c.id, c.governance!.form])),
    previous: [{ raw: 2, max: quizCases.length }],
  }),
};

/** 320 px wide (a small phone): the columns stack and the triangle scales. */
export const Narrow: Story = { args: { case: 'place-based-care', 'state-key': 'story-fp-narrow' }, globals: { viewport: { value: 'narrow' } } };

/** A `case` the content does not have: the settings error. */
export const UnknownCase: Story = { args: { case: 'nope', 'state-key': 'story-fp-nope' } };

/** Loading: the widget waits for a content pack (`src`) that has not arrived. */
export const Loading: Story = { args: { src: NEVER, 'state-key': 'story-fp-loading' }, beforeEach: holdFetch };
export const LoadingDark = dark(Loading);

/** Error: an invalid content pack; the panel names each problem and where it is. */
export const InvalidPack: Story = { render: () => html`<cg-form-picker state-key="story-fp-error" .content=${BROKEN_PACK}></cg-form-picker>` };
export const InvalidPackDark = dark(InvalidPack);

/** Japanese (`lang="ja"`): the chrome and the whole default content in Japanese, from collabgov-ja.js, loaded on demand. */
export const Japanese: Story = { args: { mode: 'quiz', lang: 'ja', 'state-key': 'story-fp-ja' } };

/** Welsh (`lang="cy"`): the same from collabgov-cy.js. */
export const Welsh: Story = { args: { lang: 'cy', case: 'lsp', 'state-key': 'story-fp-cy' } };
