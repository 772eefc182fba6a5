import { css, html, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/**
 * The bipolar slider every widget uses: a native range input (so arrows, Page Up/Down, Home and End, touch and
 * screen readers work as they do everywhere) between two named poles, on a track coloured from the first pole's
 * colour through the background to the second's, with a centre line. Until the student places it, the thumb is
 * hollow. Parts: `bipolar` (the whole), `poles` (the two names), `slider` (the input) and `slider-unset`.
 */
export interface BipolarOptions {
  /** The input's id (for a `<label for>` or a test). */
  id: string;
  /** The position, min … max, or null while not placed (shown at the centre, hollow). */
  value: number | null;
  min?: number;
  max?: number;
  step: number;
  /** The two poles' names, first (min) and second (max). */
  poles: readonly [string, string];
  /** The position in words (`aria-valuetext`). */
  valueText: string;
  /** An element naming the slider (`aria-labelledby`); without it, name it with `<label for=id>`. */
  labelledBy?: string;
  /** The id of the poles' line: when given, the slider is described by it; otherwise it is hidden from readers. */
  polesId?: string;
  /**
   * Other positions drawn on the same track (a case's reference, once the student has placed theirs): a diamond at
   * each value, hidden from screen readers (the caller says the position in words beside the slider).
   */
  marks?: readonly { value: number; className?: string }[];
  onInput(e: Event): void;
  onChange?(e: Event): void;
  onKeydown?(e: KeyboardEvent): void;
  onBlur?(e: Event): void;
}


export function bipolarSlider(o: BipolarOptions): TemplateResult {
  const unset = o.value === null;
  const min = o.min ?? -100;
  const max = o.max ?? 100;
  return html`<div class="bipolar" part="bipolar">
    <p class="poles" part="poles" id=${ifDefined(o.polesId)} aria-hidden=${ifDefined(o.polesId ? undefined : 'true')}>
      <span class="pole pole-a">${o.poles[0]}</span> <span class="vs">↔</span> <span class="pole pole-b">${o.poles[1]}</span>
    </p>
    <div class="track">
    <input
      type="range"
      id=${o.id}
      min=${min}
      max=${max}
      step=${o.step}
      part=${unset ? 'slider slider-unset' : 'slider'}
      class=${unset ? 'unset' : ''}
      .value=${live(String(o.value ?? (min + max) / 2))}
      aria-labelledby=${ifDefined(o.labelledBy)}
      aria-describedby=${ifDefined(o.polesId)}
      aria-valuetext=${o.valueText}
      @input=${o.onInput}
      @change=${o.onChange}
      @keydown=${o.onKeydown}
      @blur=${o.onBlur}
    />
    ${o.marks?.length
      ? html`<svg class="marks" aria-hidden="true" focusable="false">
          ${o.marks.map(
            (m) => svg`<svg x="${(100 * (m.value - min)) / (max - min)}%" overflow="visible"><path class="mark ${m.className ?? ''}" part="mark" d="M0 1 L7 8 L0 15 L-7 8 Z" /></svg>`,
          )}
        </svg>`
      : ''}
    </div>
  </div>`;
}

/** The bipolar track: the centre line over a pole-to-pole gradient. */
const track = css`linear-gradient(currentColor, currentColor) center / 2px 100% no-repeat,
  linear-gradient(90deg, var(--_pole-a), var(--_bg) 50%, var(--_pole-b))`;

export const bipolarStyles = css`
  .bipolar {
    margin: var(--_space-s) 0;
  }
  .bipolar .poles {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-s);
    margin: 0;
    font-weight: var(--_weight-strong);
    line-height: var(--_lh-tight);
  }
  .bipolar .pole {
    max-width: 48%;
  }
  .bipolar .track {
    position: relative;
  }
  /*
   * A reference on the same scale: a diamond just below the track, where the thumb's centre would be at that value
   * (the thumb is 1.75rem wide, so its centre runs from 0.875rem to 0.875rem before the end).
   */
  .bipolar .marks {
    position: absolute;
    left: 0.875rem;
    top: calc(50% + 0.45rem);
    width: calc(100% - 1.75rem);
    height: 1rem;
    overflow: visible;
    pointer-events: none;
  }
  .bipolar .mark {
    fill: var(--_bg);
    stroke: var(--_pole-b);
    stroke-width: 3;
  }
  .bipolar .pole-b {
    text-align: end;
  }
  .bipolar .vs {
    color: var(--_muted);
  }
  @container (max-width: 30rem) {
    .bipolar .vs {
      display: none;
    }
  }
  /*
   * The input’s own colour (the text colour) is the track’s edge and the thumb’s outer ring, so both are one
   * computed colour a test can measure (pseudo-elements have none); the thumb’s inner ring is the background, so
   * the thumb shows on any track colour.
   */
  .bipolar input[type='range'] {
    display: block;
    width: 100%;
    height: var(--_target);
    margin: 0;
    appearance: none;
    background: transparent;
    color: var(--_fg);
    cursor: pointer;
    forced-color-adjust: none;
  }
  .bipolar input[type='range']::-webkit-slider-runnable-track {
    height: 0.5rem;
    border: 1px solid currentColor;
    border-radius: 1rem;
    background: ${track};
  }
  .bipolar input[type='range']::-moz-range-track {
    height: 0.5rem;
    border: 1px solid currentColor;
    border-radius: 1rem;
    background: ${track};
  }
  .bipolar input[type='range']::-webkit-slider-thumb {
    appearance: none;
    width: 1.75rem;
    height: 1.75rem;
    margin-top: -0.7rem;
    border: 3px solid var(--_bg);
    border-radius: 50%;
    background: var(--_accent);
    box-shadow: 0 0 0 2px currentColor;
  }
  .bipolar input[type='range']::-moz-range-thumb {
    width: 1.75rem;
    height: 1.75rem;
    border: 3px solid var(--_bg);
    border-radius: 50%;
    background: var(--_accent);
    box-shadow: 0 0 0 2px currentColor;
  }
  .bipolar input.unset::-webkit-slider-thumb {
    background: var(--_bg);
    box-shadow: 0 0 0 2px currentColor, inset 0 0 0 2px currentColor;
  }
  .bipolar input.unset::-moz-range-thumb {
    background: var(--_bg);
    box-shadow: 0 0 0 2px currentColor, inset 0 0 0 2px currentColor;
  }
  @media (forced-colors: active) {
    .bipolar input[type='range'] {
      color: CanvasText;
    }
    .bipolar input[type='range']::-webkit-slider-runnable-track {
      background: linear-gradient(CanvasText, CanvasText) center / 2px 100% no-repeat, Canvas;
    }
    .bipolar input[type='range']::-moz-range-track {
      background: linear-gradient(CanvasText, CanvasText) center / 2px 100% no-repeat, Canvas;
    }
    .bipolar input[type='range']::-webkit-slider-thumb {
      border-color: Canvas;
      background: Highlight;
      box-shadow: 0 0 0 2px CanvasText;
    }
    .bipolar input[type='range']::-moz-range-thumb {
      border-color: Canvas;
      background: Highlight;
      box-shadow: 0 0 0 2px CanvasText;
    }
    .bipolar input.unset::-webkit-slider-thumb {
      background: Canvas;
    }
    .bipolar input.unset::-moz-range-thumb {
      background: Canvas;
    }
    .bipolar .mark {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
