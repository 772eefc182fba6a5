import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/form-picker/index.js';

const meta: Meta = {
  title: 'Widgets/FormPicker',
  component: 'cg-form-picker',
  tags: ['autodocs'],
  render: (args) => html`<cg-form-picker theme=${args.theme ?? ''} state-key="story-form-picker"></cg-form-picker>`,
  argTypes: { theme: { control: 'select', options: ['', 'light', 'dark'] } },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const InvalidPack: Story = {
  render: () => html`<cg-form-picker state-key="story-form-picker-invalid" .content=${{ title: 42, cases: [{ id: 'Bad id' }] }}></cg-form-picker>`,
};
