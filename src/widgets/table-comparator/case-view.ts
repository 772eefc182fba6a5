import { html, nothing, type TemplateResult } from 'lit';
import { bipolarSlider } from '../../core/bipolar.js';
import { cited, citeTag } from '../../core/cite.js';
import { eraLine, sinceLine } from '../../core/teaching.js';
import { sideOf, summariseCase, type CaseSummary } from '../../model/table-comparator-case.js';
import type { Case } from '../../model/types.js';
import { logicName, rowName, type Ctx } from './ctx.js';
import { noteLimit } from '../../core/note-limit.js';
import { NOTE_MAX } from '../../model/limits.js';
import { own } from '../../model/own.js';

/** A position in words naming the logics, e.g. "Mostly Collaborative governance". */
export function positionWords(ctx: Ctx, p: number | undefined): string {
  const t = ctx.t;
  if (p === undefined) return t.notPlaced;
  const [a, b] = ctx.pack.comparison.logics;
  const m = Math.abs(p);
  if (m < 20) return t.between(a.name, b.name);
  const name = p < 0 ? a.name : b.name;
  return m >= 70 ? t.strongly(name) : m >= 40 ? t.mostly(name) : t.slightly(name);
}

/** Where the student's placing of a case leans overall, in a sentence (the summary's first line). */
export function leanWords(ctx: Ctx, caseId: string): string {
  const t = ctx.t;
  const [a, b] = ctx.pack.comparison.logics;
  const sum = summariseCase(ctx.pack.comparison.rows.map((r) => r.id), ctx.s.cases[caseId]?.positions ?? {});
  return sum.lean === 'none' ? t.summaryNone : sum.lean === 'balanced' ? t.balanced : t.leansTo(sum.lean === 'first' ? a.name : b.name, sum.strong);
}

function summaryText(ctx: Ctx, sum: CaseSummary, own: boolean): TemplateResult {
  const t = ctx.t;
  const [a, b] = ctx.pack.comparison.logics;
  const total = ctx.pack.comparison.rows.length;
  if (sum.lean === 'none') return html`<p>${t.summaryNone}</p>`;
  const where = (id: string) => (sum.first.includes(id) ? t.towards(a.name) : sum.second.includes(id) ? t.towards(b.name) : t.inBetween);
  const lean = sum.lean === 'balanced' ? t.balanced : t.leansTo(sum.lean === 'first' ? a.name : b.name, sum.strong);
  return html`<p>${lean}${ctx.p.gap}${own ? t.placedCount(sum.placed, total) : ''}</p>
    ${sum.mixed.length
      ? html`<p>${t.mixedOn}</p>
          <ul>
            ${sum.mixed.map((id) => html`<li>${ctx.p.label(rowName(ctx, id), where(id))}</li>`)}
          </ul>`
      : html`<p>${t.notMixed}</p>`}`;
}

/** A row's reference: hidden until the student has placed the row; then in words, with the reasons and sources. */
function refBlock(ctx: Ctx, k: Case, rowId: string, p: number | undefined, ref: number | undefined): TemplateResult {
  const t = ctx.t;
  if (ref === undefined) return html`<p class="ref">${t.noReference}</p>`;
  if (p === undefined) return html`<p class="ref muted">${t.refHidden}</p>`;
  const side = sideOf(ref);
  const row = ctx.pack.comparison.rows.find((r) => r.id === rowId)!;
  const logic = side === 'between' ? null : ctx.pack.comparison.logics[side === 'first' ? 0 : 1];
  const cell = logic && row.cells.find((c) => c.logic === logic.id);
  return html`<div class="ref">
    <p><span class="key-ref" aria-hidden="true"></span>${t.reference(positionWords(ctx, ref))}</p>
    <p class="why">${cell ? html`${t.refWhy(logic!.name)} ${cited(ctx.pack, cell)}` : t.refWhyBetween} ${t.refBasis}
      ${citeTag(ctx.pack, k.cite ?? k.comment.cite)}</p>
  </div>`;
}

function renderRow(ctx: Ctx, k: Case, rowId: string): TemplateResult {
  const t = ctx.t;
  const c = ctx.pack.comparison;
  const row = c.rows.find((r) => r.id === rowId)!;
  const work = own(ctx.s.cases, k.id);
  const p = own(work?.positions, row.id);
  const ref = own(k.comparison, row.id);
  const words = positionWords(ctx, p);
  const note = (work && own(work.notes, row.id)) ?? '';
  const [a, b] = c.logics;
  return html`<li class="case-row" data-row=${row.id}>
    <label for="r-${row.id}"><strong>${t.scaleLabel(row.name)}</strong></label>
    ${bipolarSlider({
      id: `r-${row.id}`,
      value: p ?? null,
      step: 10,
      poles: [a.name, b.name],
      valueText: words,
      // The reference is drawn on the same scale, and only once the student has placed this row.
      marks: work?.reveal && p !== undefined && ref !== undefined ? [{ value: ref, className: 'ref-mark' }] : [],
      onInput: (e: Event) => {
        ctx.setCase(k.id, { positions: { [row.id]: Number((e.target as HTMLInputElement).value) } }, false);
        // Settled by `change`; should only `input` come (some assistive technology), by a pause of a second.
        ctx.typed(`r:${row.id}`, 1000);
      },
      onChange: () => (ctx.settled(`r:${row.id}`), ctx.caseMoved(k.id)),
      onKeydown: () => ctx.keyed(`r:${row.id}`),
      onBlur: () => ctx.flush(`r:${row.id}`),
    })}
    <div class="place">
      <p class="words" aria-hidden="true">${words}</p>
      ${p === undefined
        ? html`<button type="button" class="small between" @click=${() => {
            ctx.setCase(k.id, { positions: { [row.id]: 0 } });
            ctx.caseMoved(k.id);
            ctx.focus(`#r-${row.id}`);
          }}>${t.placeBetween}<span class="visually-hidden">${ctx.p.colon}${row.name}</span></button>`
        : nothing}
    </div>
    ${work?.reveal ? refBlock(ctx, k, row.id, p, ref) : nothing}
    <div class="more">
    <details class="cells">
      <summary>${t.whatTheySay}</summary>
      ${row.cells.map((cell) => html`<p><strong>${logicName(ctx, cell.logic)}${ctx.p.colon.trimEnd()}</strong>${ctx.p.gap}${cited(ctx.pack, cell)}</p>`)}
    </details>
    <details class="note" ?open=${ctx.isOpen(`note/${k.id}/${row.id}`, !!note.trim())}
      @toggle=${(e: Event) => ctx.setOpen(`note/${k.id}/${row.id}`, (e.target as HTMLDetailsElement).open)}>
      <summary>${t.noteSummary}<span class="visually-hidden">${ctx.p.colon}${row.name}</span></summary>
      <label class="visually-hidden" for="n-${row.id}">${t.note(row.name)}</label>
      <textarea id="n-${row.id}" rows="2" maxlength=${NOTE_MAX} aria-describedby="nl-${row.id}" .value=${note}
        @input=${(e: Event) => {
          ctx.setCase(k.id, { notes: { [row.id]: (e.target as HTMLTextAreaElement).value.slice(0, NOTE_MAX) } }, false);
          ctx.typed(`n:${row.id}`);
        }}
        @change=${() => ctx.flush(`n:${row.id}`)}></textarea>
      ${noteLimit(`nl-${row.id}`, note, ctx.room, ctx.core)}
    </details>
    </div>
  </li>`;
}

/** The reference's summary over the rows the student has placed only, so it gives away nothing of the others. */
function referenceSummary(ctx: Ctx, k: Case, rowIds: string[], mine: Record<string, number>): TemplateResult {
  const t = ctx.t;
  if (!k.comparison) return html`<p>${t.noReference}</p>`;
  const placed = rowIds.filter((id) => own(mine, id) !== undefined);
  if (!placed.length) return html`<p>${t.refNonePlaced}</p>`;
  const ref = Object.fromEntries(placed.flatMap((id) => (k.comparison![id] === undefined ? [] : [[id, k.comparison![id]]])));
  return html`<h4>${t.referenceSummary}</h4>
    ${summaryText(ctx, summariseCase(placed, ref), false)}
    <p class="muted">${t.referenceNote}</p>`;
}

/** Case mode: choose a case, place it on a scale per row with a note, read the summary, compare with the reference. */
export function renderCase(ctx: Ctx): TemplateResult {
  const t = ctx.t;
  const k = ctx.pack.cases.find((x) => x.id === ctx.caseId);
  const picker = ctx.fixedCase
    ? nothing
    : html`<p class="case-pick">
        <label for="case-pick">${t.caseLabel}</label>
        <select id="case-pick" @change=${(e: Event) => ctx.pickCase((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!k}>${t.pickCase}</option>
          ${ctx.pack.cases.map((x) => html`<option value=${x.id} ?selected=${x.id === k?.id}>${x.name}</option>`)}
        </select>
      </p>`;
  // One template whatever the case, so the case select stays the same element (and keeps focus) as it changes.
  return html`${picker}${k ? caseBody(ctx, k) : html`<p class="muted">${t.chooseCaseFirst}</p>`}`;
}

function caseBody(ctx: Ctx, k: Case): TemplateResult {
  const t = ctx.t;
  const c = ctx.pack.comparison;
  const work = own(ctx.s.cases, k.id);
  const rowIds = c.rows.map((r) => r.id);
  const reveal = !!work?.reveal;
  return html`<h3>${k.name}</h3>
    <p class="muted">${k.dates}</p>
    <p>${k.origins} ${t.caseLead(k.lead)} ${citeTag(ctx.pack, k.cite ?? k.comment.cite)}</p>
    ${eraLine(ctx.pack, ctx.core, k)} ${sinceLine(ctx.pack, ctx.core, k)}
    <p>${t.caseIntro}</p>
    <ol class="case-rows">
      ${rowIds.map((id) => renderRow(ctx, k, id))}
    </ol>
    <section class="summary" part="summary" aria-labelledby="sum-h">
      <h3 id="sum-h">${t.summary}</h3>
      ${summaryText(ctx, summariseCase(rowIds, work?.positions ?? {}), true)}
      <button type="button" aria-pressed=${reveal}
        @click=${() => (ctx.setCase(k.id, { reveal: !reveal }), ctx.say(reveal ? t.referenceHidden : t.referenceShown))}>${t.showReference}</button>
      ${reveal ? referenceSummary(ctx, k, rowIds, work?.positions ?? {}) : nothing}
    </section>`;
}
