import { css } from 'lit';

/**
 * Styles every widget shares: box model, type scale, focus ring, the buttons (plain, primary, toggle/pressed),
 * form controls, disclosures, the frame, notices, the error panel and citations.
 */
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
    margin: 0 0 var(--_space-m);
  }
  h2,
  h3,
  h4 {
    line-height: var(--_lh-tight);
    font-weight: var(--_weight-strong);
  }
  h2 {
    font-size: var(--_text-h2);
    margin-bottom: var(--_space-s);
  }
  h3 {
    font-size: var(--_text-h3);
    margin-bottom: var(--_space-s);
  }
  h4 {
    font-size: 1em;
    margin-bottom: var(--_space-xs);
  }
  strong,
  b,
  th,
  legend {
    font-weight: var(--_weight-strong);
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
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  button {
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.4em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_fg);
    line-height: var(--_lh-tight);
    text-align: center;
    cursor: pointer;
    transition: background-color var(--_duration),border-color var(--_duration);
  }
  button:hover {
    background: var(--_accent-soft);
    border-color: var(--_accent);
  }
  button.primary,
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-color: var(--_accent);
    font-weight: var(--_weight-strong);
  }
  button.primary:hover,
  button[aria-pressed='true']:hover {
    background: color-mix(in srgb,var(--_accent) 82%,var(--_fg));
  }
  /* aria-disabled: a button that has nothing to do now but keeps focus (disabling it would drop focus to the page). */
  button:disabled,
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button:disabled:hover,
  button[aria-disabled='true']:hover {
    background: var(--_surface);
    border-color: var(--_border);
  }
  select,
  textarea,
  input[type='text'] {
    max-width: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    background: var(--_bg);
  }
  select {
    min-height: var(--_target);
    padding: 0.25rem 0.5rem;
  }
  textarea {
    display: block;
    width: 100%;
    padding: var(--_space-s);
    line-height: var(--_lh);
    resize: vertical;
  }
  input[type='radio'],
  input[type='checkbox'] {
    accent-color: var(--_accent);
  }
  details > summary {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-height: var(--_target);
    cursor: pointer;
    font-weight: var(--_weight-strong);
    list-style: none;
  }
  details > summary::-webkit-details-marker {
    display: none;
  }
  details > summary::before {
    content: '';
    flex: none;
    width: 0.45em;
    height: 0.45em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform var(--_duration);
  }
  details[open] > summary::before {
    transform: rotate(45deg);
  }
  .wrap {
    container-type: inline-size;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow-wrap: anywhere;
  }
  /* Text from a lecturer's pack never reorders the widget's own words around it (model/bidi.ts balances it too). */
  strong,
  em,
  code,
  label,
  summary,
  option,
  .cite {
    unicode-bidi: isolate;
  }
  /* Japanese has no italics: emphasis is marked with sesame dots over the characters instead. */
  em:lang(ja),
  i:lang(ja),
  cite:lang(ja),
  dfn:lang(ja),
  var:lang(ja) {
    font-style: normal;
    text-emphasis: filled sesame;
    text-emphasis-position: over right;
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
    font-size: var(--_text-s);
  }
  .notice {
    display: flex;
    gap: var(--_space-s);
    align-items: flex-start;
    justify-content: space-between;
    padding: var(--_space-s) var(--_space-m);
    margin-bottom: var(--_space);
    border: 1px solid var(--_warn);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_warn-soft);
  }
  .notice p {
    margin: 0;
  }
  .notice {
    flex-wrap: wrap;
  }
  .notice-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
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
    font-family: var(--_font-mono);
    font-weight: var(--_weight-strong);
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    /*
     * A pressed or primary button keeps its own system colours: left to the browser, its HighlightText text is drawn
     * on a Canvas backplate and vanishes (issue 15). Highlight / HighlightText is the system’s own pair for a selection.
     */
    button.primary,
    button[aria-pressed='true'],
    button.primary:hover,
    button[aria-pressed='true']:hover {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    button:disabled,
    button.primary:disabled,
    button[aria-disabled='true'] {
      forced-color-adjust: none;
      background: Canvas;
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
  }
`;
