import { css, unsafeCSS } from 'lit';

/** The bipolar track: a pole colour at each end fading to the middle, with a centre line. */
const track = unsafeCSS('linear-gradient(var(--_fg), var(--_fg)) center / 2px 100% no-repeat, linear-gradient(90deg, var(--_pole-a), var(--_bg), var(--_pole-b))');
/** The thumb: filled once placed (hollow while not placed yet), ringed so it shows on any track colour. */
const thumb = unsafeCSS('border: 3px solid var(--_bg); border-radius: 50%; background: var(--_accent); box-shadow: 0 0 0 2px var(--_fg);');

/** Under forced colours, system colours only (set here, since the slider opts out of forced-colour adjustment). */
const fcTrack = unsafeCSS('border-color: CanvasText; background: linear-gradient(CanvasText, CanvasText) center / 2px 100% no-repeat, Canvas;');
const fcThumb = unsafeCSS('border-color: Canvas; background: Highlight; box-shadow: 0 0 0 2px CanvasText;');

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
    .print-note {
      display: block;
      white-space: pre-wrap;
      padding: 0.5rem;
      border: 1px solid var(--_border);
    }
    .note.empty {
      display: none;
    }
    .tension,
    .row {
      break-inside: avoid;
      background: none;
    }
    .poles {
      margin-bottom: 0.5rem;
    }
    .tension .note label {
      margin-top: 0.5rem;
    }
`);

export const styles = css`
  ol.tensions,
  .rows,
  .legend {
    list-style: none;
    padding: 0;
  }
  .tension {
    padding: var(--_space);
    margin-bottom: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .tension.is-resolved {
    border: 3px solid var(--_warn);
  }
  .poles {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    margin: 0;
    font-weight: 600;
  }
  .poles span:last-child {
    text-align: end;
  }
  .poles .vs {
    color: var(--_muted);
  }
  .poles span:not(.vs) {
    max-width: 48%;
  }
  input[type='range'] {
    display: block;
    width: 100%;
    height: 44px;
    margin: 0;
    appearance: none;
    background: transparent;
    cursor: pointer;
    forced-color-adjust: none;
  }
  input[type='range']::-webkit-slider-runnable-track {
    height: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 1rem;
    background: ${track};
  }
  input[type='range']::-moz-range-track {
    height: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 1rem;
    background: ${track};
  }
  input[type='range']::-webkit-slider-thumb {
    appearance: none;
    width: 1.75rem;
    height: 1.75rem;
    margin-top: -0.7rem;
    ${thumb}
  }
  input[type='range']::-moz-range-thumb {
    width: 1.75rem;
    height: 1.75rem;
    ${thumb}
  }
  input.unset::-webkit-slider-thumb {
    background: var(--_bg);
  }
  input.unset::-moz-range-thumb {
    background: var(--_bg);
  }
  .words {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
  }
  .flag {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid var(--_warn);
    border-radius: var(--_radius);
    background: var(--_warn-soft);
    color: var(--_fg);
    font-weight: 600;
    font-size: 0.9em;
  }
  .flag > span {
    color: var(--_warn);
  }
  .resolved {
    padding: 0.5rem 0.75rem;
    margin-bottom: var(--_space);
    border-inline-start: 4px solid var(--_warn);
    background: var(--_warn-soft);
  }
  .resolved p:last-child {
    margin-bottom: 0;
  }
  .effects {
    padding-left: 1.25rem;
  }
  .compare {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_pole-b);
    background: var(--_bg);
  }
  .note label {
    display: block;
    font-weight: 600;
    margin-top: var(--_space);
  }
  textarea {
    display: block;
    width: 100%;
    min-height: 4.5em;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    resize: vertical;
  }
  .hint {
    font-size: 0.875em;
    margin: 0.25rem 0 0;
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
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    font-size: 0.9em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.25rem;
  }
  .row {
    padding: 0.25rem 0;
    border-bottom: 1px solid var(--_border);
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
  .ref {
    fill: none;
    stroke: var(--_pole-b);
    stroke-width: 3;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    font-size: 0.8em;
  }
  .ends span:last-child {
    text-align: end;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  @container (min-width: 56rem) {
    ol.tensions {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: var(--_space);
    }
    .tension {
      margin: 0;
    }
  }
  @container (max-width: 30rem) {
    .tension {
      padding: 0.5rem;
    }
    .poles .vs {
      display: none;
    }
  }
  @media (max-width: 30rem) {
    .wrap {
      padding: 0.5rem;
    }
  }
  @media (forced-colors: active) {
    input[type='range']::-webkit-slider-runnable-track {
      ${fcTrack}
    }
    input[type='range']::-moz-range-track {
      ${fcTrack}
    }
    input[type='range']::-webkit-slider-thumb {
      ${fcThumb}
    }
    input[type='range']::-moz-range-thumb {
      ${fcThumb}
    }
    input.unset::-webkit-slider-thumb {
      background: Canvas;
    }
    input.unset::-moz-range-thumb {
      background: Canvas;
    }
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
