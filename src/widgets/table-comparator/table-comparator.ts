import { html, nothing, type TemplateResult } from 'lit';
import { cited } from '../../core/cite.js';
import { ideas, ideasShown, sources, teachingStyles } from '../../core/teaching.js';
import { CgElement } from '../../core/base.js';
import { emit } from '../../core/events.js';
import { PersistenceController } from '../../core/persistence.js';
import { tableComparatorCodec, type CaseWork, type TableComparatorState } from '../../model/table-comparator-state.js';
import { isPlaced, scoreSort, type Placement } from '../../model/table-sort.js';
import type { ContentPack, PackIssue } from '../../model/types.js';
import { renderCase } from './case-view.js';
import { renderSort } from './sort-view.js';
import { renderTable } from './table-view.js';
import { parts, styles } from './table-comparator.styles.js';
import { mergeParts } from '../../core/parts.js';
import type { Ctx } from './ctx.js';
import { fresh, helpBar, WhereAmI } from '../../core/describe.js';
import { keysOf, whereAmI } from './describe.js';
import { leanWords } from './case-view.js';
import { addEnglish } from '../../core/i18n/catalog.js';
import { tableComparator } from '../../core/i18n/en/table-comparator.js';

addEnglish('tableComparator', tableComparator);

/** What `result` reports. */
export interface TableComparatorResult {
  mode: 'table' | 'sort' | 'case';
  /** Row ids shown in the table view, in order. */
  shownRows: string[];
  highlight: string | null;
  /** Statement id -> `logic` or `logic/row` (only complete placements). */
  answers: Record<string, string>;
  /** Points so far: 1 per statement, 2 when `sort-by="row"` (logic and row). */
  score: { raw: number; max: number };
  /** Every statement is placed. */
  complete: boolean;
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
 * @fires cg-score - The sort score changed (on each placement, on Check with `feedback="check"`, on Retry); `detail` is `{ raw, max }`.
 * @fires cg-complete - Every statement is placed (with `feedback="check"`: on Check once all are placed); `detail.result`.
 */
export class CgTableComparator extends CgElement {
  static override properties = {
    ...CgElement.properties,
    mode: { type: String, reflect: true },
    case: { type: String, reflect: true },
    feedback: { type: String },
    sortBy: { type: String, attribute: 'sort-by' },
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

  private store = new PersistenceController<TableComparatorState>(this, tableComparatorCodec);
  /** The widget is narrower than 36em: cards instead of a table. */
  private narrow = false;
  /** The latest message for the live region (a render follows every change of it). */
  private announcement = '';
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

  get result(): TableComparatorResult {
    const s = this.store.state;
    const pack = this.pack;
    const statements = pack?.comparison.statements ?? [];
    const sc = scoreSort(statements, s.answers, this.byRow);
    const answers: Record<string, string> = {};
    for (const st of statements) {
      const a = s.answers[st.id];
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
      ${sources(pack, this.t.core, ideasShown(pack, FRAMING), c, this.mode === 'case' ? [pack.eras, pack.cases.find((k) => k.id === ctx.caseId)] : [])}
      <p class="visually-hidden" role="status">${this.announcement || nothing}</p>
    </section>`;
  }

  private ctx(pack: ContentPack): Ctx {
    return {
      t: this.t.tableComparator,
      core: this.t.core,
      pack,
      s: this.store.state,
      narrow: this.narrow,
      byRow: this.byRow,
      instant: this.feedback !== 'check',
      caseId: this.case ?? this.store.state.caseId,
      fixedCase: !!this.case,
      setView: (patch, message) => this.change(patch, message),
      place: this.place,
      check: this.check,
      retry: this.retry,
      pickCase: (id) => {
        const k = pack.cases.find((x) => x.id === id);
        this.change({ caseId: id || null }, k ? this.t.tableComparator.caseChosen(k.name, pack.comparison.rows.length) : '');
      },
      setCase: this.setCase,
      changed: () => this.changed(),
      caseMoved: (caseId) => {
        this.changed();
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
    this.announcement = fresh(this.announcement, message);
    this.requestUpdate();
  }

  private changed(): void {
    emit(this, 'cg-change', { result: this.result });
  }

  /** Saves a change the student made, announces it if asked, and fires cg-change. */
  private change(patch: Partial<TableComparatorState>, message?: string): void {
    this.store.set({ ...this.store.state, ...patch });
    if (message !== undefined) this.announcement = fresh(this.announcement, message);
    this.changed();
  }

  /** Merges a change into a case's work (positions and notes merge by row). */
  private setCase = (caseId: string, patch: Partial<CaseWork>, emitChange = true): void => {
    const s = this.store.state;
    const prev = s.cases[caseId] ?? { positions: {}, notes: {} };
    const next = { ...prev, ...patch, positions: { ...prev.positions, ...patch.positions }, notes: { ...prev.notes, ...patch.notes } };
    this.store.set({ ...s, cases: { ...s.cases, [caseId]: next } });
    if (emitChange) this.changed();
  };

  private score() {
    return scoreSort(this.pack?.comparison.statements ?? [], this.store.state.answers, this.byRow);
  }

  private emitScore(): void {
    const { raw, max } = this.score();
    emit(this, 'cg-score', { raw, max });
  }

  /** Places a statement (logic and/or row); scores at once with instant feedback. */
  private place = (id: string, patch: Partial<Placement>, message?: string): void => {
    const s = this.store.state;
    const was = this.score().complete;
    const prev = s.answers[id] as Placement | undefined;
    const next: Placement = { logic: prev?.logic ?? '', row: prev?.row, ...patch };
    this.change({ answers: { ...s.answers, [id]: next }, checked: false }, message);
    if (this.feedback === 'check') return;
    this.emitScore();
    if (!was && this.score().complete) emit(this, 'cg-complete', { result: this.result });
  };

  private check = (): void => {
    this.change({ checked: true });
    this.emitScore();
    const sc = this.score();
    this.announcement = this.t.tableComparator.score(sc.raw, sc.max);
    this.requestUpdate();
    if (sc.complete) emit(this, 'cg-complete', { result: this.result });
  };

  private retry = (): void => {
    this.change({ answers: {}, checked: false }, '');
    this.emitScore();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'cg-table-comparator': CgTableComparator;
  }
}
