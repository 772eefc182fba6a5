import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { cited } from '../../core/cite.js';
import { comparePosition, describePosition, positionEffects, type Position } from '../../model/tension-reading.js';
import type { ContentPack, Tension } from '../../model/types.js';
import type { Messages } from '../../core/i18n/catalog.js';

export type Words = Messages['tensionSliders'];

export interface RowContext {
  pack: ContentPack;
  w: Words;
  tension: Tension;
  p: Position;
  touched: boolean;
  note: string;
  /** The reference position (compare mode). */
  ref?: { name: string; p: number };
  onInput(e: Event): void;
  onConfirm(): void;
  onNote(e: Event): void;
}

/** One tension: name, summary, the bipolar slider with pole labels, what the position protects and risks, the note. */
export function tensionRow(c: RowContext): TemplateResult {
  const { pack, w, tension: t, p } = c;
  const labels = [t.poles[0].label, t.poles[1].label] as const;
  const words = describePosition(p, labels, w);
  const fx = positionEffects(t.poles, p);
  const id = t.id;
  return html`<li class="tension${fx.lost ? ' is-resolved' : ''}" part="tension">
    <h3 id="h-${id}">${t.name}</h3>
    <p class="muted">${cited(pack, t.summary)}</p>
    <div class="scale">
      <p class="poles" id="p-${id}"><span>${labels[0]}</span> <span class="vs">↔</span> <span>${labels[1]}</span></p>
      <input
        type="range"
        id="s-${id}"
        min="-100"
        max="100"
        step="5"
        part="slider"
        class=${p === null ? 'unset' : ''}
        .value=${live(String(p ?? 0))}
        aria-labelledby="h-${id}"
        aria-describedby="p-${id}"
        aria-valuetext=${words}
        @input=${c.onInput}
      />
    </div>
    <p class="words">
      <strong>${words[0].toUpperCase() + words.slice(1)}</strong>
      ${fx.lost ? html`<span class="flag" part="flag"><span aria-hidden="true">■</span> ${w.resolvedFlag}</span>` : nothing}
    </p>
    ${fx.lost
      ? html`<div class="resolved" part="resolved">
          <p><strong>${w.resolvedNote(fx.risk!.label)}</strong></p>
          <p>${w.lost(fx.lost.label)} ${cited(pack, fx.lost.protects)}</p>
          <p>${w.cost} ${cited(pack, fx.risk!.risk)}</p>
        </div>`
      : p === null
        ? html`<p class="muted">${w.placeHint}</p>`
        : html`<ul class="effects">
            ${fx.hold.map((pole) => html`<li><strong>${w.protects(pole.label)}</strong> ${cited(pack, pole.protects)}</li>`)}
            ${fx.risk ? html`<li><strong>${w.risks(fx.risk.label)}</strong> ${cited(pack, fx.risk.risk)}</li>` : nothing}
          </ul>`}
    ${c.ref
      ? html`<p class="compare"><strong>${w.reference(c.ref.name)}</strong> ${describePosition(c.ref.p, labels, w)}.
          ${comparePosition(p, c.ref.p, labels, w)}</p>`
      : nothing}
    ${c.touched
      ? html`<p class="placed muted"><span aria-hidden="true">✓</span> ${w.confirmed}</p>`
      : html`<button type="button" class="confirm" @click=${c.onConfirm}>
          ${w.confirm}<span class="visually-hidden">: ${t.name}</span>
        </button>`}
    <div class="note${c.note.trim() ? '' : ' empty'}">
      <label for="n-${id}">${w.noteLabel(t.name)}</label>
      <textarea id="n-${id}" rows="3" part="note" aria-describedby="nh-${id}" .value=${live(c.note)} @input=${c.onNote}></textarea>
      <p class="muted hint" id="nh-${id}">${w.noteHint}</p>
      <p class="print-note">${c.note}</p>
    </div>
  </li>`;
}
