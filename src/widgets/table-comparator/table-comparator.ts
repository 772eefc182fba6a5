import { html, nothing, type TemplateResult } from 'lit';
import { cited } from '../../core/cite.js';
import { ideas, ideasShown, sources, teachingStyles } from '../../core/teaching.js';
import { CgElement } from '../../core/base.js';
import { emit } from '../../core/events.js';
import { PersistenceController } from '../../core/persistence.js';
import { tableComparatorCodec, type CaseWork, type TableComparatorState } from '../../model/table-comparator-state.js';
import { checkSort, isJudged, isPlaced, judge, mixedOrder, placeStatement, retrySort, sortAttempt, sortScore, type Placement, type SortRules } from '../../model/table-sort.js';
import type { Statement } from '../../model/types.js';
import { completed, gradeOf, parseAttempts, parseGrading, type Grading, type Score } from '../../model/attempts.js';
import { endSummary } from '../../core/summary.js';
import { LiveText } from '../../core/live.js';
import { Settler } from '../../core/settle.js';
import { verdictText } from './sort-view.js';
import type { ContentPack, PackIssue } from '../../model/types.js';
import { renderCase } from './case-view.js';
import { renderSort } from './sort-view.js';
import { renderTable } from './table-view.js';
import { parts, styles } from './table-comparator.styles.js';
import { mergeParts } from '../../core/parts.js';
import type { Ctx } from './ctx.js';
import { helpBar, WhereAmI } from '../../core/describe.js';
import { keysOf, whereAmI } from './describe.js';
import { leanWords } from './case-view.js';
import { addEnglish } from '../../core/i18n/catalog.js';
import { tableComparator } from '../../core/i18n/en/table-comparator.js';
import { own } from '../../model/own.js';

addEnglish('tableComparator', tableComparator);

/** What `result` reports. */
export interface TableComparatorResult {
  mode: 'table' | 'sort' | 'case';
  /** Row ids shown in the table view, in order. */
  shownRows: string[];
  highlight: string | null;
  /** Statement id -> `logic` or `logic/row` (only complete placements, judged or not). */
  answers: Record<string, string>;
  /** This attempt's points so far, from judged placements only: 1 per statement, 2 when `sort-by="row"` (logic and row). */
  score: { raw: number; max: number };
  /** Every statement of this attempt is judged (with `feedback="check"`: placed and checked). */
  complete: boolean;
  /** The sort's attempt in progress, from 1. */
  attempt: number;
  /** The scores of the attempts before this one. */
  previous: Score[];
  /** The score that counts by `grading`, among the completed attempts; null until one is complete. */
  grade: Score | null;
  /** Case id -> the student's positions (row id -> -100 … 100) and notes (row id -> text). */
  cases: Record<string, { positions: Record<string, number>; notes: Record<string, string> }>;
}

const MODES = ['table', 'sort', 'case'];
/** The concepts of the opening framing: governance through or of a collaboration, New Public Governance, the paper's advice. */
const FRAMING = ['through-or-of', 'new-public-governance', 'policy-advice'];
/** Below this width (in em of the widget's font) the table becomes one card per row. */
const NARROW_EM = 36;

/**
 * Compares two logics of governance ('collaborative governance' and 'governing collaborations') across the
 * rows of the paper's Table 2: read them side by side, sort statements into the right logic, or place a
 * real case between the two logics row by row.
 *
 * @tagname cg-table-comparator
 * @summary Two logics of governance side by side: a responsive table, a sort exercise and a case scale.
 * @csspart table - The comparison table (wide containers).
 * @csspart cards - The list of row cards (narrow containers).
 * @csspart statement - A statement card in the sort exercise (also `card`).
 * @csspart zone - A logic's column (drop zone) in the sort exercise.
 * @csspart summary - The sort's score bar and the case summary.
 * @csspart bipolar - A row's scale in case mode: the two logics and the slider.
 * @csspart poles - The two logics' names above a slider.
 * @csspart slider - A row's range input in case mode; `slider-unset` while not placed yet.
 * @csspart slider-unset - A slider the student has not placed yet (hollow thumb).
 * @cssprop --cg-color-pole-a - Colour of the first logic.
 * @cssprop --cg-color-pole-b - Colour of the second logic.
 * @fires cg-change - The student changed something; `detail.result` is the new `result`.
 * @csspart end-summary - The sort's end: score, what was right, what to revisit, the grade, "Try again" (also `summary`).
 * @fires cg-score - A placement was judged (at once, or on Check with `feedback="check"`); `detail` is `{ raw, max, attempt }`, this attempt's score so far.
 * @fires cg-complete - Every statement of an attempt is judged; `detail` is `{ result, attempt }`.
 */
export class CgTableComparator extends CgElement {
  static override properties = {
    ...CgElement.properties,
    mode: { type: String, reflect: true },
    case: { type: String, reflect: true },
    feedback: { type: String },
    sortBy: { type: String, attribute: 'sort-by' },
    grading: { type: String },
    attempts: { type: String },
  };

  static override styles = [...CgElement.styles, teachingStyles, ...styles];
  /** @internal */
  static override parts = mergeParts(CgElement.parts, parts);

  /** `table` (default): read and focus the rows; `sort`: sort statements into the logics; `case`: apply to a case. */
  mode: 'table' | 'sort' | 'case' = 'table';
  /** In `case` mode, the id of the case to apply; without it the student picks a case. */
  case?: string;
  /** In `sort` mode: `instant` (default) gives feedback on each placement, `check` when the student presses Check. */
  feedback: 'instant' | 'check' = 'instant';
  /** In `sort` mode: `row` asks for the row of each statement as well as its logic. */
  sortBy?: 'row' | 'logic';
  /**
   * In `sort` mode: which completed attempt is the grade: `best` (default), `last` or `first`. A SCORM package's
   * `data-grading` sets this and the gradebook alike.
   */
  grading?: 'best' | 'last' | 'first';
  /** In `sort` mode: how many attempts are allowed (a whole number; `1`: no retry). Unlimited when absent. */
  attempts?: string;

  private store = new PersistenceController<TableComparatorState>(this, tableComparatorCodec);
  /** The widget is narrower than 36em: cards instead of a table. */
  private narrow = false;
  /** The live region's text (a render follows every change of it). */
  private live = new LiveText();
  /** Whether the student pressed "Try again" and is asked to confirm. */
  private ask = { asking: false };
  private settle = new Settler(this);
  /** The case-mode slider last moved by a key. */
  private keyedControl?: string;
  private resizer?: ResizeObserver;
  private where = new WhereAmI(this, () => this.store.state);
  /** The case's overall lean as last said (or first shown), so a move says it only when it changes. */
  private leanSaid?: { caseId: string; words: string };
  /** Disclosures opened or closed (see Ctx.isOpen). */
  private opened = new Map<string, boolean>();

  constructor() {
    super();
    this.persistence = this.store as PersistenceController<unknown>;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'undefined') return;
    this.resizer = new ResizeObserver(([entry]) => {
      const em = parseFloat(getComputedStyle(this).fontSize) || 16;
      const narrow = entry.contentRect.width > 0 && entry.contentRect.width < NARROW_EM * em;
      // Re-render in the next frame, so the new layout's size change is not part of this observation.
      if (narrow !== this.narrow)
        requestAnimationFrame(() => {
          this.narrow = narrow;
          this.requestUpdate();
        });
    });
    this.resizer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizer?.disconnect();
  }

  private get byRow(): boolean {
    return this.sortBy === 'row';
  }

  private get rules(): SortRules {
    return { byRow: this.byRow, instant: this.feedback !== 'check' };
  }

  private get gradingRule(): Grading {
    return parseGrading(this.grading) ?? 'best';
  }

  private get allowed(): number {
    return parseAttempts(this.attempts) ?? Infinity;
  }

  get result(): TableComparatorResult {
    const s = this.store.state;
    const pack = this.pack;
    const statements = pack?.comparison.statements ?? [];
    const sc = sortScore(statements, s, this.rules);
    const answers: Record<string, string> = {};
    for (const st of statements) {
      const a = own(s.answers, st.id);
      if (isPlaced(a, this.byRow)) answers[st.id] = this.byRow ? `${a.logic}/${a.row}` : a.logic;
    }
    const cases: TableComparatorResult['cases'] = {};
    for (const [id, w] of Object.entries(s.cases)) cases[id] = { positions: { ...w.positions }, notes: { ...w.notes } };
    return {
      mode: MODES.includes(this.mode) ? this.mode : 'table',
      shownRows: (pack?.comparison.rows ?? []).filter((r) => !s.hidden.includes(r.id)).map((r) => r.id),
      highlight: s.highlight,
      answers,
      score: { raw: sc.raw, max: sc.max },
      complete: sc.complete,
      attempt: sortAttempt(s),
      previous: (s.previous ?? []).map((p) => ({ ...p })),
      grade: gradeOf(completed(s.previous ?? [], { raw: sc.raw, max: sc.max }, sc.complete), this.gradingRule),
      cases,
    };
  }

  protected override configIssues(pack: ContentPack): PackIssue[] {
    const issues: PackIssue[] = [];
    const bad = (path: string, value: string, known: string[]) =>
      issues.push({ path, message: `is "${value}", which this widget does not know. Use one of: ${known.join(', ')}.` });
    if (this.mode && !MODES.includes(this.mode)) bad('mode', this.mode, MODES);
    if (this.feedback && !['instant', 'check'].includes(this.feedback)) bad('feedback', this.feedback, ['instant', 'check']);
    if (this.sortBy && !['row', 'logic'].includes(this.sortBy)) bad('sort-by', this.sortBy, ['logic', 'row']);
    if (!parseGrading(this.grading)) issues.push({ path: 'grading', message: this.t.core.badGrading(this.grading!) });
    if (parseAttempts(this.attempts) === null) issues.push({ path: 'attempts', message: this.t.core.badAttempts(this.attempts!) });
    if (this.case && !pack.cases.some((c) => c.id === this.case)) {
      issues.push({
        path: 'case',
        message: `names a case "${this.case}" that the pack does not have. Known cases: ${pack.cases.map((c) => c.id).join(', ') || '(none)'}.`,
      });
    }
    return issues;
  }

  protected renderWidget(pack: ContentPack): TemplateResult {
    const c = pack.comparison;
    const ctx = this.ctx(pack);
    const body = this.mode === 'sort' ? renderSort(ctx) : this.mode === 'case' ? renderCase(ctx) : renderTable(ctx);
    // What the student sees of the case's lean before they move anything (a move then says only a change of it).
    if (this.mode === 'case' && ctx.caseId && this.leanSaid?.caseId !== ctx.caseId) this.leanSaid = { caseId: ctx.caseId, words: leanWords(ctx, ctx.caseId) };
    return html`<section class="wrap ${this.narrow ? 'narrow' : ''}" part="base" aria-labelledby="tc-title">
      <h2 id="tc-title">${c.title}</h2>
      <p>${cited(pack, c.intro)}</p>
      ${helpBar(this.t.core, this.where, () => whereAmI(ctx, this.mode), keysOf(ctx, this.mode))}
      ${ideas(pack, this.t.core.framing, FRAMING)}
      ${body}
      ${sources(pack, this.t.core, this.punct, ideasShown(pack, FRAMING), c, this.mode === 'case' ? [pack.eras, pack.cases.find((k) => k.id === ctx.caseId)] : [])}
      <p class="visually-hidden" role="status">${this.live.text || nothing}</p>
    </section>`;
  }

  private ctx(pack: ContentPack): Ctx {
    return {
      t: this.t.tableComparator,
      core: this.t.core,
      p: this.punct,
      pack,
      s: this.store.state,
      narrow: this.narrow,
      byRow: this.byRow,
      instant: this.feedback !== 'check',
      rules: this.rules,
      attemptLine: this.t.core.attempt(sortAttempt(this.store.state), this.allowed),
      summary: this.mode === 'sort' ? this.summary(pack) : nothing,
      caseId: this.case ?? this.store.state.caseId,
      fixedCase: !!this.case,
      room: this.store.room(),
      setView: (patch, message) => this.change(patch, message),
      place: this.place,
      check: this.check,
      pickCase: (id) => {
        const k = pack.cases.find((x) => x.id === id);
        this.change({ caseId: id || null }, k ? this.t.tableComparator.caseChosen(k.name, pack.comparison.rows.length) : '');
      },
      setCase: this.setCase,
      changed: () => this.changed(),
      settled: (key) => {
        const keyed = this.keyedControl === key;
        this.keyedControl = undefined;
        if (keyed) this.settle.later(key, () => this.changed(), Settler.KEY_MS);
        else this.settle.now(key, () => this.changed());
      },
      keyed: (key) => (this.keyedControl = key),
      typed: (key, ms = Settler.TYPE_MS) => this.settle.later(key, () => this.changed(), ms),
      flush: (key) => this.settle.flush(key),
      caseMoved: (caseId) => {
        const words = leanWords(this.ctx(pack), caseId);
        const said = this.leanSaid?.caseId === caseId ? this.leanSaid.words : undefined;
        this.leanSaid = { caseId, words };
        if (said !== undefined && words !== said) this.say(this.t.tableComparator.leanNow(words));
      },
      say: (message) => this.say(message),
      isOpen: (key, initially) => {
        if (!this.opened.has(key)) this.opened.set(key, initially);
        return this.opened.get(key)!;
      },
      setOpen: (key, open) => void this.opened.set(key, open),
      focus: (selector) => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus()),
    };
  }

  private say(message: string): void {
    this.live.say(message);
    this.requestUpdate();
  }

  private changed(): void {
    emit(this, 'cg-change', { result: this.result });
  }

  /** Saves a change the student made, announces it if asked, and fires cg-change. */
  private change(patch: Partial<TableComparatorState>, message?: string): void {
    this.store.set({ ...this.store.state, ...patch });
    if (message !== undefined) this.live.say(message);
    this.changed();
  }

  /** Merges a change into a case's work (positions and notes merge by row). */
  private setCase = (caseId: string, patch: Partial<CaseWork>, emitChange = true): void => {
    const s = this.store.state;
    const prev = own(s.cases, caseId) ?? { positions: {}, notes: {} };
    const next = { ...prev, ...patch, positions: { ...prev.positions, ...patch.positions }, notes: { ...prev.notes, ...patch.notes } };
    this.store.set({ ...s, cases: { ...s.cases, [caseId]: next } });
    if (emitChange) this.changed();
  };

  private score() {
    return sortScore(this.pack?.comparison.statements ?? [], this.store.state, this.rules);
  }

  /** Saves sort work an action changed and fires cg-change; a refused action (same object) changes nothing. */
  private work(next: TableComparatorState): boolean {
    if (next === this.store.state) return false;
    this.store.set(next);
    this.changed();
    return true;
  }

  /** Fires cg-score for this attempt and, when the attempt is now complete, cg-complete; says the score. */
  private judged(parts: string[], wasComplete: boolean): void {
    const sc = this.score();
    const attempt = sortAttempt(this.store.state);
    const t = this.t.tableComparator;
    emit(this, 'cg-score', { raw: sc.raw, max: sc.max, attempt });
    const done = !wasComplete && sc.complete;
    const p = this.punct;
    this.live.say(...parts, p.end(t.score(sc.raw, sc.max)), done && t.finished(sc.raw, sc.max), done && p.end(this.t.core.summaryHeading(attempt)));
    this.requestUpdate();
    if (done) {
      emit(this, 'cg-complete', { result: this.result, attempt });
      this.focusIn('#end-h');
    }
  }

  /** Places a statement (logic and/or row); judged at once with instant feedback. A judged statement cannot move. */
  private place = (id: string, patch: Partial<Placement>, order: Statement[], viaControl: boolean): void => {
    const st = this.pack!.comparison.statements.find((x) => x.id === id)!;
    const was = this.score().complete;
    if (!this.work(placeStatement(this.store.state, id, patch, this.rules))) return;
    const t = this.t.tableComparator;
    const a = own(this.store.state.answers, id)!;
    // Sorting by row, the row may come first (its select is before the buttons): then that is what is said.
    const rowName = this.pack!.comparison.rows.find((r) => r.id === a.row)?.name ?? '';
    const placedText = a.logic ? t.placedIn(st.text, logicNameOf(this.pack!, a.logic)) : a.row ? t.rowChosen(rowName) : '';
    if (isJudged(this.store.state, id, this.rules)) {
      const v = judge(st, a, this.byRow);
      this.judged([placedText, v.correct ? t.right : verdictText(this.ctx(this.pack!), st), st.explanation.text], was);
      if (viaControl && !this.score().complete) this.focusNext(order, id);
      return;
    }
    this.live.say(placedText, this.byRow && !a.row ? t.nowRow : '');
    this.requestUpdate();
    if (!viaControl) return;
    if (patch.logic && this.byRow && !a.row) this.focusIn(`[data-id="${id}"] select`);
    else if (patch.logic) this.focusIn(`[data-id="${id}"] button[data-logic="${patch.logic}"]`);
  };

  /** After a judged placement by button or select: the next statement still to place, or the sort bar. */
  private focusNext(order: Statement[], id: string): void {
    const s = this.store.state;
    const open = order.filter((x) => x.id !== id && !isJudged(s, x.id, this.rules));
    const next = open.find((x) => !own(s.answers, x.id)?.logic) ?? open[0];
    // The next card's first control: its row select when sorting by row (it comes before the buttons).
    this.focusIn(next ? `[data-id="${next.id}"] ${this.byRow ? 'select' : '.choices button'}` : '.sort-bar button');
  }

  private check = (): void => {
    const was = this.score().complete;
    const before = new Set(this.store.state.locked ?? []);
    const next = checkSort(this.store.state, this.rules);
    const t = this.t.tableComparator;
    if (next === this.store.state) {
      this.live.say(t.nothingToCheck);
      this.requestUpdate();
      return;
    }
    this.work({ ...next, checked: true });
    const pack = this.pack!;
    const fresh = mixedOrder(pack.comparison.statements).filter((st) => isJudged(this.store.state, st.id, this.rules) && !before.has(st.id));
    const ctx = this.ctx(pack);
    const right = fresh.filter((st) => judge(st, own(this.store.state.answers, st.id)!, this.byRow).correct);
    // Each verdict is said; with more than three at once, the wrong ones only, to keep it short (every card shows all).
    const said = fresh.length <= 3 ? fresh : fresh.filter((st) => !right.includes(st));
    const verdicts = said.map((st) => t.liveVerdict(st.text, verdictText(ctx, st)) + (fresh.length <= 3 ? ` ${st.explanation.text}` : ''));
    this.judged([t.checked(fresh.length, right.length), ...verdicts], was);
  };

  /** The end of the sort: shown once every statement of the attempt is judged. */
  private summary(pack: ContentPack): TemplateResult | typeof nothing {
    const s = this.store.state;
    const sc = this.score();
    const order = mixedOrder(pack.comparison.statements);
    const item = (st: Statement) => ({ label: st.text, target: `card-${st.id}` });
    const ok = (st: Statement) => isJudged(s, st.id, this.rules) && judge(st, own(s.answers, st.id)!, this.byRow).correct;
    return endSummary({
      core: this.t.core,
      score: { raw: sc.raw, max: sc.max },
      complete: sc.complete,
      right: order.filter(ok).map(item),
      revisit: order.filter((st) => !ok(st)).map(item),
      previous: s.previous ?? [],
      grading: this.gradingRule,
      allowed: this.allowed,
      ask: this.ask,
      live: this.live,
      focus: (sel) => this.focusIn(sel),
      start: () => {
        const next = retrySort(this.store.state, pack.comparison.statements, this.rules, this.allowed);
        return next !== this.store.state && this.work({ ...next, checked: false });
      },
      first: '.pool .stmt button',
    });
  }

  /** Focuses the first element matching `selector` after the next render. */
  private focusIn(selector: string): void {
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }
}

/** The name of a logic by id. */
const logicNameOf = (pack: ContentPack, id: string) => pack.comparison.logics.find((l) => l.id === id)?.name ?? id;

declare global {
  interface HTMLElementTagNameMap {
    'cg-table-comparator': CgTableComparator;
  }
}
