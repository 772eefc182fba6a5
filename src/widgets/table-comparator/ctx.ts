import type { Messages } from '../../core/i18n/catalog.js';
import type { CaseWork, TableComparatorState } from '../../model/table-comparator-state.js';
import type { Placement } from '../../model/table-sort.js';
import type { ContentPack } from '../../model/types.js';

/** What the widget's views read and the actions they may take (built by the element on each render). */
export interface Ctx {
  t: Messages['tableComparator'];
  core: Messages['core'];
  pack: ContentPack;
  s: TableComparatorState;
  narrow: boolean;
  byRow: boolean;
  instant: boolean;
  caseId: string | null;
  fixedCase: boolean;
  setView(patch: Partial<TableComparatorState>, message?: string): void;
  place(id: string, patch: Partial<Placement>, message?: string): void;
  check(): void;
  retry(): void;
  pickCase(id: string): void;
  setCase(caseId: string, patch: Partial<CaseWork>, emitChange?: boolean): void;
  changed(): void;
  /** A case's position was committed (a slider let go, a key pressed): fires cg-change, says a new overall lean. */
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
