import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/table-comparator/index.js';

const meta: Meta = {
  title: 'Widgets/TableComparator',
  component: 'cg-table-comparator',
  tags: ['autodocs'],
  render: (args) => html`<cg-table-comparator theme=${args.theme ?? ''} state-key="story-table-comparator"></cg-table-comparator>`,
  argTypes: { theme: { control: 'select', options: ['', 'light', 'dark'] } },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const InvalidPack: Story = {
  render: () => html`<cg-table-comparator state-key="story-table-comparator-invalid" .content=${{ title: 42, cases: [{ id: 'Bad id' }] }}></cg-table-comparator>`,
};
