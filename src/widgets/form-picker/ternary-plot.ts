import { html, svg, nothing, type TemplateResult } from 'lit';
import type { Blend } from '../../model/form-fit.js';

/** Corners of an equilateral triangle in the plot's viewBox: top, bottom left, bottom right. */
const P: [number, number][] = [
  [50, 4.3],
  [4, 84],
  [96, 84],
];
const CENTRE: Blend = [1 / 3, 1 / 3, 1 / 3];
const STEP = 3;

/** Cartesian point in the viewBox for a blend (barycentric weights of the three corners). */
export const toXY = (w: Blend): [number, number] => [
  w.reduce((s, x, i) => s + x * P[i][0], 0),
  w.reduce((s, x, i) => s + x * P[i][1], 0),
];

/** Blend for a cartesian point; outside points are pulled onto the triangle (negative weights cut to 0). */
export function fromXY(x: number, y: number): Blend {
  const [[ax, ay], [bx, by], [cx, cy]] = P;
  const det = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy);
  const a = ((by - cy) * (x - cx) + (cx - bx) * (y - cy)) / det;
  const b = ((cy - ay) * (x - cx) + (ax - cx) * (y - cy)) / det;
  const w = [a, b, 1 - a - b].map((v) => Math.max(0, v));
  const sum = w.reduce((s, v) => s + v, 0);
  return w.map((v) => Math.round((v / sum) * 1000) / 1000);
}

export interface PlotOptions {
  /** Short names of the three corner forms, in corner order. */
  labels: string[];
  /** The factors' reading, or null when no factor is set. */
  reading: Blend | null;
  /** The student's point (the centre until placed). */
  own: Blend;
  /** Accessible name and value text of the student's point. */
  name: string;
  roleDescription: string;
  valueText: string;
  describedBy: string;
  /** Called as the point moves; `commit` is true when a gesture or key press ends. */
  onPoint(blend: Blend, commit: boolean): void;
}

/** Where a pointer event falls in the SVG's own coordinates. */
function svgPoint(e: PointerEvent): Blend {
  const el = e.currentTarget as SVGSVGElement;
  const m = el.getScreenCTM();
  if (!m) return CENTRE;
  const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
  return fromXY(p.x, p.y);
}

/**
 * The blend triangle (a ternary plot). The student's point is a focusable slider-like control (its value: the share
 * of the form it leans to most, in percent; its value text says the whole blend in words):
 * arrow keys move it (Shift: four times the step), Home returns it to the centre; pointer or touch drag
 * anywhere on the triangle places it (pointer capture keeps the drag when the finger leaves the shape).
 */
export function ternaryPlot(o: PlotOptions): TemplateResult {
  const [ox, oy] = toXY(o.own);
  const r = o.reading ? toXY(o.reading) : null;
  const down = (e: PointerEvent) => {
    if (e.button !== 0) return;
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    ((e.currentTarget as Element).querySelector('.own') as SVGGElement | null)?.focus({ preventScroll: true });
    e.preventDefault();
    o.onPoint(svgPoint(e), false);
  };
  const move = (e: PointerEvent) => {
    if ((e.currentTarget as Element).hasPointerCapture?.(e.pointerId)) o.onPoint(svgPoint(e), false);
  };
  const up = (e: PointerEvent) => {
    const el = e.currentTarget as Element;
    if (!el.hasPointerCapture?.(e.pointerId)) return;
    el.releasePointerCapture(e.pointerId);
    o.onPoint(svgPoint(e), true);
  };
  const key = (e: KeyboardEvent) => {
    const step = e.shiftKey ? STEP * 4 : STEP;
    const d: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (e.key === 'Home') o.onPoint(CENTRE, true);
    else if (d[e.key]) o.onPoint(fromXY(ox + d[e.key][0], oy + d[e.key][1]), true);
    else return;
    e.preventDefault();
  };
  const anchors = ['middle', 'start', 'end'];
  const labelY = [-2, 93, 93];
  return html`<svg class="plot" viewBox="0 -8 100 105" part="triangle" @pointerdown=${down} @pointermove=${move} @pointerup=${up} @pointercancel=${up}>
    <polygon class="tri" points=${P.map((p) => p.join(',')).join(' ')}></polygon>
    ${P.map(([x, y], i) => {
      const [mx, my] = [(P[(i + 1) % 3][0] + P[(i + 2) % 3][0]) / 2, (P[(i + 1) % 3][1] + P[(i + 2) % 3][1]) / 2];
      return svg`<line class="grid" x1=${x} y1=${y} x2=${mx} y2=${my}></line>
        <text class="label" x=${x} y=${labelY[i]} text-anchor=${anchors[i]}>${o.labels[i]}</text>`;
    })}
    ${r
      ? svg`<line class="link" x1=${r[0]} y1=${r[1]} x2=${ox} y2=${oy}></line>
        <rect class="reading" x=${r[0] - 3} y=${r[1] - 3} width="6" height="6" transform="rotate(45 ${r[0]} ${r[1]})"></rect>`
      : nothing}
    <g class="own" tabindex="0" role="slider" aria-label=${o.name} aria-roledescription=${o.roleDescription}
      aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(Math.max(...o.own) * 100)} aria-valuetext=${o.valueText}
      aria-describedby=${o.describedBy} @keydown=${key}>
      <circle class="halo" cx=${ox} cy=${oy} r="7"></circle>
      <circle class="ring" cx=${ox} cy=${oy} r="4"></circle>
    </g>
  </svg>`;
}
