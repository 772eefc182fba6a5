import { css } from 'lit';
import { paletteCss } from './palette.js';

export { baseStyles } from './base.styles.js';

/**
 * Theme tokens. Every widget reads `--cg-*` custom properties, each with a fallback, so a host page can restyle a
 * widget by setting them on the element or any ancestor (see the README's "Theming").
 *
 * - **Colour scheme**: the palette is `light-dark(light, dark)`, so it follows the `color-scheme` the widget
 *   inherits from the host page: light unless the page says `color-scheme: dark` (or `light dark`, which follows
 *   the reader's system). `theme="light"`, `theme="dark"` and `theme="auto"` (the reader's system) override it.
 *   Browsers without `light-dark()` are light unless `theme="dark"`.
 * - **Font**: the host page's font is inherited; where the page gives none (the browser's default serif), the
 *   system font stack is used instead (font.ts). `--cg-font` sets a font outright.
 * - Forced colours hand every colour to the system; `prefers-reduced-motion` stops transitions and animations.
 */
export const tokens = css`
  :host {
    ${paletteCss('both')}
    /* Every family here has ŵ and ŷ (Latin Extended-A) for Welsh; the Japanese stack is swapped in under :lang(ja). */
    --_font-system: system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue','Noto Sans','Liberation Sans',Arial,sans-serif;
    --_font-system-ja: system-ui,-apple-system,'Hiragino Sans','Hiragino Kaku Gothic ProN','Noto Sans JP','Noto Sans CJK JP','Yu Gothic UI','Yu Gothic',Meiryo,sans-serif;
    --_font-mono: ui-monospace,SFMono-Regular,Menlo,Consolas,'Liberation Mono',monospace;
    --_lh: var(--cg-line-height, 1.5);
    --_lh-tight: var(--cg-line-height-tight, 1.25);
    --_text-s: var(--cg-text-small, 0.875em);
    --_text-h3: var(--cg-text-h3, 1.125em);
    --_text-h2: var(--cg-text-h2, 1.375em);
    --_weight-strong: var(--cg-font-weight-strong, 600);
    --_space: var(--cg-space, 1rem);
    --_space-xs: var(--cg-space-xs, calc(var(--_space) * 0.25));
    --_space-s: var(--cg-space-s, calc(var(--_space) * 0.5));
    --_space-m: var(--cg-space-m, calc(var(--_space) * 0.75));
    --_space-l: var(--cg-space-l, calc(var(--_space) * 1.5));
    --_radius: var(--cg-radius, 0.5rem);
    --_radius-s: var(--cg-radius-s, 0.25rem);
    --_elevation-1: var(--cg-elevation-1,0 1px 2px rgb(0 0 0 / 0.08),0 1px 3px rgb(0 0 0 / 0.06));
    --_elevation-2: var(--cg-elevation-2,0 6px 18px rgb(0 0 0 / 0.3));
    --_duration: var(--cg-duration, 160ms);
    --_target: var(--cg-target-size, 44px);

    display: block;
    box-sizing: border-box;
    max-width: 100%;
    color: var(--_fg);
    background: var(--_bg);
    /* Unset (no --cg-font): the declaration is invalid at computed-value time, so the host page’s font is inherited. */
    font-family: var(--cg-font);
    line-height: var(--_lh);
  }
  /*
   * Japanese: no synthetic italics or bold, a looser line height for kanji and kana, phrase-aware line breaking
   * where the browser has it (word-break: auto-phrase) and strict kinsoku otherwise; long Latin words still wrap.
   * Keyed to the language of the words shown (each part carries it), not only the page's: a Japanese page whose
   * Japanese file failed shows English, set as English. The system stack becomes a Japanese one; a host page's own
   * font (or --cg-font) still wins, as in English.
   */
  :host(:lang(ja)) {
    --_font-system: var(--_font-system-ja);
  }
  :host > :lang(ja) {
    --_lh: var(--cg-line-height, 1.8);
    --_lh-tight: var(--cg-line-height-tight, 1.45);
    font-synthesis: none;
  }
  :host > :lang(ja),
  :host :lang(ja) {
    line-break: strict;
    overflow-wrap: anywhere;
  }
  @supports (word-break: auto-phrase) {
    :host > :lang(ja),
    :host :lang(ja) {
      word-break: auto-phrase;
    }
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  /*
   * Inherited properties a host page may set for its own text (or with a rule on every element) are reset on the
   * widget’s top-level parts: text inside reads the same on any page. letter-spacing and word-spacing are left to
   * inherit, so a reader’s own text-spacing setting (WCAG 1.4.12) still reaches the widget.
   */
  :host > * {
    color: var(--_fg);
    line-height: var(--_lh);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    font-style: normal;
    font-variant: normal;
    font-weight: normal;
    white-space: normal;
    word-break: normal;
    hyphens: manual;
    list-style: none;
    cursor: auto;
  }
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      ${paletteCss(0)}
    }
    :host([theme='dark']) {
      ${paletteCss(1)}
    }
  }
  @media (forced-colors: active) {
    /* As specific as the theme selectors above, and later, so the system colours always win. */
    :host,
    :host([theme]) {
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
      --_elevation-1: none;
      --_elevation-2: none;
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
