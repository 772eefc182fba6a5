import { css } from 'lit';

export const styles = css`
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem 0.75rem;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .option {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    min-height: 44px;
    padding: 0.35rem 0.5rem;
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
    accent-color: var(--_accent);
  }
  select {
    display: block;
    width: 100%;
    max-width: 32rem;
    margin-top: 0.25rem;
  }
  .case {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin-bottom: var(--_space);
  }
  .case label {
    flex: 1 1 16rem;
    font-weight: 600;
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
  .factor .word {
    margin: 0.5rem 0 0;
    padding-left: 0.5rem;
    border-left: 3px solid var(--_accent);
    font-size: 0.925em;
  }
  .reading {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .verdict {
    font-weight: 600;
  }
  .fits {
    list-style: none;
    padding: 0;
  }
  .fits li {
    margin-bottom: 0.4rem;
  }
  .fits li.top {
    font-weight: 600;
  }
  /* An SVG bar (attributes, not a style attribute, so a strict CSP allows it). */
  .bar {
    display: block;
    width: 100%;
    height: 0.6rem;
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
    margin: 0 auto 0.5rem;
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
    font-weight: 600;
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
    gap: 0.5rem;
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
    font-weight: 600;
  }
  .explain {
    margin: var(--_space) 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 600;
  }
  summary::before {
    content: '▸';
    margin-right: 0.5rem;
  }
  details[open] > summary::before {
    content: '▾';
  }
  summary::-webkit-details-marker {
    display: none;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5rem;
  }
  .show .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
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
    padding: 0 0.4rem;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    font-size: 0.85em;
    font-weight: 600;
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
    margin-bottom: var(--_space);
    counter-increment: q;
  }
  .quiz legend::before {
    content: counter(q) '. ';
  }
  .q .options {
    display: grid;
    gap: 0.25rem;
  }
  .feedback {
    margin-top: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid;
    border-radius: var(--_radius);
  }
  .feedback.good {
    border-color: var(--_good);
    background: var(--_good-soft);
  }
  .feedback.bad {
    border-color: var(--_bad);
    background: var(--_bad-soft);
  }
  .feedback p:last-child {
    margin: 0;
  }
  .check {
    margin-top: 0.5rem;
  }
  .score {
    font-weight: 600;
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
