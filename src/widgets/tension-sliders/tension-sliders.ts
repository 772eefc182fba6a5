import { html, type PropertyValues, type TemplateResult } from 'lit';
import { CgElement } from '../../core/base.js';
import { emit } from '../../core/events.js';
import { PersistenceController } from '../../core/persistence.js';
import { bandOf, comparePosition, describePosition, overallReading, type Position, type ReadingId } from '../../model/tension-reading.js';
import { reflectionMarkdown } from '../../model/tension-sliders-export.js';
import { tensionSlidersCodec, type TensionSlidersState } from '../../model/tension-sliders-state.js';
import type { Case, ContentPack, PackIssue, Response, Tension } from '../../model/types.js';
import { overallView } from './overall.js';
import { ideas, ideasShown, sources, teachingStyles } from '../../core/teaching.js';
import { tensionRow } from './tension-row.js';
import { noteLimit } from '../../core/note-limit.js';
import { own } from '../../model/own.js';
import { NOTE_MAX } from '../../model/limits.js';
import { parts, styles } from './tension-sliders.styles.js';
import { mergeParts } from '../../core/parts.js';
import { Settler } from '../../core/settle.js';
import { addEnglish } from '../../core/i18n/catalog.js';
import { helpBar, WhereAmI } from '../../core/describe.js';
import { tensionSliders } from '../../core/i18n/en/tension-sliders.js';

addEnglish('tensionSliders', tensionSliders);

/** What `result` holds. */
export interface TensionSlidersResult {
  /** Each shown tension's position (-100 first pole … 100 second pole), or null when not placed. */
  positions: Record<string, number | null>;
  /** The student's notes by tension id. */
  notes: Record<string, string>;
  /** The tensions the student has moved or confirmed. */
  touched: string[];
  /** The response (a response id of the pack) chosen per tension id, for the shown tensions. */
  responses: Record<string, string>;
  /** The overall reading's id (a key of the pack's `readings`), or null while nothing is placed. Not a score. */
  reading: ReadingId | null;
}

/** The concepts of the opening framing: collaborative advantage against inertia, and the paper's advice. */
const FRAMING = ['collaborative-advantage', 'collaborative-inertia', 'policy-advice'];

/**
 * @tagname cg-tension-sliders
 * @summary The paradoxes of collaboration as bipolar sliders: place a collaboration on each tension, see what each
 * position protects and risks, write a note per tension, and take away the overall picture and a reflection file.
 *
 * @csspart tension - One tension's card (also `card`).
 * @csspart bipolar - A tension's bipolar slider: the pole names and the slider.
 * @csspart poles - The two poles' names above a slider.
 * @csspart slider - A tension's range input; `slider-unset` while not placed yet.
 * @csspart slider-unset - A slider the student has not placed yet (hollow thumb).
 * @csspart flag - The "resolved, not managed" flag.
 * @csspart resolved - The box explaining what resolving a tension costs (also `callout-warn`).
 * @csspart note - A tension's note (textarea).
 * @csspart overall - The overall picture: the figure and the reading.
 * @csspart figure - The figure of all positions.
 * @csspart reading - The overall reading (also `summary`).
 *
 * @csspart mark - A reference position drawn on a slider's track (compare mode, once the student has placed that tension).
 *
 * @fires cg-change - Once per settled change, with `detail.result` the new `result`: a slider on release (a drag fires
 *   one, not one per step), arrow keys once they stop for 0.6 s, a note once typing pauses for 1.5 s; a confirmation or
 *   a response at once. Anything pending fires at once when the control loses focus, the page is hidden or left, or
 *   the widget is removed, so the last value is never lost. The work itself is saved on every step.
 * @fires cg-complete - When every shown slider has been moved or confirmed (with the `cg-change` that completes it); `detail.result` is the `result`.
 */
export class CgTensionSliders extends CgElement {
  static override properties = {
    ...CgElement.properties,
    mode: { type: String, reflect: true },
    caseId: { type: String, attribute: 'case' },
    tensions: { type: String },
    printPreview: { type: Boolean, attribute: 'print-preview', reflect: true },
    live: { state: true, attribute: false },
  };

  static override styles = [...CgElement.styles, teachingStyles, ...styles];
  /** @internal */
  static override parts = mergeParts(CgElement.parts, parts);

  /** `reflect` (default): place the sliders; `compare`: place them and compare with the case's reference positions. */
  mode: 'reflect' | 'compare' = 'reflect';
  /** A case id from the pack: in `reflect` mode its positions preset the sliders; in `compare` mode they are the reference. */
  caseId?: string;
  /** Comma-separated tension ids to show, in order (e.g. `goals,trust,leadership`). Default: the paper's nine. */
  tensions?: string;
  /** Shows the print layout on screen (notes as text, no controls), e.g. to preview what will print. */
  printPreview = false;

  /** The student's saved work. @internal */
  store = new PersistenceController<TensionSlidersState>(this, tensionSlidersCodec);
  private live = '';
  private liveTimer?: ReturnType<typeof setTimeout>;
  private lastReading?: ReadingId | null;
  private flagged = new Set<string>();
  /** Compare mode: tensions whose reference has been said. */
  private revealed = new Set<string>();
  private settle = new Settler(this);
  /** The slider last moved by a key, whose `change` waits for the keys to stop. */
  private keyed?: string;
  /** Whether the set was complete when cg-change last fired (so cg-complete fires once, when it completes). */
  private sentComplete?: boolean;
  private where = new WhereAmI(this, () => this.store.state);
  /** Tensions whose note disclosure is open: those with a note when first shown, and those the student opened. */
  private notesOpen?: Set<string>;

  constructor() {
    super();
    this.persistence = this.store as PersistenceController<unknown>;
  }

  /** The student's positions, notes, the tensions moved or confirmed, and the overall reading. Read-only. */
  get result(): TensionSlidersResult {
    const { notes, touched } = this.store.state;
    const shown = this.pack ? this.shown(this.pack) : [];
    const positions = this.positions(shown);
    const chosen = this.chosen(shown);
    return {
      positions,
      notes: { ...notes },
      touched: touched.filter((id) => shown.some((t) => t.id === id)),
      responses: Object.fromEntries(Object.entries(chosen).flatMap(([id, r]) => (r ? [[id, r.id]] : []))),
      reading: overallReading(positions, chosen).id,
    };
  }

  /** The pack's response chosen per shown tension (a saved id the pack no longer has counts as none). */
  private chosen(shown: readonly Tension[]): Record<string, Response | undefined> {
    const saved = this.store.state.responses;
    return Object.fromEntries(shown.map((t) => [t.id, this.pack?.responses.find((r) => r.id === own(saved, t.id))]));
  }

  private ids(): string[] | null {
    const ids = (this.tensions ?? '').split(/[\s,]+/).filter(Boolean);
    return ids.length ? [...new Set(ids)] : null;
  }

  /** The tensions shown: those named in `tensions`, else the paper's (or every tension if a pack has none of the paper's). */
  private shown(pack: ContentPack): Tension[] {
    const ids = this.ids();
    if (ids) return ids.map((id) => pack.tensions.find((t) => t.id === id)).filter((t): t is Tension => !!t);
    const paper = pack.tensions.filter((t) => t.group === 'paper');
    return paper.length ? paper : pack.tensions;
  }

  private theCase(): Case | undefined {
    return this.caseId ? this.pack?.cases.find((c) => c.id === this.caseId) : undefined;
  }

  private get comparing(): boolean {
    return this.mode === 'compare';
  }

  /** The student's position, else (in reflect mode) the case's preset, else null. */
  private positionOf(id: string): Position {
    return own(this.store.state.positions, id) ?? (this.comparing ? undefined : own(this.theCase()?.tensions, id)) ?? null;
  }

  private positions(shown: readonly Tension[]): Record<string, Position> {
    return Object.fromEntries(shown.map((t) => [t.id, this.positionOf(t.id)]));
  }

  protected override configIssues(pack: ContentPack): PackIssue[] {
    const w = this.t.tensionSliders;
    const issues: PackIssue[] = [];
    const mode = this.mode || 'reflect';
    if (mode !== 'reflect' && mode !== 'compare') issues.push({ path: 'mode', message: w.badMode(mode) });
    const known = pack.tensions.map((t) => t.id).join(', ');
    for (const id of this.ids() ?? []) {
      if (!pack.tensions.some((t) => t.id === id)) issues.push({ path: 'tensions', message: w.unknownTension(id, known) });
    }
    if (this.tensions !== undefined && this.tensions.trim() && !this.ids()) issues.push({ path: 'tensions', message: w.noTensions });
    const c = this.theCase();
    if (this.caseId && !c) {
      issues.push({ path: 'case', message: w.unknownCase(this.caseId, pack.cases.map((x) => x.id).join(', ')) });
    }
    if (mode === 'compare') {
      if (!this.caseId) issues.push({ path: 'mode', message: w.compareNeedsCase });
      else if (c && !c.tensions) issues.push({ path: 'case', message: w.caseHasNoPositions(c.id) });
    }
    return issues;
  }

  protected renderWidget(pack: ContentPack): TemplateResult {
    const w = this.t.tensionSliders;
    const shown = this.shown(pack);
    const positions = this.positions(shown);
    const chosen = this.chosen(shown);
    const { notes, touched } = this.store.state;
    const c = this.theCase();
    const ref = this.comparing && c?.tensions ? { name: c.name, positions: c.tensions } : undefined;
    // A reference appears only for the tensions the student has placed, on the same scale as theirs.
    const revealed = ref && { name: ref.name, positions: Object.fromEntries(Object.entries(ref.positions).filter(([id]) => touched.includes(id))) };
    const paradox = pack.concepts.find((x) => x.id === 'paradox');
    const done = shown.filter((t) => touched.includes(t.id)).length;
    const notesOpen = (this.notesOpen ??= new Set(shown.filter((t) => own(notes, t.id)?.trim()).map((t) => t.id)));
    const room = this.store.room();
    return html`<section class="wrap" part="base" aria-labelledby="title">
      <h2 id="title">${w.title}</h2>
      <p>${w.intro}</p>
      ${helpBar(this.t.core, this.where, () => this.summary(pack), w.keys)}
      ${ideas(pack, this.t.core.framing, paradox ? ['paradox', ...FRAMING] : FRAMING)}
      ${c ? html`<p class="case">${this.comparing ? w.compareWith(c.name) : w.presetFrom(c.name)}</p>` : ''}
      <p class="muted progress">${w.progress(done, shown.length)}${this.punct.gap}${done < shown.length ? w.placeHint : ''}</p>
      <ol class="tensions">
        ${shown.map((t) => {
          const r = own(ref?.positions, t.id);
          return tensionRow({
            pack,
            w,
            punct: this.punct,
            tension: t,
            p: own(positions, t.id) ?? null,
            touched: touched.includes(t.id),
            note: own(notes, t.id) ?? '',
            noteLimit: noteLimit(`nl-${t.id}`, own(notes, t.id) ?? '', room, this.t.core),
            ref: r === undefined ? undefined : { name: ref!.name, p: r, shown: touched.includes(t.id), cite: c!.cite ?? c!.comment.cite },
            responses: pack.responses,
            response: own(chosen, t.id),
            onInput: (e) => this.move(t.id, Number((e.target as HTMLInputElement).value)),
            onChange: () => this.settled(`s:${t.id}`, this.keyed === t.id ? Settler.KEY_MS : 0),
            onKeydown: () => (this.keyed = t.id),
            onBlur: () => this.settle.flush(`s:${t.id}`),
            onNoteDone: () => this.settle.flush(`n:${t.id}`),
            onConfirm: () => this.confirm(t.id),
            onNote: (e) => this.note(t.id, (e.target as HTMLTextAreaElement).value),
            onRespond: (e) => this.respond(t.id, (e.target as HTMLSelectElement).value),
            noteOpen: notesOpen.has(t.id),
            onNoteToggle: (open) => {
              if (open === notesOpen.has(t.id)) return;
              if (open) notesOpen.add(t.id);
              else notesOpen.delete(t.id);
              this.requestUpdate();
            },
          });
        })}
      </ol>
      ${overallView({ pack, w, punct: this.punct, tensions: shown, positions, chosen, reading: overallReading(positions, chosen), ref: revealed })}
      <div class="actions">
        <button type="button" class="primary" @click=${this.download}>${w.download}</button>
        <button type="button" @click=${() => window.print()}>${w.print}</button>
      </div>
      ${sources(pack, this.t.core, this.punct, ideasShown(pack, ['paradox', ...FRAMING]), shown, pack.responses, pack.readings)}
      <p class="visually-hidden" role="status">${this.live}</p>
    </section>`;
  }

  /** "Where am I?": how many tensions are placed, the overall reading, and the next one to place. */
  private summary(pack: ContentPack): string {
    const w = this.t.tensionSliders;
    const shown = this.shown(pack);
    const { touched } = this.store.state;
    const { reading } = this.result;
    const next = shown.find((t) => !touched.includes(t.id));
    return [
      w.progress(shown.filter((t) => touched.includes(t.id)).length, shown.length),
      reading ? w.liveReading(w.readingNames[reading]) : w.readingEmpty,
      next ? w.whereNext(next.name) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // What the reading was when the student last heard it (so a restored state is not announced).
    if (this.lastReading === undefined && this.pack) {
      const { positions, reading } = this.result;
      this.lastReading = reading;
      this.sentComplete = this.isComplete();
      for (const id of this.store.state.touched) this.revealed.add(id);
      for (const [id, p] of Object.entries(positions)) if (bandOf(p) === 'resolved') this.flagged.add(id);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.liveTimer);
  }

  private isComplete(): boolean {
    const { touched } = this.store.state;
    return !!this.pack && this.shown(this.pack).every((t) => touched.includes(t.id));
  }

  /**
   * Applies a student's change and saves it at once; cg-change follows when the change settles: at once (`settle`
   * 0), after `settle` ms without a further change of the same control, or on `settled()` for a slider.
   */
  private change(id: string, next: Partial<TensionSlidersState>, settle: number | 'slider' = 0): void {
    const s = this.store.state;
    this.store.set({ ...s, ...next });
    if (settle === 0) this.settle.now(`now:${id}`, this.fire);
    // A slider's `change` (release, or a key) settles it; should a browser or assistive technology send only
    // `input`, a pause of a second settles it too.
    else if (settle === 'slider') this.settle.later(`s:${id}`, this.fire, 1000);
    else this.settle.later(`n:${id}`, this.fire, settle);
    clearTimeout(this.liveTimer);
    this.liveTimer = setTimeout(() => this.announce(id), 600);
  }

  /** A slider settled (released, or keys pressed): cg-change now, or once the keys stop for `delay` ms. */
  private settled(key: string, delay: number): void {
    this.keyed = undefined;
    if (delay) this.settle.later(key, this.fire, delay);
    else this.settle.now(key, this.fire);
  }

  /** Fires cg-change with the current result, and cg-complete when the set is now complete for the first time. */
  private fire = (): void => {
    emit(this, 'cg-change', { result: this.result });
    const complete = this.isComplete();
    if (complete && !this.sentComplete) emit(this, 'cg-complete', { result: this.result });
    this.sentComplete = complete;
  };

  private touch(id: string): string[] {
    const { touched } = this.store.state;
    return touched.includes(id) ? touched : [...touched, id];
  }

  private move(id: string, value: number): void {
    this.change(id, { positions: { ...this.store.state.positions, [id]: value }, touched: this.touch(id) }, 'slider');
  }

  private async confirm(id: string): Promise<void> {
    this.change(id, { positions: { ...this.store.state.positions, [id]: this.positionOf(id) ?? 0 }, touched: this.touch(id) });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#s-${id}`)?.focus();
  }

  private note(id: string, text: string): void {
    this.change(id, { notes: { ...this.store.state.notes, [id]: text.slice(0, NOTE_MAX) } }, Settler.TYPE_MS);
  }

  /** Saves the response chosen for a tension ('' removes it). */
  private respond(id: string, response: string): void {
    const { [id]: _, ...rest } = this.store.state.responses;
    this.change(id, { responses: response ? { ...rest, [id]: response } : rest });
  }

  /** Tells screen-reader users what changed beyond the slider's own value: a tension newly pushed to a pole, a new overall reading. */
  private announce(id: string): void {
    const w = this.t.tensionSliders;
    const parts: string[] = [];
    const resolved = bandOf(this.positionOf(id)) === 'resolved';
    if (resolved && !this.flagged.has(id)) {
      const t = this.pack?.tensions.find((x) => x.id === id);
      if (t) parts.push(w.liveBand(t.name, w.resolvedFlag));
    }
    if (resolved) this.flagged.add(id);
    else this.flagged.delete(id);
    // Compare mode: the reference this placement just revealed, said once.
    const c = this.theCase();
    const ref = this.comparing ? c?.tensions?.[id] : undefined;
    const t = this.pack?.tensions.find((x) => x.id === id);
    if (ref !== undefined && t && !this.revealed.has(id) && this.store.state.touched.includes(id)) {
      const labels = [t.poles[0].label, t.poles[1].label] as const;
      parts.push(`${w.reference(c!.name)} ${this.punct.sentences(this.punct.end(describePosition(ref, labels, w)), comparePosition(this.positionOf(id), ref, labels, w))}`);
      this.revealed.add(id);
    }
    const reading = this.result.reading;
    if (reading !== this.lastReading && reading) parts.push(w.liveReading(w.readingNames[reading]));
    this.lastReading = reading;
    if (parts.length) this.live = parts.join(' ') + (this.live.endsWith(' ') ? '' : ' ');
  }

  private download = (): void => {
    const pack = this.pack!;
    const shown = this.shown(pack);
    const c = this.theCase();
    const md = reflectionMarkdown(
      {
        pack,
        tensions: shown,
        positions: this.positions(shown),
        notes: this.store.state.notes,
        chosen: this.chosen(shown),
        // Only the references the student has reached by placing that tension.
        reference:
          this.comparing && c?.tensions
            ? { name: c.name, positions: Object.fromEntries(Object.entries(c.tensions).filter(([id]) => this.store.state.touched.includes(id))) }
            : undefined,
      },
      this.t.tensionSliders,
    );
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([md], { type: 'text/markdown' }));
    a.download = this.t.tensionSliders.fileName;
    a.hidden = true;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'cg-tension-sliders': CgTensionSliders;
  }
}
