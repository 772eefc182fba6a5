import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { CgElement } from '../../core/base.js';
import { emit } from '../../core/events.js';
import { PersistenceController } from '../../core/persistence.js';
import { blendOf, blendWords, compareBlends, corners, formFit, type Blend, type FitReading, type Verdict } from '../../model/form-fit.js';
import { formPickerCodec, type FormPickerState } from '../../model/form-picker-state.js';
import type { Case, ContentPack, PackIssue } from '../../model/types.js';
import { cited } from '../../core/cite.js';
import { eraLine, eras, ideas, ideasShown, sinceLine, sources, teachingStyles } from '../../core/teaching.js';
import { READING_CONCEPTS, renderReading, verdictText } from './reading.js';
import { helpBar, WhereAmI } from '../../core/describe.js';
import { formDetails } from './form-details.js';
import { parts, styles } from './form-picker.styles.js';
import { mergeParts } from '../../core/parts.js';
import { quiz, quizScore } from './quiz.js';
import { ternaryPlot } from './ternary-plot.js';
import { addEnglish } from '../../core/i18n/catalog.js';
import { formPicker } from '../../core/i18n/en/form-picker.js';

addEnglish('formPicker', formPicker);

/** What `result` returns: the fit reading, the student's point and quiz answers. */
export interface FormPickerResult {
  /** Fit per form id, 0 … 1 (see `formFit` in src/model/form-fit.ts); empty with no factor set. */
  fits: Record<string, number>;
  /** The best-fitting form's id, or null on a tie, with no form fitting well, or with too few factors set. */
  best: string | null;
  /** What the reading can tell: `none`, `too-few`, `no-fit`, `partial` or `good` (see `formFit`). */
  verdict: Verdict;
  /** Forms sharing the top fit when two or more do. */
  ties: string[];
  /** Factor ids still unset. */
  missing: string[];
  /** The chosen level id per factor id. */
  factors: Record<string, string>;
  /** The student's own point in the triangle (weight per corner form id), or null when not placed. */
  point: Record<string, number> | null;
  /** Quiz: the checked answer per case id. */
  quiz: Record<string, string>;
  /** Quiz: correct answers out of the quiz's cases. */
  score: { raw: number; max: number };
}

/**
 * Choose and blend the Provan–Kenis forms of network governance. Explore mode: the student sets the four
 * contingency factors (or presets them from a case), reads each form's fit, places their own point in a
 * blend triangle and reads the chosen form's strengths, weaknesses, tensions and evolution. Quiz mode: for
 * each case with a governance answer the student picks a form, checks it and reads the reasoning.
 *
 * @tagname cg-form-picker
 * @summary Which governance form fits a collaboration, and where it sits in a blend of the forms.
 * @csspart triangle - The SVG blend triangle.
 * @csspart score - The quiz's score line (also `summary`).
 * @cssprop --cg-color-pole-b - The student's own point in the triangle.
 * @fires cg-change - When the student changes a factor, the case, the point, the form shown or a quiz answer. Detail: `{ result }`.
 * @fires cg-score - Quiz: after each checked answer and after Retry. Detail: `{ raw, max }`.
 * @fires cg-complete - Quiz: when every case is answered; explore: when the last unset factor is set. Detail: `{ result }`.
 */
export class CgFormPicker extends CgElement {
  static override properties = {
    ...CgElement.properties,
    mode: { type: String, reflect: true },
    case: { type: String, reflect: true },
    announcement: { state: true, attribute: false },
  };

  static override styles = [...CgElement.styles, teachingStyles, ...styles];
  /** @internal */
  static override parts = mergeParts(CgElement.parts, parts);

  /** `explore` (default): set the factors and read the fit; `quiz`: choose the form for each case. */
  mode: 'explore' | 'quiz' = 'explore';
  /** A case id from the content pack: presets the factors (explore) or limits the quiz to that case. */
  case?: string;

  private store = new PersistenceController<FormPickerState>(this, formPickerCodec);
  /** The latest message for the live region: what a move of the student's point changed. @internal */
  private announcement = '';
  /** The near/far comparison as last rendered, so a move announces it only when it changes. */
  private shownCompare = '';
  private where = new WhereAmI(this, () => this.store.state);
  /** The factor the student set last: the reading is repeated under it on narrow screens. */
  private lastFactor?: string;

  /** Takes the student to the whole reading (its heading takes the focus). */
  private toReading = (): void => {
    const h = this.renderRoot.querySelector<HTMLElement>('#reading-h');
    h?.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    h?.focus({ preventScroll: true });
  };

  constructor() {
    super();
    this.persistence = this.store as PersistenceController<unknown>;
  }

  /** The current reading, the student's point and quiz answers (plain data; a fresh copy each time). */
  get result(): FormPickerResult {
    const s = this.store.state;
    const r = this.pack ? formFit(this.pack, s.factors) : { fits: {}, best: null, verdict: 'none' as const, ties: [], missing: [] };
    return {
      fits: r.fits,
      best: r.best,
      verdict: r.verdict,
      ties: r.ties,
      missing: r.missing,
      factors: { ...s.factors },
      point: s.point && { ...s.point },
      quiz: { ...s.quiz },
      score: this.pack ? quizScore(this.quizCases(this.pack), s.quiz) : { raw: 0, max: 0 },
    };
  }

  private get fp() {
    return this.t.formPicker;
  }

  protected override configIssues(pack: ContentPack): PackIssue[] {
    const issues: PackIssue[] = [];
    if (this.mode && !['explore', 'quiz'].includes(this.mode)) issues.push({ path: 'mode', message: this.fp.badMode(this.mode) });
    const c = this.case && pack.cases.find((k) => k.id === this.case);
    if (this.case && !c) issues.push({ path: 'case', message: this.fp.badCase(this.case, pack.cases.map((k) => k.id).join(', ')) });
    else if (c && this.mode === 'quiz' && !c.governance) issues.push({ path: 'case', message: this.fp.caseNoQuiz(c.id) });
    return issues;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A `case` attribute presets the factors once; the saved caseId remembers it, so the student's later
    // changes survive a reload.
    const c = this.case && this.pack?.cases.find((k) => k.id === this.case);
    if (c && this.store.state.caseId !== c.id) this.store.set({ ...this.store.state, caseId: c.id, factors: this.preset(c) });
  }

  private preset(c: Case): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [f, l] of Object.entries(c.factors ?? {}))
      if (this.pack!.factors.find((x) => x.id === f)?.levels.some((v) => v.id === l)) out[f] = l;
    return out;
  }

  private quizCases(pack: ContentPack): Case[] {
    return pack.cases.filter((c) => c.governance && (!this.case || c.id === this.case));
  }

  /** Saves a change the student made and announces it. */
  private change(next: Partial<FormPickerState>): void {
    const before = this.pack ? formFit(this.pack, this.store.state.factors).missing.length : 0;
    this.store.set({ ...this.store.state, ...next });
    emit(this, 'cg-change', { result: this.result });
    if (next.factors && this.mode !== 'quiz' && before && !this.result.missing.length) emit(this, 'cg-complete', { result: this.result });
  }

  protected renderWidget(pack: ContentPack): TemplateResult {
    return html`<section class="wrap" part="base">
      ${this.mode === 'quiz' ? this.renderQuiz(pack) : this.renderExplore(pack)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  private renderQuiz(pack: ContentPack): TemplateResult {
    const cases = this.quizCases(pack);
    if (!cases.length) return html`<h2>${this.fp.quizTitle}</h2><p>${this.fp.noQuiz}</p>`;
    const s = this.store.state;
    return html`${quiz({
      pack,
      cases,
      answers: s.quiz,
      drafts: s.draft,
      t: this.fp,
      core: this.t.core,
      help: helpBar(this.t.core, this.where, () => this.summary(pack), this.fp.keysQuiz),
      onChoose: (c, f) => this.change({ draft: { ...s.draft, [c]: f } }),
      onCheck: (c) => {
        const f = this.store.state.draft[c];
        if (!f) return;
        this.change({ quiz: { ...this.store.state.quiz, [c]: f } });
        const score = quizScore(cases, this.store.state.quiz);
        emit(this, 'cg-score', score);
        if (cases.every((k) => this.store.state.quiz[k.id])) emit(this, 'cg-complete', { result: this.result });
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`.feedback[data-case="${c}"]`)?.focus());
      },
      onRetry: () => {
        this.change({ quiz: {}, draft: {} });
        emit(this, 'cg-score', quizScore(cases, {}));
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('.quiz input')?.focus());
      },
    })}
    ${eras(pack, this.t.core)}
    ${sources(pack, this.t.core, cases, pack.eras)}`;
  }

  private renderExplore(pack: ContentPack): TemplateResult {
    const fp = this.fp;
    const s = this.store.state;
    const reading = formFit(pack, s.factors);
    const short = (id: string) => pack.forms.find((f) => f.id === id)?.short ?? id;
    const current = pack.cases.find((k) => k.id === s.caseId);
    const shownId = s.view || reading.best || reading.ties[0] || pack.forms[0].id;
    const shown = pack.forms.find((f) => f.id === shownId) ?? pack.forms[0];
    return html`<h2>${fp.title}</h2>
      <p>${fp.intro} ${fp.formsAre(pack.forms.map((f) => f.name))}</p>
      ${helpBar(this.t.core, this.where, () => this.summary(pack), fp.keysExplore)}
      ${ideas(pack, this.t.core.framing, FRAMING)}
      ${this.renderCase(pack, current)}
      <div class="layout">
        <div class="factors">
          <h3>${fp.factorsHeading}</h3>
          ${pack.factors.map((f) => {
            const w = reading.words.find((x) => x.factor === f.id);
            // Narrow screens: the reading, repeated under the factor just set (it is otherwise a screen or more below).
            const repeat =
              f.id === this.lastFactor
                ? html`<p class="repeat"><strong>${fp.readingNow}</strong> ${verdictText(pack, reading, fp)}
                    <button type="button" class="small link" @click=${this.toReading}>${fp.seeReading}</button></p>`
                : nothing;
            return html`<fieldset class="factor" aria-describedby=${`q-${f.id}`}>
              <legend>${f.name}</legend>
              <p class="muted" id=${`q-${f.id}`}>${f.question}</p>
              ${f.levels.map(
                (l) => html`<label class="option"
                  ><input type="radio" name=${`f-${f.id}`} value=${l.id} .checked=${s.factors[f.id] === l.id}
                    @change=${() => ((this.lastFactor = f.id), this.change({ factors: { ...this.store.state.factors, [f.id]: l.id } }))} />
                  ${l.label}</label
                >`,
              )}
              ${w
                ? html`<p class="word">
                    ${w.supports.length ? fp.supports(w.supports.map(short)) : ''}
                    ${w.contradicts.length ? fp.contradicts(w.contradicts.map(short)) : ''}
                    ${!w.supports.length && !w.contradicts.length ? fp.noWord : ''}
                  </p>`
                : nothing}
              ${repeat}
            </fieldset>`;
          })}
          <button type="button" class="clear" @click=${() => this.change({ factors: {} })}>${fp.clear}</button>
        </div>
        <div class="reading">
          <h3 id="reading-h" tabindex="-1">${fp.readingHeading}</h3>
          ${renderReading(pack, reading, fp)}
          ${this.renderBlend(pack, reading, short)}
        </div>
      </div>
      ${this.renderExplain(pack, current)}
      <div class="details">
        <fieldset class="show">
          <legend>${fp.showForm}</legend>
          <div class="row">${pack.forms.map(
            (f) => html`<label class="option"
              ><input type="radio" name="view" value=${f.id} .checked=${f.id === shown.id} @change=${() => this.change({ view: f.id })} />
              ${f.short}${f.id === reading.best ? fp.bestMark : ''}</label
            >`,
          )}</div>
        </fieldset>
        ${formDetails(pack, shown, fp)}
      </div>
      ${sources(
        pack,
        this.t.core,
        ideasShown(pack, [...FRAMING, ...READING_CONCEPTS]),
        pack.forms,
        pack.factors,
        pack.predictors,
        pack.evolution,
        pack.tensions.filter((x) => x.group === 'provan-kenis'),
        pack.cases.filter((k) => k.factors || k.governance),
        pack.eras,
      )}`;
  }

  /** "Where am I?": the factors set and the reading, the student's point and the form shown; in the quiz, the score. */
  private summary(pack: ContentPack): string {
    const fp = this.fp;
    const s = this.store.state;
    if (this.mode === 'quiz') {
      const cases = this.quizCases(pack);
      const { raw, max } = quizScore(cases, s.quiz);
      const next = cases.find((c) => !s.quiz[c.id]);
      return `${fp.score(raw, max, cases.filter((c) => s.quiz[c.id]).length)} ${next ? fp.whereNext(next.name) : fp.done}`;
    }
    const r = formFit(pack, s.factors);
    const ids = corners(pack);
    const short = ids.map((id) => pack.forms.find((f) => f.id === id)!.short);
    const w = s.point && ids.length ? blendWords(blendOf(s.point, ids)) : null;
    const point = !w ? fp.notPlaced : fp.ownPoint(w.even ? fp.even : w.strength === 'split' ? fp.split(short[w.lead], short[w.some[0]]) : fp[w.strength](short[w.lead]));
    const shown = pack.forms.find((f) => f.id === (s.view || r.best || r.ties[0])) ?? pack.forms[0];
    return fp.whereExplore(pack.factors.length - r.missing.length, pack.factors.length, verdictText(pack, r, fp), point, shown.name);
  }

  private renderCase(pack: ContentPack, current: Case | undefined): TemplateResult {
    const fp = this.fp;
    const about = current
      ? html`${eraLine(pack, this.t.core, current)}${eras(pack, this.t.core, current)}${sinceLine(pack, this.t.core, current)}${current.factors
          ? nothing
          : html`<p class="muted">${fp.noPreset}</p>`}`
      : nothing;
    if (this.case && current)
      return html`<div class="case">
          <h3>${fp.caseHeading(current.name)}</h3>
          <button type="button" @click=${() => this.change({ factors: this.preset(current) })}>${fp.resetCase}</button>
        </div>
        ${about}`;
    const choices = pack.cases.filter((k) => k.factors || k.governance);
    return html`<div class="case">
        <label
          >${fp.casePicker}
          <select
            @change=${(e: Event) => {
              const id = (e.target as HTMLSelectElement).value;
              const k = pack.cases.find((x) => x.id === id);
              this.change(k ? { caseId: id, factors: this.preset(k) } : { caseId: '' });
            }}
          >
            <option value="" ?selected=${!current}>${fp.ownCase}</option>
            ${choices.map((k) => html`<option value=${k.id} ?selected=${k.id === current?.id}>${k.name}</option>`)}
          </select></label
        >
      </div>
      ${about}`;
  }

  private renderBlend(pack: ContentPack, r: FitReading, short: (id: string) => string): TemplateResult | typeof nothing {
    const ids = corners(pack);
    if (!ids.length) return nothing;
    const fp = this.fp;
    const names = ids.map(short);
    const words = (b: Blend) => {
      const w = blendWords(b);
      if (w.even) return fp.even;
      if (w.strength === 'split') return fp.split(names[w.lead], names[w.some[0]]);
      return fp[w.strength](names[w.lead]) + (w.some.length ? fp.some(w.some.map((i) => names[i])) : '');
    };
    const p = this.store.state.point;
    const own = p ? blendOf(p, ids) : blendOf({}, ids);
    // The factors' point appears once the fit gives a reading: each set factor pulls towards the forms it is nearest.
    const reading = r.verdict === 'none' || r.verdict === 'too-few' ? null : blendOf(r.support, ids);
    const cmp = reading && p ? compareBlends(own, reading) : null;
    const extra = pack.forms.slice(3).map((f) => f.short);
    const blend = pack.concepts.find((c) => c.id === 'blend');
    const compareText = (c: ReturnType<typeof compareBlends> | null) =>
      !c ? '' : c.verdict === 'near' ? fp.near : fp[c.verdict](names[c.towards]);
    this.shownCompare = compareText(cmp);
    const place = (b: Blend, commit: boolean) => {
      const point = Object.fromEntries(ids.map((id, i) => [id, b[i]]));
      if (!commit) return this.store.set({ ...this.store.state, point });
      this.change({ point });
      // The point's position is its own value text; what the move changed (near or far from the reading) is said
      // once, when it changes.
      const now = compareText(reading && compareBlends(blendOf(point, ids), reading));
      if (now && now !== this.shownCompare) this.announcement = now;
    };
    return html`<h3>${fp.blendHeading}</h3>
      ${blend ? html`<details class="about-blend"><summary>${fp.aboutBlend}</summary><p>${cited(pack, blend.definition)}</p></details>` : nothing}
      <div class="plot-wrap">
        ${ternaryPlot({
          labels: names,
          reading,
          own,
          name: fp.pointName,
          roleDescription: fp.pointRole,
          valueText: words(own),
          describedBy: 'keys',
          onPoint: place,
        })}
      </div>
      <p class="muted" id="keys">${fp.keys}</p>
      ${extra.length ? html`<p class="muted">${fp.moreForms(extra)}</p>` : nothing}
      <ul class="blend-words">
        ${reading ? html`<li><span class="key diamond" aria-hidden="true"></span>${fp.readingPoint(words(reading))}</li>` : nothing}
        <li><span class="key ring" aria-hidden="true"></span>${p ? fp.ownPoint(words(own)) : fp.notPlaced}</li>
      </ul>
      ${cmp ? html`<p class="compare">${this.shownCompare}</p>` : nothing}
      ${reading ? html`<button type="button" @click=${() => place(reading.map((x) => Math.round(x * 1000) / 1000), true)}>${fp.toReading}</button>` : nothing}`;
  }

  private renderExplain(pack: ContentPack, current: Case | undefined): TemplateResult {
    const fp = this.fp;
    return html`<details class="explain">
      <summary>${fp.explain}</summary>
      ${current
        ? html`<h4>${fp.caseReasoning}: ${current.name}</h4>
            <p>${cited(pack, current.comment)}</p>
            ${current.governance ? html`<p>${cited(pack, current.governance.reasoning)}</p>` : nothing}
            ${(current.governance?.accepted ?? []).map((a) => html`<p>${cited(pack, a.reasoning)}</p>`)}`
        : nothing}
      <h4>${fp.factorsReasoning}</h4>
      <dl>${pack.factors.map((f) => html`<dt>${f.name}</dt><dd>${cited(pack, f.explanation)}</dd>`)}</dl>
    </details>`;
  }
}

/** The concepts of the opening framing: governing without hierarchy, and the NAO spelt out. */
const FRAMING = ['governing-without-hierarchy', 'nao'];

declare global {
  interface HTMLElementTagNameMap {
    'cg-form-picker': CgFormPicker;
  }
}
