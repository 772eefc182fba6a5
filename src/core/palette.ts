import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The colour tokens, light and dark. Every pair meets WCAG 2.2 AA in its theme: text colours at 4.5:1 or more on
 * `bg`, `surface` and the `-soft` backgrounds; `border`, `accent`, the poles and `focus` (non-text parts) at 3:1
 * or more on `bg` and `surface` (test/core/contrast.test.ts measures them as rendered).
 */
export const PALETTE: Record<string, readonly [light: string, dark: string]> = {
  bg: ['#ffffff', '#15191e'],
  surface: ['#f3f5f7', '#1f252c'],
  fg: ['#1b1f24', '#e9edf1'],
  muted: ['#4a535d', '#b3bcc6'],
  border: ['#6e7781', '#7f8a96'],
  accent: ['#0b5cad', '#7ab8f5'],
  'accent-fg': ['#ffffff', '#0b1a29'],
  'accent-soft': ['#dcebfa', '#1c3550'],
  good: ['#1d6b35', '#7fd796'],
  'good-soft': ['#e0f2e5', '#173a22'],
  bad: ['#a4262c', '#ff9aa0'],
  'bad-soft': ['#fbe4e5', '#47191c'],
  warn: ['#7a4d00', '#f5c46b'],
  'warn-soft': ['#fff1d6', '#3d2e0e'],
  'pole-a': ['#0b5cad', '#7ab8f5'],
  'pole-b': ['#8a3a9e', '#d9a2e8'],
  focus: ['#0b5cad', '#a9d2ff'],
};

/** What each colour token colours (the README and Storybook's theming page list these). */
export const COLOR_ROLES: Record<string, string> = {
  bg: 'The widget’s background.',
  surface: 'Cards, panels and buttons.',
  fg: 'Text.',
  muted: 'Secondary text, citations and hints.',
  border: 'Borders of cards, controls and slider tracks (3:1 on bg and surface).',
  accent: 'Primary and pressed buttons, the student’s marks, selected options.',
  'accent-fg': 'Text on the accent colour.',
  'accent-soft': 'Hover and highlight backgrounds, the summary bar.',
  good: 'Right answers: the callout’s edge and mark.',
  'good-soft': 'Background of a right answer’s callout.',
  bad: 'Wrong answers and the error panel’s edge.',
  'bad-soft': 'Background of a wrong answer’s callout and the error panel.',
  warn: '“Resolved, not managed” and the storage notice’s edge.',
  'warn-soft': 'Background of warning callouts.',
  'pole-a': 'The first pole or logic (left end of a bipolar slider).',
  'pole-b': 'The second pole or logic (right end), and the reference mark.',
  focus: 'The focus ring.',
};

type Scheme = 0 | 1 | 'both';

/**
 * `--_x: var(--cg-color-x, <value>)` for every colour. With `both`, the value is `light-dark(light, dark)`, which
 * follows the `color-scheme` the element inherits from the host page (or that `theme` sets).
 */
export function paletteCss(scheme: Scheme): CSSResult {
  return unsafeCSS(
    Object.entries(PALETTE)
      .map(([name, [light, dark]]) => {
        const value = scheme === 'both' ? `light-dark(${light}, ${dark})` : scheme ? dark : light;
        return `--_${name}: var(--cg-color-${name}, ${value});`;
      })
      .join('\n'),
  );
}
