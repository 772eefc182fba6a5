import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { bipolarSlider } from '../../core/bipolar.js';
import { cited, citeTag } from '../../core/cite.js';
import { bandOf, comparePosition, describePosition, positionEffects, tensionStatus, type Position } from '../../model/tension-reading.js';
import type { ContentPack, Response, Tension } from '../../model/types.js';
import type { Messages } from '../../core/i18n/catalog.js';
import type { Punctuation } from '../../core/i18n/format.js';
import { NOTE_MAX } from '../../model/limits.js';
import { own } from '../../model/own.js';

export type Words = Messages['tensionSliders'];

export interface RowContext {
  pack: ContentPack;
  w: Words;
  /** The punctuation of the widget's language, for joining its words and the pack's. */
  punct: Punctuation;
  tension: Tension;
  p: Position;
  touched: boolean;
  note: string;
  /**
   * The reference position (compare mode): drawn on the slider's track and said in words once `shown` (the student
   * has placed this tension), with the reasons for it; `cite` names the case's sources.
   */
  ref?: { name: string; p: number; shown: boolean; cite: readonly string[] };
  /** The ways of working with a tension the student may choose, and the one chosen. */
  responses: readonly Response[];
  response?: Response;
  /** What the note's field says near its limits (core/note-limit.ts). */
  noteLimit: TemplateResult | typeof nothing;
  onInput(e: Event): void;
  /** The slider settled: released, or a key pressed. */
  onChange(e: Event): void;
  onKeydown(e: KeyboardEvent): void;
  onBlur(): void;
  /** The note lost focus. */
  onNoteDone(): void;
  onConfirm(): void;
  onNote(e: Event): void;
  onRespond(e: Event): void;
  /** Whether the note's disclosure is open (it opens by itself where a note is written), and when it is toggled. */
  noteOpen: boolean;
  onNoteToggle(open: boolean): void;
}

/**
 * Once the tension is placed: how the collaboration works with it (a native select of the pack's responses), and
 * for the chosen one what it is, gives and costs, an example for this tension, and how it squares with the position.
 */
function responseBlock(c: RowContext): TemplateResult | typeof nothing {
  const { pack, w, tension: t, p, response: r } = c;
  if (p === null || !c.responses.length) return nothing;
  const id = t.id;
  const status = tensionStatus(p, r);
  const example = r && own(t.examples, r.id);
  return html`<div class="response" part="response">
    <label for="r-${id}">${w.responseLabel}</label>
    <select id="r-${id}" @change=${c.onRespond}>
      <option value="" ?selected=${!r}>${w.noResponse}</option>
      ${c.responses.map((x) => html`<option value=${x.id} ?selected=${x.id === r?.id}>${x.name}</option>`)}
    </select>
    ${r
      ? html`<details class="response-more">
            <summary>${w.responseMore(r.name)}</summary>
            <p class="muted">${cited(pack, r.summary)}</p>
            <ul class="effects">
              <li><strong>${w.gives}</strong> ${cited(pack, r.gives)}</li>
              <li><strong>${w.costs}</strong> ${cited(pack, r.costs)}</li>
              ${example ? html`<li><strong>${w.example}</strong> ${cited(pack, example)}</li>` : nothing}
            </ul>
          </details>
          ${status === 'resolved' ? html`<p><strong>${cited(pack, pack.readings.tensionSettled)}</strong></p>` : nothing}
          ${status === 'phase' ? html`<p>${cited(pack, pack.readings.tensionPhase)}</p>` : nothing}`
      : html`<p class="muted">${cited(pack, pack.readings.tensionOpen)}</p>`}
  </div>`;
}

/** The reference (compare mode): hidden until the student has placed the tension, then in words, compared, with why. */
function refBlock(c: RowContext, labels: readonly [string, string]): TemplateResult {
  const { pack, w, tension: t, p } = c;
  const ref = c.ref!;
  if (!ref.shown) return html`<p class="compare muted">${w.compareHidden(ref.name)}</p>`;
  const side = bandOf(ref.p) === 'balanced' ? null : t.poles[ref.p < 0 ? 0 : 1];
  return html`<div class="compare">
    <p><span class="key-ref" aria-hidden="true"></span><strong>${w.reference(ref.name)}</strong> ${c.punct.end(describePosition(ref.p, labels, w))}${c.punct.gap}${comparePosition(
        p,
        ref.p,
        labels,
        w,
      )}</p>
    <p class="why">${side ? html`${w.refWhy(ref.name, side.label)} ${cited(pack, side.protects)}` : w.refWhyBalanced(ref.name)}
      ${w.refBasis} ${citeTag(pack, ref.cite)}</p>
  </div>`;
}

/** One tension: name, summary, the bipolar slider with pole labels, what the position protects and risks, the note. */
export function tensionRow(c: RowContext): TemplateResult {
  const { pack, w, tension: t, p } = c;
  const labels = [t.poles[0].label, t.poles[1].label] as const;
  const words = describePosition(p, labels, w);
  const fx = positionEffects(t.poles, p);
  const phase = tensionStatus(p, c.response) === 'phase';
  const id = t.id;
  return html`<li class="tension${fx.lost ? ' is-resolved' : ''}" part="tension">
    <h3 id="h-${id}">${t.name}</h3>
    <details class="about">
      <summary>${w.about}<span class="visually-hidden">${c.punct.colon}${t.name}</span></summary>
      <p class="muted">${cited(pack, t.summary)}</p>
      ${t.note ? html`<p class="muted note-paper"><strong>${w.paperNote}</strong> ${cited(pack, t.note)}</p>` : nothing}
    </details>
    ${bipolarSlider({
      id: `s-${id}`,
      value: p,
      step: 5,
      poles: labels,
      valueText: words,
      labelledBy: `h-${id}`,
      polesId: `p-${id}`,
      marks: c.ref?.shown ? [{ value: c.ref.p, className: 'ref' }] : [],
      onInput: c.onInput,
      onChange: c.onChange,
      onKeydown: c.onKeydown,
      onBlur: c.onBlur,
    })}
    <p class="words">
      <strong>${words[0].toUpperCase() + words.slice(1)}</strong>
      ${fx.lost ? html`<span class="flag" part="flag"><span aria-hidden="true">■</span> ${phase ? w.phaseFlag : w.resolvedFlag}</span>` : nothing}
    </p>
    ${fx.lost
      ? html`<div class="resolved" part="resolved">
          ${phase ? nothing : html`<p><strong>${w.resolvedNote(fx.risk!.label)}</strong></p>`}
          <p>${w.lost(fx.lost.label)} ${cited(pack, fx.lost.protects)}</p>
          <p>${w.cost} ${cited(pack, fx.risk!.risk)}</p>
        </div>`
      : p === null
        ? nothing
        : html`<ul class="effects">
            ${fx.hold.map((pole) => html`<li><strong>${w.protects(pole.label)}</strong> ${cited(pack, pole.protects)}</li>`)}
            ${fx.risk ? html`<li><strong>${w.risks(fx.risk.label)}</strong> ${cited(pack, fx.risk.risk)}</li>` : nothing}
          </ul>`}
    ${responseBlock(c)}
    ${c.ref ? refBlock(c, labels) : nothing}
    ${c.touched
      ? html`<p class="placed muted"><span aria-hidden="true">✓</span> ${w.confirmed}</p>`
      : html`<button type="button" class="confirm" @click=${c.onConfirm}>
          ${w.confirm}<span class="visually-hidden">${c.punct.colon}${t.name}</span>
        </button>`}
    <details class="note${c.note.trim() ? '' : ' empty'}" ?open=${c.noteOpen}
      @toggle=${(e: Event) => c.onNoteToggle((e.target as HTMLDetailsElement).open)}>
      <summary>${w.noteSummary}<span class="visually-hidden">${c.punct.colon}${t.name}</span></summary>
      <label class="visually-hidden" for="n-${id}">${w.noteLabel(t.name)}</label>
      <textarea id="n-${id}" rows="3" part="note" maxlength=${NOTE_MAX} aria-describedby="nh-${id} nl-${id}" .value=${live(c.note)} @input=${c.onNote} @change=${c.onNoteDone}></textarea>
      <p class="muted hint" id="nh-${id}">${w.noteHint}</p>
      ${c.noteLimit}
    </details>
    <p class="print-note">${c.note}</p>
  </li>`;
}
