import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PALETTE } from '../src/core/palette.js';

/**
 * The theming playground: set tokens and write `::part()` rules, and see a widget take them at once. What you set
 * here is what a host page sets on the element (or any ancestor) and in its own stylesheet.
 */
interface Args {
  widget: string;
  [token: `--cg-${string}`]: string;
  css: string;
}

const WIDGETS: Record<string, string> = {
  'tension sliders': '<cg-tension-sliders tensions="goals,trust,leadership" case="lsp" state-key="story-theme-ts"></cg-tension-sliders>',
  'table comparator, sort': '<cg-table-comparator mode="sort" state-key="story-theme-sort"></cg-table-comparator>',
  'table comparator, case': '<cg-table-comparator mode="case" case="lsp" state-key="story-theme-case"></cg-table-comparator>',
  'form picker': '<cg-form-picker case="lsp" state-key="story-theme-fp"></cg-form-picker>',
  'form picker, quiz': '<cg-form-picker mode="quiz" state-key="story-theme-quiz"></cg-form-picker>',
};
const COLOURS = ['accent', 'accent-fg', 'bg', 'surface', 'fg', 'border', 'pole-a', 'pole-b'];

const meta: Meta<Args> = {
  title: 'Theming/Playground',
  render: (a) => {
    const wrap = document.createElement('div');
    for (const [k, v] of Object.entries(a)) if (k.startsWith('--cg-') && v) wrap.style.setProperty(k, String(v));
    const sheet = document.createElement('style');
    sheet.textContent = a.css;
    wrap.innerHTML = WIDGETS[a.widget] ?? WIDGETS['tension sliders'];
    wrap.prepend(sheet);
    return wrap;
  },
  argTypes: {
    widget: { control: 'select', options: Object.keys(WIDGETS), description: 'The widget to restyle.' },
    css: { control: 'text', description: 'Your own CSS, e.g. `::part()` rules (applied as a host page’s stylesheet would be).' },
    '--cg-font': { control: 'select', options: ['', 'Georgia, serif', "'Liberation Serif', serif", 'Lato, sans-serif', "'DejaVu Sans Mono', monospace"] },
    '--cg-radius': { control: 'select', options: ['', '0', '0.25rem', '1rem'] },
    '--cg-space': { control: 'select', options: ['', '0.75rem', '1.25rem'] },
    '--cg-elevation-1': { control: 'select', options: ['', 'none', '0 2px 8px rgb(0 0 0 / 0.2)'] },
    ...Object.fromEntries(COLOURS.map((c) => [`--cg-color-${c}`, { control: 'color', description: `Default light ${PALETTE[c][0]}, dark ${PALETTE[c][1]}.` }])),
  },
  args: { widget: 'tension sliders', css: '' },
};
export default meta;
type Story = StoryObj<Args>;

/** Change any token or write part rules in the controls below. */
export const Playground: Story = {};

/** A house style: square corners, a green accent, flat cards and a heavier summary bar, by tokens and parts only. */
export const HouseStyle: Story = {
  args: {
    widget: 'table comparator, sort',
    '--cg-color-accent': '#00703c',
    '--cg-color-accent-soft': '#e3f1e8',
    '--cg-radius': '0',
    '--cg-radius-s': '0',
    '--cg-elevation-1': 'none',
    '--cg-font': 'Lato, sans-serif',
    css: `cg-table-comparator::part(summary) { border-width: 0 0 0 8px; }
cg-table-comparator::part(button-primary) { box-shadow: 0 2px 0 #002d18; }
cg-table-comparator::part(card) { border-width: 2px; }`,
  },
};

