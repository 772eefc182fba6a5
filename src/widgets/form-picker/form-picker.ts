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
import { quiz, quizScore, verdict } from './quiz.js';
import { answerKind, checkAnswer, chooseForm, formReasons, quizAttempt, quizComplete, retryQuiz } from '../../model/form-quiz.js';
import { completed, gradeOf, parseAttempts, parseGrading, type Grading, type Score } from '../../model/attempts.js';
import { endSummary } from '../../core/summary.js';
import { LiveText } from '../../core/live.js';
import { Settler } from '../../core/settle.js';
import { ternaryPlot } from './ternary-plot.js';
import { addEnglish } from '../../core/i18n/catalog.js';
import { formPicker } from '../../core/i18n/en/form-picker.js';
import { own } from '../../model/own.js';

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
  /** Quiz: correct answers of this attempt out of the quiz's cases. */
  score: { raw: number; max: number };
  /** Quiz: the attempt in progress, from 1. */
  attempt: number;
  /** Quiz: every case of this attempt is answered. */
  complete: boolean;
  /** Quiz: the scores of the attempts before this one. */
  previous: Score[];
  /** Quiz: the score that counts by `grading`, among the completed attempts; null until one is complete. */
  grade: Score | null;
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
 * @csspart end-summary - The quiz's end: score, what was right, what to revisit, the grade, "Try again" (also `summary`).
 * @cssprop --cg-color-pole-b - The student's own point in the triangle.
 * @fires cg-change - When the student changes a factor, the case, the point, the form shown or a quiz answer; the
 *   point once it settles (a drag on release, arrow keys once they stop for 0.6 s or the point loses focus). Detail: `{ result }`.
 * @fires cg-score - Quiz: after each checked answer. Detail: `{ raw, max, attempt }`, this attempt's score so far.
 * @fires cg-complete - Quiz: when every case of an attempt is answered (detail `{ result, attempt }`); explore: when
 *   the last unset factor is set (detail `{ result }`).
 */
export class CgFormPicker extends CgElement {
  static override properties = {
    ...CgElement.properties,
    mode: { type: String, reflect: true },
    case: { type: String, reflect: true },
    grading: { type: String },
    attempts: { type: String },
  };

  static override styles = [...CgElement.styles, teachingStyles, ...styles];
  /** @internal */
  static override parts = mergeParts(CgElement.parts, parts);

  /** `explore` (default): set the factors and read the fit; `quiz`: choose the form for each case. */
  mode: 'explore' | 'quiz' = 'explore';
  /** A case id from the content pack: presets the factors (explore) or limits the quiz to that case. */
  case?: string;
  /**
   * Quiz: which completed attempt is the grade: `best` (default), `last` or `first`. A SCORM package's `data-grading`
   * sets this and the gradebook alike.
   */
  grading?: 'best' | 'last' | 'first';
  /** Quiz: how many attempts are allowed (a whole number; `1`: no retry). Unlimited when absent. */
  attempts?: string;

  /** Whether the student pressed "Try again" and is asked to confirm. */
  private ask = { asking: false };
  private settle = new Settler(this);
  /** The point was last moved by a key. */
  private pointKeyed = false;
  private live = new LiveText();

  private store = new PersistenceController<FormPickerState>(this, formPickerCodec);
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
      ...this.attemptResult(),
    };
  }

  private attemptResult(): Pick<FormPickerResult, 'score' | 'attempt' | 'complete' | 'previous' | 'grade'> {
    const s = this.store.state;
    const cases = this.pack ? this.quizCases(this.pack) : [];
    const score = quizScore(cases, s.quiz);
    const complete = quizComplete(cases, s.quiz);
    const previous = (s.previous ?? []).map((p) => ({ ...p }));
    return { score, attempt: quizAttempt(s), complete, previous, grade: gradeOf(completed(previous, score, complete), this.gradingRule) };
  }

  private get gradingRule(): Grading {
    return parseGrading(this.grading) ?? 'best';
  }

  private get allowed(): number {
    return parseAttempts(this.attempts) ?? Infinity;
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
    if (!parseGrading(this.grading)) issues.push({ path: 'grading', message: this.t.core.badGrading(this.grading!) });
    if (parseAttempts(this.attempts) === null) issues.push({ path: 'attempts', message: this.t.core.badAttempts(this.attempts!) });
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
    return html`<section class="wrap" part="base">${this.mode === 'quiz' ? this.renderQuiz(pack) : this.renderExplore(pack)}</section>`;
  }

  private renderQuiz(pack: ContentPack): TemplateResult {
    const cases = this.quizCases(pack);
    if (!cases.length) return html`<h2>${this.fp.quizTitle}</h2><p>${this.fp.noQuiz}</p>`;
    const s = this.store.state;
    const a = this.attemptResult();
    const name = (id: string) => pack.forms.find((f) => f.id === id)?.name ?? id;
    const item = (c: Case) => ({ label: this.punct.label(c.name, name(own(s.quiz, c.id)!)), target: `fb-${c.id}` });
    return html`${quiz({
      pack,
      cases,
      answers: s.quiz,
      drafts: s.draft,
      attemptLine: this.t.core.attempt(a.attempt, this.allowed),
      t: this.fp,
      core: this.t.core,
      p: this.punct,
      help: helpBar(this.t.core, this.where, () => this.summary(pack), this.fp.keysQuiz),
      onChoose: (c, f) => this.work(chooseForm(this.store.state, c, f)),
      onCheck: (c) => this.check(pack, cases, c),
      summary: endSummary({
        core: this.t.core,
        score: a.score,
        complete: a.complete,
        right: cases.filter((c) => answerKindOf(c, s.quiz)).map(item),
        revisit: cases.filter((c) => !answerKindOf(c, s.quiz)).map(item),
        previous: a.previous,
        grading: this.gradingRule,
        allowed: this.allowed,
        ask: this.ask,
        live: this.live,
        focus: (sel) => this.focusIn(sel),
        start: () => this.work(retryQuiz(this.store.state, cases, this.allowed)),
        first: '.quiz input',
      }),
    })}
    ${eras(pack, this.t.core, this.punct)}
    ${sources(pack, this.t.core, this.punct, cases, pack.eras)}
    <p class="visually-hidden" role="status">${this.live.text}</p>`;
  }

  /** Saves the student's quiz work when an action changed it (a refused action changes nothing and fires nothing). */
  private work(next: FormPickerState): boolean {
    if (next === this.store.state) return false;
    this.change(next);
    return true;
  }

  /** Check: the draft becomes the answer for good; the verdict, why and the score are announced. */
  private check(pack: ContentPack, cases: Case[], caseId: string): void {
    if (!this.work(checkAnswer(this.store.state, caseId))) return;
    const s = this.store.state;
    const a = this.attemptResult();
    emit(this, 'cg-score', { ...a.score, attempt: a.attempt });
    const c = cases.find((k) => k.id === caseId)!;
    const name = (id: string) => pack.forms.find((f) => f.id === id)?.name ?? id;
    const mine = formReasons(pack, c).find((r) => r.form === own(s.quiz, caseId));
    const fit = mine?.standing ? this.fp.liveFit(name(mine.form), this.fp.standing[mine.standing]) : '';
    const t = this.t.core;
    this.live.say(
      this.fp.liveVerdict(c.name, verdict(c, own(s.quiz, caseId)!, this.fp, name)),
      fit,
      this.fp.score(a.score.raw, a.score.max, cases.filter((k) => own(s.quiz, k.id)).length),
      a.complete && this.punct.end(t.summaryHeading(a.attempt)),
    );
    if (a.complete) {
      emit(this, 'cg-complete', { result: this.result, attempt: a.attempt });
      this.focusIn('#end-h');
    } else this.focusIn(`.feedback[data-case="${caseId}"]`);
  }

  /** Focuses the first element matching `selector` after the next render. */
  private focusIn(selector: string): void {
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    });
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
                  ><input type="radio" name=${`f-${f.id}`} value=${l.id} .checked=${own(s.factors, f.id) === l.id}
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
        ${formDetails(pack, shown, fp, this.punct)}
      </div>
      ${sources(
        pack,
        this.t.core,
        this.punct,
        ideasShown(pack, [...FRAMING, ...READING_CONCEPTS]),
        pack.forms,
        pack.factors,
        pack.predictors,
        pack.evolution,
        pack.tensions.filter((x) => x.group === 'provan-kenis'),
        pack.cases.filter((k) => k.factors || k.governance),
        pack.eras,
      )}
      <p class="visually-hidden" role="status">${this.live.text}</p>`;
  }

  /** "Where am I?": the factors set and the reading, the student's point and the form shown; in the quiz, the score. */
  private summary(pack: ContentPack): string {
    const fp = this.fp;
    const s = this.store.state;
    if (this.mode === 'quiz') {
      const cases = this.quizCases(pack);
      const { raw, max } = quizScore(cases, s.quiz);
      const next = cases.find((c) => !s.quiz[c.id]);
      return this.punct.sentences(
        fp.score(raw, max, cases.filter((c) => s.quiz[c.id]).length),
        next ? fp.whereNext(next.name) : this.punct.end(this.t.core.summaryHeading(this.attemptResult().attempt)),
      );
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
      ? html`${eraLine(pack, this.t.core, current)}${eras(pack, this.t.core, this.punct, current)}${sinceLine(pack, this.t.core, current)}${current.factors
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
      this.store.set({ ...this.store.state, point });
      if (!commit) return;
      // A drag settles on release; arrow keys once they stop (or the point loses focus): one cg-change each.
      if (this.pointKeyed) this.settle.later('point', () => this.change({}), Settler.KEY_MS);
      else this.settle.now('point', () => this.change({}));
      this.pointKeyed = false;
      // The point's position is its own value text; what the move changed (near or far from the reading) is said
      // once, when it changes.
      const now = compareText(reading && compareBlends(blendOf(point, ids), reading));
      if (now && now !== this.shownCompare) {
        this.live.say(now);
        this.requestUpdate();
      }
    };
    return html`<h3>${fp.blendHeading}</h3>
      ${blend ? html`<details class="about-blend"><summary>${fp.aboutBlend}</summary><p>${cited(pack, blend.definition)}</p></details>` : nothing}
      <div class="plot-wrap" @keydown=${{ handleEvent: () => (this.pointKeyed = true), capture: true }} @focusout=${() => this.settle.flush('point')}>
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
        ? html`<h4>${this.punct.label(fp.caseReasoning, current.name)}</h4>
            <p>${cited(pack, current.comment)}</p>
            ${current.governance ? html`<p>${cited(pack, current.governance.reasoning)}</p>` : nothing}
            ${(current.governance?.accepted ?? []).map((a) => html`<p>${cited(pack, a.reasoning)}</p>`)}`
        : nothing}
      <h4>${fp.factorsReasoning}</h4>
      <dl>${pack.factors.map((f) => html`<dt>${f.name}</dt><dd>${cited(pack, f.explanation)}</dd>`)}</dl>
    </details>`;
  }
}

/** The case is answered right (its main answer or an accepted one). */
const answerKindOf = (c: Case, quiz: Record<string, string>) => (answerKind(c, own(quiz, c.id)) ?? 'wrong') !== 'wrong';

/** The concepts of the opening framing: governing without hierarchy, and the NAO spelt out. */
const FRAMING = ['governing-without-hierarchy', 'nao'];

declare global {
  interface HTMLElementTagNameMap {
    'cg-form-picker': CgFormPicker;
  }
}
