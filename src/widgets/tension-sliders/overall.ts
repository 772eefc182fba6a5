import { html, nothing, svg, type TemplateResult } from 'lit';
import { bandOf, describePosition, tensionStatus, type Chosen, type Position, type Reading } from '../../model/tension-reading.js';
import type { ContentPack, Tension } from '../../model/types.js';
import { cited } from '../../core/cite.js';
import type { Words } from './tension-row.js';
import type { Punctuation } from '../../core/i18n/format.js';
import { own } from '../../model/own.js';

export interface OverallContext {
  pack: ContentPack;
  w: Words;
  /** The punctuation of the widget's language, for joining its words and the pack's. */
  punct: Punctuation;
  tensions: readonly Tension[];
  positions: Record<string, Position>;
  reading: Reading;
  /** The response chosen per tension id. */
  chosen: Record<string, Chosen | undefined>;
  /** The reference positions to draw: only those of tensions the student has placed (compare mode). */
  ref?: { name: string; positions: Record<string, number> };
}

/** Horizontal place of a position on a track, in percent (the ends keep room for the marks). */
const x = (p: number) => `${4 + ((p + 100) / 200) * 92}%`;

const youMark = (resolved: boolean) =>
  resolved ? svg`<rect class="you resolved" x="-8" y="6" width="16" height="16" />` : svg`<circle class="you" cx="0" cy="14" r="7" />`;
const refMark = svg`<path class="ref" d="M0 4 L9 14 L0 24 L-9 14 Z" />`;
const mark = (m: unknown) => html`<svg class="key" width="22" height="28" viewBox="-11 0 22 28" aria-hidden="true">${m}</svg>`;

/** The overall picture: one track per tension with the student's mark (a square when pushed to a pole), the reference's mark, and the reading. */
export function overallView(c: OverallContext): TemplateResult {
  const { pack, w, reading, ref, punct } = c;
  const name = (id: string) => c.tensions.find((t) => t.id === id)!.name;
  const names = reading.resolved.map(name);
  const open = reading.open.map(name);
  const used = pack.responses.filter((r) => own(reading.responses, r.id)).map((r) => `${r.name}${punct.aside(String(own(reading.responses, r.id)))}`);
  return html`<section class="overall" part="overall" aria-labelledby="overall-h">
    <h3 id="overall-h">${w.overall}</h3>
    <figure part="figure">
      <figcaption>${w.figure}</figcaption>
      <ul class="legend">
        <li>${mark(youMark(false))} ${w.you}</li>
        <li>${mark(youMark(true))} ${w.resolvedMark}</li>
        ${ref && Object.keys(ref.positions).length ? html`<li>${mark(refMark)} ${w.caseMark(ref.name)}</li>` : nothing}
      </ul>
      <ol class="rows">
        ${c.tensions.map((t) => {
          const p = own(c.positions, t.id) ?? null;
          const r = own(ref?.positions, t.id);
          const labels = [t.poles[0].label, t.poles[1].label] as const;
          const resolved = bandOf(p) === 'resolved';
          const flag = tensionStatus(p, own(c.chosen, t.id)) === 'phase' ? w.phaseFlag : w.resolvedFlag;
          return html`<li class="row${resolved ? ' is-resolved' : ''}">
            <span class="fname">${t.name}${resolved ? html` <span class="flag"><span aria-hidden="true">■</span> ${flag}</span>` : nothing}</span>
            <svg class="track" width="100%" height="28" aria-hidden="true" focusable="false">
              <line class="axis" x1="4%" x2="96%" y1="14" y2="14" />
              <line class="axis" x1="50%" x2="50%" y1="7" y2="21" />
              ${r !== undefined ? svg`<svg x=${x(r)} overflow="visible">${refMark}</svg>` : nothing}
              ${p !== null ? svg`<svg x=${x(p)} overflow="visible">${youMark(resolved)}</svg>` : nothing}
            </svg>
            <span class="ends muted" aria-hidden="true"><span>${labels[0]}</span><span>${labels[1]}</span></span>
            <span class="visually-hidden"
              >${punct.sentences(
                punct.end(punct.label(w.you, describePosition(p, labels, w))),
                r !== undefined && punct.end(punct.label(w.caseMark(ref!.name), describePosition(r, labels, w))),
              )}</span
            >
          </li>`;
        })}
      </ol>
    </figure>
    <div class="reading" part="reading">
      <h4>${w.readingTitle}</h4>
      <p>${reading.id ? cited(pack, pack.readings[reading.id]) : w.readingEmpty}</p>
      ${names.length ? html`<p><strong>${w.resolvedList}</strong> ${punct.entries(names)}</p>` : nothing}
      ${used.length ? html`<p><strong>${w.responsesUsed}</strong> ${punct.entries(used)}</p>` : nothing}
      ${open.length ? html`<p><strong>${w.noResponseYet}</strong> ${punct.entries(open)}</p>` : nothing}
      <p class="muted">${w.notScore}</p>
    </div>
  </section>`;
}
