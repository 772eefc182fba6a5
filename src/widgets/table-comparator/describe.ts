/** What the table comparator says on request ("Where am I?") and the keys of each mode (src/core/describe.ts). */
import type { KeyHelp } from '../../core/describe.js';
import { summariseCase } from '../../model/table-comparator-case.js';
import { isPlaced, mixedOrder, scoreSort } from '../../model/table-sort.js';
import { leanWords } from './case-view.js';
import type { Ctx } from './ctx.js';

export function whereAmI(ctx: Ctx, mode: string): string {
  const { t, p } = ctx;
  const c = ctx.pack.comparison;
  if (mode === 'sort') {
    const sc = scoreSort(c.statements, ctx.s.answers, ctx.byRow);
    const next = mixedOrder(c.statements).find((s) => !isPlaced(ctx.s.answers[s.id], ctx.byRow));
    const score = ctx.instant || ctx.s.checked ? p.end(t.score(sc.raw, sc.max)) : t.checkHint;
    return p.sentences(p.end(t.progress(sc.placed, sc.total)), score, next ? t.whereNext(next.text) : t.allSorted);
  }
  if (mode === 'case') {
    const k = ctx.pack.cases.find((x) => x.id === ctx.caseId);
    if (!k) return t.chooseCaseFirst;
    const sum = summariseCase(c.rows.map((r) => r.id), ctx.s.cases[k.id]?.positions ?? {});
    return p.sentences(t.whereCase(k.name), leanWords(ctx, k.id), sum.placed ? t.placedCount(sum.placed, c.rows.length) : '');
  }
  const shown = c.rows.filter((r) => !ctx.s.hidden.includes(r.id));
  const hl = c.rows.find((r) => r.id === ctx.s.highlight && shown.includes(r));
  const step = ctx.s.step === null || !shown.length ? null : Math.min(ctx.s.step, shown.length - 1);
  return p.sentences(
    p.end(t.shownCount(shown.length, c.rows.length)),
    hl ? t.highlighted(hl.name) : '',
    step === null ? '' : p.end(t.rowOf(step + 1, shown.length, shown[step].name)),
  );
}

export function keysOf(ctx: Ctx, mode: string): readonly KeyHelp[] {
  const k = ctx.t.keys;
  if (mode === 'sort') return ctx.byRow ? [...k.sortByRow, ...k.sort] : k.sort;
  if (mode === 'case') return ctx.fixedCase ? k.case : [...k.case, ...k.casePick];
  return k.table;
}
