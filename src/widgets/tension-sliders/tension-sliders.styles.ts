import { css, unsafeCSS } from 'lit';
import { bipolarStyles } from '../../core/bipolar.js';
import type { PartMap } from '../../core/parts.js';

/** The shared parts' elements in this widget (see src/core/parts.ts). */
export const parts: PartMap = {
  card: '.tension',
  callout: '.resolved, .compare',
  'callout-warn': '.resolved',
  'callout-info': '.compare',
  summary: '.progress, .reading',
};

/** How the reflection prints: no controls, notes as text, cards kept whole. Also shown on screen with `print-preview`. */
const print = unsafeCSS(`
    .wrap {
      border: 0;
      padding: 0;
    }
    button,
    .actions,
    input[type='range'],
    textarea,
    .placed,
    .hint {
      display: none !important;
    }
    details.note {
      display: none !important;
    }
    .print-note:empty {
      display: none;
    }
    .print-note {
      display: block;
      white-space: pre-wrap;
      padding: 0.5rem;
      border: 1px solid var(--_border);
    }
    .tension,
    .row {
      break-inside: avoid;
      background: none;
      box-shadow: none;
    }
    .poles {
      margin-bottom: 0.5rem;
    }
    /* The collapsed explanations print open (where the browser has ::details-content), without their toggles. */
    .tension details > summary {
      display: none;
    }
    .tension details::details-content {
      content-visibility: visible;
      display: block;
    }
`);

export const widgetStyles = css`
  ol.tensions,
  .rows,
  .legend {
    list-style: none;
    padding: 0;
  }
  .tension {
    margin-bottom: var(--_space-m);
  }
  .tension h3 {
    margin-bottom: var(--_space-xs);
  }
  .tension.is-resolved {
    border: 3px solid var(--_warn);
  }
  .words {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    align-items: baseline;
    margin-bottom: var(--_space-s);
  }
  .flag {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid var(--_warn);
    border-radius: var(--_radius-s);
    background: var(--_warn-soft);
    color: var(--_fg);
    font-weight: var(--_weight-strong);
    font-size: var(--_text-s);
  }
  .flag > span {
    color: var(--_warn);
  }
  .effects {
    padding-left: 1.25rem;
    margin-bottom: var(--_space-s);
  }
  .effects li + li {
    margin-top: var(--_space-xs);
  }
  /* Collapsed explanations keep each card short: about the tension, a response's gives and costs, the note. */
  .tension details {
    margin: 0 0 var(--_space-xs);
  }
  .tension details > summary {
    font-weight: normal;
    color: var(--_muted);
  }
  .tension details[open] > summary {
    color: var(--_fg);
  }
  .tension details.note > summary {
    font-weight: var(--_weight-strong);
    color: var(--_fg);
  }
  textarea {
    min-height: calc(2lh + 2 * var(--_space-s) + 2px);
    field-sizing: content;
  }
  .hint {
    font-size: var(--_text-s);
    margin: var(--_space-xs) 0 0;
  }
  .print-note {
    display: none;
  }
  .overall {
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  figure {
    margin: 0 0 var(--_space);
  }
  figcaption {
    font-weight: var(--_weight-strong);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    font-size: var(--_text-s);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
  }
  .row {
    padding: var(--_space-xs) 0;
    border-bottom: 1px solid var(--_border);
  }
  /* Wide: a tension's name beside its track, so the figure takes a line per tension. */
  @container (min-width: 40rem) {
    .row {
      display: grid;
      grid-template-columns: minmax(10rem, 1fr) minmax(0, 2fr);
      gap: 0 var(--_space);
      align-items: center;
    }
    .row .fname {
      grid-row: span 2;
    }
  }
  .fname {
    display: block;
  }
  .track {
    display: block;
    overflow: visible;
  }
  .axis {
    stroke: var(--_muted);
    stroke-width: 2;
  }
  .you {
    fill: var(--_accent);
    stroke: var(--_bg);
    stroke-width: 2;
  }
  .you.resolved {
    fill: var(--_warn);
    stroke: var(--_fg);
  }
  .key-ref {
    display: inline-block;
    width: 0.6rem;
    height: 0.6rem;
    margin-inline-end: 0.45rem;
    transform: rotate(45deg);
    border: 2px solid var(--_pole-b);
  }
  .ref {
    fill: none;
    stroke: var(--_pole-b);
    stroke-width: 3;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-s);
    font-size: var(--_text-s);
  }
  .ends span:last-child {
    text-align: end;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  @container (min-width: 48rem) {
    ol.tensions {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: var(--_space-m);
    }
    .tension {
      margin: 0;
    }
  }
  @container (min-width: 72rem) {
    ol.tensions {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container (max-width: 30rem) {
    .tension {
      padding: var(--_space-s);
    }
  }
  @media (max-width: 30rem) {
    .wrap {
      padding: var(--_space-s);
    }
  }
  @media (forced-colors: active) {
    .you,
    .you.resolved,
    .ref {
      stroke: CanvasText;
    }
    .you {
      fill: Highlight;
    }
    .you.resolved {
      fill: CanvasText;
    }
    .axis {
      stroke: CanvasText;
    }
  }
  @media print {
    ${print}
  }
  :host([print-preview]) {
    ${print}
  }
`;

export const styles = [bipolarStyles, widgetStyles];
