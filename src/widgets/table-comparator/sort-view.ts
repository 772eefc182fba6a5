import { html, nothing, type TemplateResult } from 'lit';
import { cited } from '../../core/cite.js';
import { repeat } from 'lit/directives/repeat.js';
import { isPlaced, judge, mixedOrder, scoreSort } from '../../model/table-sort.js';
import type { Statement } from '../../model/types.js';
import { logicName, rowName, type Ctx } from './ctx.js';
import { startDrag } from './drag.js';

/** How many statements still to sort are shown at once, so the drop zones stay close by. */
const POOL_SHOWN = 3;

function feedback(ctx: Ctx, st: Statement): TemplateResult | typeof nothing {
  const a = ctx.s.answers[st.id];
  if (!isPlaced(a, ctx.byRow) || !(ctx.instant || ctx.s.checked)) return nothing;
  const v = judge(st, a, ctx.byRow);
  const t = ctx.t;
  const verdict = v.correct
    ? t.right
    : `${v.logic ? t.rightLogic : t.wrongLogic(logicName(ctx, st.logic))}${v.row === false ? ` ${t.wrongRow(rowName(ctx, st.row))}` : ''}`;
  return html`<p class="fb ${v.correct ? 'good' : 'bad'}">
    <strong>${v.correct ? '✓' : '✗'} ${verdict}</strong> ${cited(ctx.pack, st.explanation)}
  </p>`;
}

/** After a placement by button: the next statement still to sort, or the action bar. */
function focusNext(ctx: Ctx, order: Statement[], id: string): void {
  const next = order.find((s) => s.id !== id && !ctx.s.answers[s.id]?.logic);
  // The next card's first control: its row select when sorting by row (it comes before the buttons), else its first button.
  ctx.focus(next ? `[data-id="${next.id}"] ${ctx.byRow ? 'select' : '.choices button'}` : '.sort-bar button');
}

function card(ctx: Ctx, st: Statement, order: Statement[]): TemplateResult {
  const t = ctx.t;
  const a = ctx.s.answers[st.id];
  const placeBy = (logic: string, viaButton: boolean) => {
    const done = !ctx.byRow || !!a?.row;
    ctx.place(st.id, { logic }, t.placedIn(st.text, logicName(ctx, logic)));
    if (!viaButton) return;
    if (done && !a?.logic) focusNext(ctx, order, st.id);
    else ctx.focus(`[data-id="${st.id}"] ${done ? `button[data-logic="${logic}"]` : 'select'}`);
  };
  const onGrip = (e: PointerEvent) => {
    const el = (e.currentTarget as HTMLElement).closest<HTMLElement>('.stmt')!;
    const root = el.getRootNode() as ShadowRoot;
    startDrag(e, el, root, {
      over: (zone) => root.querySelectorAll<HTMLElement>('[data-zone]').forEach((z) => z.classList.toggle('over', z.dataset.zone === zone)),
      drop: (zone) => placeBy(zone, false),
    });
  };
  const v = isPlaced(a, ctx.byRow) && (ctx.instant || ctx.s.checked) ? judge(st, a, ctx.byRow) : null;
  return html`<li class="stmt ${v ? (v.correct ? 'good' : 'bad') : ''}" part="statement" data-id=${st.id}>
    <div class="stmt-head">
      <span class="grip" aria-hidden="true" title=${t.dragHandle} @pointerdown=${onGrip}>⠿</span>
      <p id="st-${st.id}">${st.text}</p>
    </div>
    ${ctx.byRow
      ? html`<p class="row-pick">
          <label id="rl-${st.id}" for="rs-${st.id}">${t.rowLabel}</label>
          <select id="rs-${st.id}" aria-labelledby="rl-${st.id} st-${st.id}"
            @change=${(e: Event) => ctx.place(st.id, { row: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="" ?selected=${!a?.row}>${t.chooseRow}</option>
            ${ctx.pack.comparison.rows.map((r) => html`<option value=${r.id} ?selected=${a?.row === r.id}>${r.name}</option>`)}
          </select>
        </p>`
      : nothing}
    <div class="choices" role="group" aria-labelledby="pl-${st.id} st-${st.id}">
      <span id="pl-${st.id}" class="muted">${t.placeUnder}</span>
      ${ctx.pack.comparison.logics.map(
        (l, i) => html`<button type="button" class="small ${i ? 'logic-b' : 'logic-a'}" data-logic=${l.id} aria-pressed=${a?.logic === l.id}
          @click=${() => placeBy(l.id, true)}>${l.name}</button>`,
      )}
    </div>
    ${feedback(ctx, st)}
  </li>`;
}

const list = (ctx: Ctx, items: Statement[], order: Statement[]) =>
  html`<ul class="stmts">${repeat(items, (s) => s.id, (s) => card(ctx, s, order))}</ul>`;

/** The sort exercise: statements still to sort, one drop zone per logic, progress, Check and Retry. */
export function renderSort(ctx: Ctx): TemplateResult {
  const t = ctx.t;
  const c = ctx.pack.comparison;
  const [la, lb] = c.logics;
  const order = mixedOrder(c.statements);
  const pool = order.filter((s) => !ctx.s.answers[s.id]?.logic);
  const sc = scoreSort(c.statements, ctx.s.answers, ctx.byRow);
  const showScore = ctx.instant || ctx.s.checked;
  return html`<p>${t.sortIntro(la.name, lb.name)} ${ctx.byRow ? t.sortIntroRow : ''}</p>
    <section class="pool" aria-labelledby="pool-h">
      <h3 id="pool-h">${t.toSort(pool.length)}</h3>
      ${pool.length ? list(ctx, pool.slice(0, POOL_SHOWN), order) : html`<p class="muted">${t.allSorted}</p>`}
      ${pool.length > POOL_SHOWN ? html`<p class="muted">${t.poolMore(POOL_SHOWN)}</p>` : nothing}
    </section>
    <div class="zones">
      ${c.logics.map(
        (l, i) => html`<section class="zone ${i ? 'logic-b' : 'logic-a'}" part="zone" data-zone=${l.id} aria-labelledby="zone-${l.id}">
          <h3 id="zone-${l.id}">${l.name}</h3>
          ${order.some((s) => ctx.s.answers[s.id]?.logic === l.id)
            ? list(ctx, order.filter((s) => ctx.s.answers[s.id]?.logic === l.id), order)
            : html`<p class="muted drop-hint">${t.dropHere}</p>`}
        </section>`,
      )}
    </div>
    <div class="sort-bar">
      <p class="progress">
        ${t.progress(sc.placed, sc.total)}${showScore ? html` · <strong class="score">${t.score(sc.raw, sc.max)}</strong>` : nothing}
      </p>
      ${sc.complete && showScore ? html`<p class="done"><strong>${t.finished(sc.raw, sc.max)}</strong></p>` : nothing}
      ${ctx.instant ? nothing : html`<button type="button" class="primary check" @click=${ctx.check}>${t.check}</button>`}
      <button type="button" class="retry" ?disabled=${!Object.keys(ctx.s.answers).length} @click=${() => (ctx.retry(), ctx.focus('.stmts button'))}>
        ${t.retry}
      </button>
      ${ctx.instant || ctx.s.checked ? nothing : html`<p class="muted hint">${t.checkHint}</p>`}
    </div>`;
}
