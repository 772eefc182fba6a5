import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/tension-sliders/index.js';

const meta: Meta = {
  title: 'Widgets/TensionSliders',
  component: 'cg-tension-sliders',
  tags: ['autodocs'],
  render: (args) => html`<cg-tension-sliders theme=${args.theme ?? ''} state-key="story-tension-sliders"></cg-tension-sliders>`,
  argTypes: { theme: { control: 'select', options: ['', 'light', 'dark'] } },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const InvalidPack: Story = {
  render: () => html`<cg-tension-sliders state-key="story-tension-sliders-invalid" .content=${{ title: 42, cases: [{ id: 'Bad id' }] }}></cg-tension-sliders>`,
};
