import { css } from 'lit';

/** The dark palette, used under `prefers-color-scheme: dark` and by `theme="dark"`. */
const dark = css`
  --_bg: var(--cg-color-bg, #15191e);
  --_surface: var(--cg-color-surface, #20262d);
  --_fg: var(--cg-color-fg, #e9edf1);
  --_muted: var(--cg-color-muted, #b3bcc6);
  --_border: var(--cg-color-border, #6b7680);
  --_accent: var(--cg-color-accent, #7ab8f5);
  --_accent-fg: var(--cg-color-accent-fg, #0b1a29);
  --_accent-soft: var(--cg-color-accent-soft, #1c3550);
  --_good: var(--cg-color-good, #7fd796);
  --_good-soft: var(--cg-color-good-soft, #173a22);
  --_bad: var(--cg-color-bad, #ff9aa0);
  --_bad-soft: var(--cg-color-bad-soft, #47191c);
  --_warn: var(--cg-color-warn, #f5c46b);
  --_warn-soft: var(--cg-color-warn-soft, #3d2e0e);
  --_pole-a: var(--cg-color-pole-a, #7ab8f5);
  --_pole-b: var(--cg-color-pole-b, #d9a2e8);
  --_focus: var(--cg-color-focus, #a9d2ff);
  color-scheme: dark;
`;

/**
 * Theme tokens. Every widget reads `--cg-*` custom properties, each with a fallback, so a host page can
 * restyle a widget by setting them on the element or any ancestor. The font is inherited from the page.
 * Light by default, dark under `prefers-color-scheme: dark` or `theme="dark"`; `theme="light"` forces light.
 * Under `forced-colors: active` the system colours take over; `prefers-reduced-motion` stops transitions.
 */
export const tokens = css`
  :host {
    --_bg: var(--cg-color-bg, #ffffff);
    --_surface: var(--cg-color-surface, #f4f6f8);
    --_fg: var(--cg-color-fg, #1b1f24);
    --_muted: var(--cg-color-muted, #4f5863);
    --_border: var(--cg-color-border, #8a949e);
    --_accent: var(--cg-color-accent, #0b5cad);
    --_accent-fg: var(--cg-color-accent-fg, #ffffff);
    --_accent-soft: var(--cg-color-accent-soft, #dcebfa);
    --_good: var(--cg-color-good, #1d6b35);
    --_good-soft: var(--cg-color-good-soft, #dff3e4);
    --_bad: var(--cg-color-bad, #a4262c);
    --_bad-soft: var(--cg-color-bad-soft, #fbe3e4);
    --_warn: var(--cg-color-warn, #7a4d00);
    --_warn-soft: var(--cg-color-warn-soft, #fff1d6);
    --_pole-a: var(--cg-color-pole-a, #0b5cad);
    --_pole-b: var(--cg-color-pole-b, #8a3a9e);
    --_focus: var(--cg-color-focus, #0b5cad);
    --_radius: var(--cg-radius, 0.5rem);
    --_space: var(--cg-space, 1rem);
    --_duration: var(--cg-duration, 160ms);

    display: block;
    box-sizing: border-box;
    max-width: 100%;
    color: var(--_fg);
    background: var(--_bg);
    font: inherit;
    line-height: 1.5;
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (forced-colors: active) {
    /* As specific as the dark-theme selectors above, and later, so the system colours always win. */
    :host,
    :host([theme='dark']),
    :host(:not([theme='light'])) {
      --_bg: Canvas;
      --_surface: Canvas;
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_border: CanvasText;
      --_accent: Highlight;
      --_accent-fg: HighlightText;
      --_accent-soft: Canvas;
      --_good: CanvasText;
      --_good-soft: Canvas;
      --_bad: CanvasText;
      --_bad-soft: Canvas;
      --_warn: CanvasText;
      --_warn-soft: Canvas;
      --_pole-a: LinkText;
      --_pole-b: CanvasText;
      --_focus: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host *,
    :host *::before,
    :host *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** Styles every widget shares: box model, focus ring, buttons, notices, the error panel, citations. */
export const baseStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  figure,
  fieldset {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  h2 {
    font-size: 1.25em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.1em;
    line-height: 1.3;
  }
  h4 {
    font-size: 1em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  select,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: 44px;
    min-width: 44px;
    padding: 0.4em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    transition: background-color var(--_duration);
  }
  select {
    min-height: 44px;
    max-width: 100%;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  button:hover {
    background: var(--_accent-soft);
  }
  button.primary,
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-color: var(--_accent);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .wrap {
    container-type: inline-size;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .cite {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .notice {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    justify-content: space-between;
    padding: 0.5rem 0.75rem;
    margin-bottom: var(--_space);
    border: 1px solid var(--_warn);
    border-radius: var(--_radius);
    background: var(--_warn-soft);
  }
  .notice p {
    margin: 0;
  }
  .error {
    padding: var(--_space);
    border: 2px solid var(--_bad);
    border-radius: var(--_radius);
    background: var(--_bad-soft);
  }
  .error ul {
    padding-left: 1.25rem;
  }
  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
`;
