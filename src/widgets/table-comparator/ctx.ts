import type { Messages } from '../../core/i18n/catalog.js';
import type { Punctuation } from '../../core/i18n/format.js';
import type { CaseWork, TableComparatorState } from '../../model/table-comparator-state.js';
import type { TemplateResult, nothing } from 'lit';
import type { Placement, SortRules } from '../../model/table-sort.js';
import type { ContentPack, Statement } from '../../model/types.js';

/** What the widget's views read and the actions they may take (built by the element on each render). */
export interface Ctx {
  t: Messages['tableComparator'];
  core: Messages['core'];
  /** The punctuation of the widget's language, for joining its words and the pack's. */
  p: Punctuation;
  pack: ContentPack;
  s: TableComparatorState;
  narrow: boolean;
  byRow: boolean;
  instant: boolean;
  /** The sort's rules (rows asked for, feedback at once). */
  rules: SortRules;
  /** "Attempt 2 of 3" and the like. */
  attemptLine: string;
  /** The sort's end summary (empty until every statement is judged). */
  summary: TemplateResult | typeof nothing;
  caseId: string | null;
  fixedCase: boolean;
  /** About how many more characters the store (an LMS) holds; null: no known limit. */
  room: number | null;
  setView(patch: Partial<TableComparatorState>, message?: string): void;
  /** Places a statement (refused once judged); `order` is the statements' order, `viaControl` when by button or select. */
  place(id: string, patch: Partial<Placement>, order: Statement[], viaControl: boolean): void;
  check(): void;
  pickCase(id: string): void;
  setCase(caseId: string, patch: Partial<CaseWork>, emitChange?: boolean): void;
  changed(): void;
  /** A case-mode slider settled (released, or a key pressed): cg-change now, or once the keys stop. */
  settled(key: string): void;
  /** A key moved a case-mode slider (its `change` then waits for the keys to stop). */
  keyed(key: string): void;
  /** A note was typed in (or a slider moved): cg-change once it pauses for `ms` (default: a typing pause). */
  typed(key: string, ms?: number): void;
  /** Fires what is pending for a control now (it lost focus). */
  flush(key: string): void;
  /** A case's position was committed (a slider let go, a key pressed, placed in between): says a new overall lean. */
  caseMoved(caseId: string): void;
  /**
   * Whether a disclosure the widget opens by itself (a note with text) is open: as it was first shown
   * (`initially`), then as the student leaves it.
   */
  isOpen(key: string, initially: boolean): boolean;
  setOpen(key: string, open: boolean): void;
  /** Says what an action did, in the live region. */
  say(message: string): void;
  /** Focuses the first element matching a selector in the shadow root after the next render. */
  focus(selector: string): void;
}

/** The name of a logic by id. */
export const logicName = (ctx: Ctx, id: string): string => ctx.pack.comparison.logics.find((l) => l.id === id)?.name ?? id;
/** The name of a row by id. */
export const rowName = (ctx: Ctx, id: string): string => ctx.pack.comparison.rows.find((r) => r.id === id)?.name ?? id;
