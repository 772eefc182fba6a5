import { html, nothing, type TemplateResult } from 'lit';
import { cited } from '../../core/cite.js';
import { repeat } from 'lit/directives/repeat.js';
import { isJudged, isPlaced, judge, mixedOrder, sortScore } from '../../model/table-sort.js';
import type { Statement } from '../../model/types.js';
import { logicName, rowName, type Ctx } from './ctx.js';
import { startDrag } from './drag.js';
import { own } from '../../model/own.js';

/** How many statements still to sort are shown at once, so the drop zones stay close by. */
const POOL_SHOWN = 3;

/** A judged statement's verdict in words: right, or what it shows instead (and its row, when rows are asked for). */
export function verdictText(ctx: Ctx, st: Statement): string {
  const v = judge(st, own(ctx.s.answers, st.id)!, ctx.byRow);
  const t = ctx.t;
  return v.correct
    ? t.right
    : `${v.logic ? t.rightLogic : t.wrongLogic(logicName(ctx, st.logic))}${v.row === false ? ` ${t.wrongRow(rowName(ctx, st.row))}` : ''}`;
}

function feedback(ctx: Ctx, st: Statement): TemplateResult | typeof nothing {
  if (!isJudged(ctx.s, st.id, ctx.rules)) return nothing;
  const v = judge(st, own(ctx.s.answers, st.id)!, ctx.byRow);
  return html`<p class="fb ${v.correct ? 'good' : 'bad'}">
    <strong>${v.correct ? '✓' : '✗'} ${verdictText(ctx, st)}</strong> ${cited(ctx.pack, st.explanation)}
  </p>`;
}

/**
 * The controls of a statement not yet judged: when rows are asked for, the row first (so a keyboard user chooses it
 * before placing the statement), then a button per logic.
 */
function controls(ctx: Ctx, st: Statement, order: Statement[]): TemplateResult {
  const t = ctx.t;
  const a = own(ctx.s.answers, st.id);
  return html`${ctx.byRow
      ? html`<p class="row-pick">
          <label id="rl-${st.id}" for="rs-${st.id}">${t.rowLabel}</label>
          <select id="rs-${st.id}" aria-labelledby="rl-${st.id} st-${st.id}"
            @change=${(e: Event) => ctx.place(st.id, { row: (e.target as HTMLSelectElement).value || undefined }, order, true)}>
            <option value="" ?selected=${!a?.row}>${t.chooseRow}</option>
            ${ctx.pack.comparison.rows.map((r) => html`<option value=${r.id} ?selected=${a?.row === r.id}>${r.name}</option>`)}
          </select>
        </p>`
      : nothing}
    <div class="choices" role="group" aria-labelledby="pl-${st.id} st-${st.id}">
      <span id="pl-${st.id}" class="muted">${t.placeUnder}</span>
      ${ctx.pack.comparison.logics.map(
        (l, i) => html`<button type="button" class="small ${i ? 'logic-b' : 'logic-a'}" data-logic=${l.id} aria-pressed=${a?.logic === l.id}
          @click=${() => ctx.place(st.id, { logic: l.id }, order, true)}>${l.name}</button>`,
      )}
    </div>`;
}

function card(ctx: Ctx, st: Statement, order: Statement[]): TemplateResult {
  const t = ctx.t;
  const a = own(ctx.s.answers, st.id);
  const judged = isJudged(ctx.s, st.id, ctx.rules);
  const onGrip = (e: PointerEvent) => {
    const el = (e.currentTarget as HTMLElement).closest<HTMLElement>('.stmt')!;
    const root = el.getRootNode() as ShadowRoot;
    startDrag(e, el, root, {
      over: (zone) => root.querySelectorAll<HTMLElement>('[data-zone]').forEach((z) => z.classList.toggle('over', z.dataset.zone === zone)),
      drop: (zone) => ctx.place(st.id, { logic: zone }, order, false),
    });
  };
  const v = judged ? judge(st, a!, ctx.byRow) : null;
  return html`<li class="stmt ${v ? (v.correct ? 'good' : 'bad') : ''} ${judged ? 'judged' : ''}" part="statement" data-id=${st.id} id="card-${st.id}" tabindex="-1">
    <div class="stmt-head">
      ${judged ? nothing : html`<span class="grip" aria-hidden="true" title=${t.dragHandle} @pointerdown=${onGrip}>⠿</span>`}
      <p id="st-${st.id}">${st.text}</p>
    </div>
    ${judged
      ? html`<p class="muted placed">${t.placedUnder(logicName(ctx, a!.logic))} ${ctx.byRow && a!.row ? t.placedRow(rowName(ctx, a!.row)) : ''}</p>`
      : controls(ctx, st, order)}
    ${feedback(ctx, st)}
  </li>`;
}

const list = (ctx: Ctx, items: Statement[], order: Statement[]) =>
  html`<ul class="stmts">${repeat(items, (s) => s.id, (s) => card(ctx, s, order))}</ul>`;

/** The sort exercise: statements still to sort, one drop zone per logic, progress, Check, and the end summary. */
export function renderSort(ctx: Ctx): TemplateResult {
  const t = ctx.t;
  const c = ctx.pack.comparison;
  const [la, lb] = c.logics;
  const order = mixedOrder(c.statements);
  const pool = order.filter((s) => !own(ctx.s.answers, s.id)?.logic);
  const sc = sortScore(c.statements, ctx.s, ctx.rules);
  const placed = order.filter((s) => isPlaced(own(ctx.s.answers, s.id), ctx.byRow)).length;
  return html`<p>${t.sortIntro(la.name, lb.name)} ${ctx.byRow ? t.sortIntroRow : ''}</p>
    <p class="muted">${ctx.instant ? t.firstCounts : t.firstCountsCheck}</p>
    <section class="pool" aria-labelledby="pool-h">
      <h3 id="pool-h">${t.toSort(pool.length)}</h3>
      ${pool.length ? list(ctx, pool.slice(0, POOL_SHOWN), order) : html`<p class="muted">${t.allSorted}</p>`}
      ${pool.length > POOL_SHOWN ? html`<p class="muted">${t.poolMore(POOL_SHOWN)}</p>` : nothing}
    </section>
    <div class="zones">
      ${c.logics.map(
        (l, i) => html`<section class="zone ${i ? 'logic-b' : 'logic-a'}" part="zone" data-zone=${l.id} aria-labelledby="zone-${l.id}">
          <h3 id="zone-${l.id}">${l.name}</h3>
          ${order.some((s) => own(ctx.s.answers, s.id)?.logic === l.id)
            ? list(ctx, order.filter((s) => own(ctx.s.answers, s.id)?.logic === l.id), order)
            : html`<p class="muted drop-hint">${t.dropHere}</p>`}
        </section>`,
      )}
    </div>
    <div class="sort-bar">
      <p class="progress">
        <span class="attempt">${ctx.p.end(ctx.attemptLine)}</span>${ctx.p.gap}${t.progress(placed, sc.total)}${sc.placed
          ? html` · <strong class="score">${t.score(sc.raw, sc.max)}</strong>`
          : nothing}
      </p>
      ${sc.complete ? html`<p class="done"><strong>${t.finished(sc.raw, sc.max)}</strong></p>` : nothing}
      ${ctx.instant || sc.complete ? nothing : html`<button type="button" class="primary check" @click=${ctx.check}>${t.check}</button>`}
      ${ctx.instant || sc.complete ? nothing : html`<p class="muted hint">${t.checkHint}</p>`}
    </div>
    ${ctx.summary}`;
}
