import { css } from 'lit';
import type { PartMap } from '../../core/parts.js';

/** The shared parts' elements in this widget (see src/core/parts.ts). */
export const parts: PartMap = {
  card: '.factor, .quiz > li',
  callout: '.feedback, .compare',
  'callout-good': '.feedback.good',
  'callout-bad': '.feedback.bad',
  'callout-info': '.compare',
  summary: '.score, .verdict',
};

const widgetStyles = css`
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m) var(--_space-m);
    min-width: 0;
  }
  legend {
    font-weight: var(--_weight-strong);
    padding: 0 var(--_space-xs);
  }
  .option {
    display: flex;
    gap: var(--_space-s);
    align-items: flex-start;
    min-height: var(--_target);
    padding: 0.35rem var(--_space-s);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:hover {
    background: var(--_accent-soft);
  }
  .option:has(:checked) {
    background: var(--_accent-soft);
    outline: 1px solid var(--_accent);
  }
  input[type='radio'] {
    flex: none;
    width: 1.15rem;
    height: 1.15rem;
    margin: 0.2rem 0 0;
  }
  select {
    display: block;
    width: 100%;
    max-width: 32rem;
    margin-top: var(--_space-xs);
  }
  .case {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space);
    align-items: end;
    margin-bottom: var(--_space);
  }
  .case label {
    flex: 1 1 16rem;
    font-weight: var(--_weight-strong);
  }
  .case h3 {
    flex: 1 1 16rem;
    margin: 0;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: var(--_space);
    align-items: start;
  }
  @container (max-width: 44rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* The reading repeated under the factor just set: on narrow screens only, where the reading is far below. */
  .repeat {
    margin: var(--_space-s) 0 0;
    padding: var(--_space-s);
    border-radius: var(--_radius-s);
    background: var(--_accent-soft);
  }
  .repeat button {
    margin-top: var(--_space-xs);
  }
  @container (min-width: 44.01rem) {
    .repeat {
      display: none;
    }
  }
  .factor .word {
    margin: var(--_space-s) 0 0;
    padding-left: var(--_space-s);
    border-left: 3px solid var(--_accent);
    font-size: 0.925em;
  }
  .reading {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .verdict {
    margin-top: 0;
    font-weight: var(--_weight-strong);
  }
  .fits {
    list-style: none;
    padding: 0;
  }
  .fits li {
    margin-bottom: var(--_space-s);
  }
  .fits li.top {
    font-weight: var(--_weight-strong);
  }
  /* An SVG bar (attributes, not a style attribute, so a strict CSP allows it). */
  .bar {
    display: block;
    width: 100%;
    height: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: 0.3rem;
    background: var(--_bg);
    overflow: hidden;
  }
  .bar > rect {
    fill: var(--_accent);
  }
  .plot-wrap {
    max-width: 24rem;
    margin: 0 auto var(--_space-s);
  }
  .plot {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
  }
  .tri {
    fill: var(--_bg);
    stroke: var(--_fg);
    stroke-width: 0.6;
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 0.3;
    stroke-dasharray: 1.5 1.5;
  }
  .label {
    fill: var(--_fg);
    font-size: 6px;
    font-weight: var(--_weight-strong);
  }
  .link {
    stroke: var(--_muted);
    stroke-width: 0.5;
    stroke-dasharray: 1 1;
  }
  .reading rect,
  rect.reading {
    fill: var(--_accent);
    stroke: var(--_bg);
    stroke-width: 0.6;
  }
  .own {
    cursor: grab;
    outline: none;
  }
  .own .halo {
    fill: transparent;
    stroke: none;
  }
  .own .ring {
    fill: none;
    stroke: var(--_pole-b);
    stroke-width: 1.8;
  }
  .own:focus-visible .halo {
    stroke: var(--_focus);
    stroke-width: 1.2;
  }
  .blend-words {
    list-style: none;
    padding: 0;
  }
  .blend-words li {
    display: flex;
    gap: var(--_space-s);
    align-items: baseline;
  }
  .key {
    flex: none;
    display: inline-block;
    width: 0.7rem;
    height: 0.7rem;
  }
  .key.diamond {
    background: var(--_accent);
    transform: rotate(45deg);
  }
  .key.ring {
    border: 2px solid var(--_pole-b);
    border-radius: 50%;
  }
  .compare {
    font-weight: var(--_weight-strong);
  }
  .explain {
    margin: var(--_space) 0;
    padding: 0 var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  dt {
    font-weight: var(--_weight-strong);
  }
  dd {
    margin: 0 0 var(--_space-s);
  }
  .show .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
  }
  .cols {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0 var(--_space);
  }
  ul,
  ol {
    padding-left: 1.25rem;
  }
  .tag {
    display: inline-block;
    padding: 0 var(--_space-s);
    border: 1px solid currentColor;
    border-radius: var(--_space-xs);
    font-size: 0.85em;
    font-weight: var(--_weight-strong);
  }
  .tag.common {
    color: var(--_good);
  }
  .tag.rare {
    color: var(--_muted);
  }
  .quiz {
    list-style: none;
    padding: 0;
    counter-reset: q;
  }
  .quiz > li {
    counter-increment: q;
  }
  .quiz legend::before {
    content: counter(q) '. ';
  }
  .q .options {
    display: grid;
    gap: var(--_space-xs);
  }
  .feedback {
    margin-bottom: 0;
  }
  .feedback .fits-h {
    margin: var(--_space-s) 0 var(--_space-xs);
  }
  .fit-lines,
  .levels {
    margin: 0 0 var(--_space-s);
    padding-inline-start: 1.25rem;
  }
  .fit-lines li + li {
    margin-top: var(--_space-xs);
  }
  .check {
    margin-top: var(--_space-s);
  }
  .score {
    font-weight: var(--_weight-strong);
  }
  .q {
    border: 0;
    padding: 0;
    margin-bottom: var(--_space-s);
  }
  .q legend {
    padding: 0;
    font-size: var(--_text-h3);
  }
  .against {
    color: var(--_bad);
  }
  @media (forced-colors: active) {
    .tri,
    .label {
      stroke: CanvasText;
    }
    .label {
      fill: CanvasText;
      stroke: none;
    }
    rect.reading {
      fill: Highlight;
    }
    .own .ring {
      stroke: LinkText;
    }
    .own:focus-visible .halo {
      stroke: Highlight;
    }
    .bar > rect {
      fill: Highlight;
    }
    .key.diamond {
      background: Highlight;
      forced-color-adjust: none;
    }
  }
`;

export const styles = [widgetStyles];
