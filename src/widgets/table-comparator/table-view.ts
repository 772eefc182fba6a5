import { html, nothing, type TemplateResult } from 'lit';
import { cited } from '../../core/cite.js';
import type { ComparisonRow } from '../../model/types.js';
import type { Ctx } from './ctx.js';

/** The rows the table shows: those not hidden, or only the current one when stepping. */
function visibleRows(ctx: Ctx): { shown: ComparisonRow[]; rows: ComparisonRow[]; step: number | null } {
  const shown = ctx.pack.comparison.rows.filter((r) => !ctx.s.hidden.includes(r.id));
  const step = ctx.s.step === null || !shown.length ? null : Math.min(Math.max(ctx.s.step, 0), shown.length - 1);
  return { shown, rows: step === null ? shown : [shown[step]], step };
}

function cellOf(ctx: Ctx, row: ComparisonRow, logic: string): TemplateResult {
  const cell = row.cells.find((c) => c.logic === logic);
  return cell ? cited(ctx.pack, cell) : html``;
}

function highlightButton(ctx: Ctx, row: ComparisonRow): TemplateResult {
  const on = ctx.s.highlight === row.id;
  return html`<button type="button" class="small hl-btn" aria-pressed=${on}
    @click=${() => ctx.setView({ highlight: on ? null : row.id }, on ? ctx.t.unhighlighted(row.name) : ctx.t.highlighted(row.name))}>
    ${ctx.t.highlight}<span class="visually-hidden"> ${row.name}</span>
  </button>`;
}

function rowTitle(ctx: Ctx, row: ComparisonRow): TemplateResult {
  return html`${row.name}${row.kind === 'definitional' ? html` <span class="tag">${ctx.t.definitional}</span>` : nothing}`;
}

function renderRowPicker(ctx: Ctx, shown: number): TemplateResult {
  const t = ctx.t;
  const rows = ctx.pack.comparison.rows;
  const toggle = (id: string, on: boolean) => {
    const hidden = on ? ctx.s.hidden.filter((h) => h !== id) : [...ctx.s.hidden, id];
    ctx.setView({ hidden, step: ctx.s.step === null ? null : 0 }, ctx.p.end(t.shownCount(rows.length - hidden.length, rows.length)));
  };
  return html`<details class="picker">
    <summary>${ctx.p.label(t.rowsLegend, t.shownCount(shown, rows.length))}</summary>
    <fieldset>
      <legend class="visually-hidden">${t.rowsLegend}</legend>
      <ul class="checks">
        ${rows.map(
          (r) => html`<li>
            <label><input type="checkbox" .checked=${!ctx.s.hidden.includes(r.id)} @change=${(e: Event) => toggle(r.id, (e.target as HTMLInputElement).checked)} />
              ${r.name}</label>
          </li>`,
        )}
      </ul>
      <button type="button" class="small" aria-disabled=${ctx.s.hidden.length ? 'false' : 'true'}
        @click=${() => ctx.s.hidden.length && ctx.setView({ hidden: [] }, t.allShown(rows.length))}>${t.showAll}</button>
    </fieldset>
  </details>`;
}

function renderStepper(ctx: Ctx, shown: ComparisonRow[], step: number | null): TemplateResult {
  const t = ctx.t;
  const stepping = step !== null;
  // Each step says the row now shown (the one live region: the position line is not live, so nothing is said twice).
  const go = (d: number) => {
    const i = ((step ?? 0) + d + shown.length) % shown.length;
    ctx.setView({ step: i }, `${t.rowOf(i + 1, shown.length, shown[i].name)}.`);
  };
  return html`<div class="stepper">
    <button type="button" aria-pressed=${stepping} ?disabled=${!shown.length}
      @click=${() => ctx.setView({ step: stepping ? null : 0 }, stepping ? t.allRowsBack(shown.length) : `${t.rowOf(1, shown.length, shown[0].name)}.`)}>${t.stepOne}</button>
    ${stepping
      ? html`<div class="step-nav">
          <button type="button" class="prev" @click=${() => go(-1)}><span aria-hidden="true">‹</span> ${t.previous}</button>
          <button type="button" class="next" @click=${() => go(1)}>${t.next} <span aria-hidden="true">›</span></button>
          <p class="position">${t.rowOf(step + 1, shown.length, shown[step].name)}</p>
        </div>`
      : nothing}
  </div>`;
}

function renderGrid(ctx: Ctx, rows: ComparisonRow[]): TemplateResult {
  const [a, b] = ctx.pack.comparison.logics;
  if (ctx.narrow) {
    return html`<ul class="cards" part="cards">
      ${rows.map(
        (r) => html`<li class="card ${ctx.s.highlight === r.id ? 'hl' : ''}" data-row=${r.id}>
          <h3>${rowTitle(ctx, r)}</h3>
          <h4 class="logic-a">${a.name}</h4>
          <p>${cellOf(ctx, r, a.id)}</p>
          <h4 class="logic-b">${b.name}</h4>
          <p>${cellOf(ctx, r, b.id)}</p>
          ${highlightButton(ctx, r)}
        </li>`,
      )}
    </ul>`;
  }
  return html`<table part="table">
    <caption class="visually-hidden">${ctx.pack.comparison.title}</caption>
    <thead>
      <tr>
        <th scope="col">${ctx.t.rowHeader}</th>
        <th scope="col" class="logic-a">${a.name}</th>
        <th scope="col" class="logic-b">${b.name}</th>
        <th scope="col" class="hl-col"><span class="visually-hidden">${ctx.t.highlight}</span></th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) => html`<tr class=${ctx.s.highlight === r.id ? 'hl' : ''} data-row=${r.id}>
          <th scope="row">${rowTitle(ctx, r)}</th>
          <td>${cellOf(ctx, r, a.id)}</td>
          <td>${cellOf(ctx, r, b.id)}</td>
          <td class="hl-cell">${highlightButton(ctx, r)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The table view: the two logics' summaries, focus controls, and a table (wide) or cards (narrow). */
export function renderTable(ctx: Ctx): TemplateResult {
  const { shown, rows, step } = visibleRows(ctx);
  return html`<ul class="logics">
      ${ctx.pack.comparison.logics.map(
        (l, i) => html`<li class=${i ? 'logic-b' : 'logic-a'}><strong>${l.name}${ctx.p.colon.trimEnd()}</strong>${ctx.p.gap}${cited(ctx.pack, l.summary)}</li>`,
      )}
    </ul>
    <div class="focus-bar">${renderRowPicker(ctx, shown.length)} ${renderStepper(ctx, shown, step)}</div>
    ${rows.length ? renderGrid(ctx, rows) : html`<p class="empty">${ctx.t.noRows}</p>`}`;
}
