import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/catalog.js';
import type { Punctuation } from '../../core/i18n/format.js';
import type { Case, ContentPack } from '../../model/types.js';
import { cited, citeTag } from '../../core/cite.js';
import { answerKind, formReasons, quizScore, type FormReason } from '../../model/form-quiz.js';
import { eraLine, sinceLine } from '../../core/teaching.js';
import { own } from '../../model/own.js';

export { quizScore };

type T = Messages['formPicker'];

export interface QuizOptions {
  pack: ContentPack;
  /** The quiz items: cases that have a governance answer. */
  cases: Case[];
  /** Checked answers (form id per case id) and chosen-but-unchecked ones. */
  answers: Record<string, string>;
  drafts: Record<string, string>;
  /** "Attempt 2 of 3" and the like. */
  attemptLine: string;
  t: T;
  core: Messages['core'];
  /** The punctuation of the widget's language, for joining its words and the pack's. */
  p: Punctuation;
  /** The help bar (Where am I?, keyboard help), shown under the introduction. */
  help?: TemplateResult;
  onChoose(caseId: string, formId: string): void;
  onCheck(caseId: string): void;
  /** The end summary, shown once every case is answered. */
  summary: TemplateResult | typeof nothing;
}

/** The short name of a level: the words before its colon, ASCII or full-width ("Low: trust is thin…" -> "Low", 「低い：信頼は薄く…」 -> 「低い」). */
export const levelWord = (label: string) => label.split(/[:：]/)[0].trim();

/** "Trust (the case: low; the form works with high density)" for each factor id. */
function conditions(pack: ContentPack, c: Case, form: string, ids: string[], t: T): string[] {
  return ids.map((id) => {
    const f = pack.factors.find((x) => x.id === id)!;
    const level = f.levels.find((l) => l.id === own(c.factors, id));
    const wants = pack.predictors.find((p) => p.form === form && p.factor === id)?.label ?? '';
    return t.condition(f.name, levelWord(level?.label ?? ''), wants);
  });
}

/** One line per form: whether the student chose it, whether it is right, and how it meets the case's conditions. */
function formLine(pack: ContentPack, c: Case, r: FormReason, answer: string, t: T, p: Punctuation): TemplateResult {
  const f = pack.forms.find((x) => x.id === r.form)!;
  const roles = [t.formRole[r.kind], r.form === answer ? t.yours : ''].filter(Boolean);
  const m = r.match;
  const cites = pack.predictors.filter((p) => p.form === r.form).flatMap((p) => p.cite);
  return html`<li data-form=${r.form}>
    <strong>${f.name}</strong>${roles.length ? p.aside(p.series(roles)) : ''}${p.colon}${p.end(t.standing[r.standing!])}
    ${m!.against.length ? t.clashes(conditions(pack, c, r.form, m!.against, t)) : ''}
    ${m!.met.length ? t.met(conditions(pack, c, r.form, m!.met, t)) : ''}
    ${m!.near.length ? t.offBy(conditions(pack, c, r.form, m!.near, t)) : ''}
    ${citeTag(pack, [...new Set(cites)])}
  </li>`;
}

/** The feedback on a checked answer: the verdict, why (the case's reasoning and every accepted reading), and how each form fits. */
function feedback(pack: ContentPack, c: Case, answer: string, t: T, core: Messages['core'], p: Punctuation): TemplateResult {
  const g = c.governance!;
  const name = (id: string) => pack.forms.find((f) => f.id === id)?.name ?? id;
  const kind = answerKind(c, answer);
  const right = kind !== 'wrong';
  const reasons = formReasons(pack, c);
  const read = reasons.some((r) => r.standing);
  return html`<div class="feedback ${right ? 'good' : 'bad'}" tabindex="-1" data-case=${c.id} id="fb-${c.id}">
    <p>
      <strong>${verdict(c, answer, t, name)}</strong>
      ${right ? '' : t.yourAnswer(name(answer))}
    </p>
    <p><strong>${t.whyMain}</strong> ${cited(pack, g.reasoning)} ${t.ledBy(c.lead)}</p>
    ${(g.accepted ?? []).map((a) => html`<p><strong>${t.alsoAccepted(name(a.form))}</strong> ${cited(pack, a.reasoning)}</p>`)}
    <p class="fits-h"><strong>${t.fitsHeading}</strong></p>
    ${read
      ? html`<ul class="fit-lines">
          ${reasons.filter((r) => r.standing).map((r) => formLine(pack, c, r, answer, t, p))}
        </ul>`
      : html`<p>${t.noFactors}</p>`}
    ${sinceLine(pack, core, c)}
  </div>`;
}

/** The verdict in words: correct, accepted (naming the main answer) or not quite (naming it). */
export function verdict(c: Case, answer: string, t: T, name: (id: string) => string): string {
  const kind = answerKind(c, answer);
  return kind === 'expected' ? t.correct : kind === 'accepted' ? t.accepted(name(c.governance!.form)) : t.incorrect(name(c.governance!.form));
}

/** The case's facts as the student sees them before answering: nothing that names its form. */
function blurb(pack: ContentPack, c: Case, t: T, core: Messages['core'], p: Punctuation): TemplateResult {
  const levels = pack.factors.flatMap((f) => {
    const l = f.levels.find((x) => x.id === own(c.factors, f.id));
    return l ? [html`<li>${p.label(f.name, l.label)}</li>`] : [];
  });
  return html`<p class="muted">${p.sentences(p.end(c.dates), p.end(p.label(t.members, p.series(c.members))))}</p>
    <p>${c.origins} ${c.cite ? citeTag(pack, c.cite) : ''}</p>
    ${c.drivers ? html`<p>${p.label(t.drivers, c.drivers)}</p>` : nothing}
    ${levels.length ? html`<p>${t.conditions}</p><ul class="levels">${levels}</ul>` : nothing}
    ${eraLine(pack, core, c)}`;
}

/** The quiz: one radio group of forms per case, a Check button, then feedback; the end summary once all are answered. */
export function quiz(o: QuizOptions): TemplateResult {
  const { pack, t } = o;
  const { raw, max } = quizScore(o.cases, o.answers);
  const answered = o.cases.filter((c) => own(o.answers, c.id)).length;
  return html`<h2>${t.quizTitle}</h2>
    <p>${t.quizIntro}</p>
    ${o.help ?? nothing}
    <p class="score" part="score"><span class="attempt">${o.p.end(o.attemptLine)}</span>${o.p.gap}${t.score(raw, max, answered)}</p>
    <ol class="quiz">
      ${o.cases.map((c) => {
        const answer = own(o.answers, c.id);
        const chosen = answer ?? own(o.drafts, c.id);
        return html`<li>
          <fieldset class="q" ?disabled=${!!answer} id="q-${c.id}">
            <legend><strong>${c.name}</strong></legend>
            ${blurb(pack, c, t, o.core, o.p)}
            <div class="options">
              ${pack.forms.map(
                (f) => html`<label class="option"
                  ><input type="radio" name=${`q-${c.id}`} value=${f.id} .checked=${chosen === f.id}
                    @change=${() => o.onChoose(c.id, f.id)} />
                  ${f.name}</label
                >`,
              )}
            </div>
          </fieldset>
          ${answer
            ? feedback(pack, c, answer, t, o.core, o.p)
            : html`<button type="button" class="primary check" ?disabled=${!chosen} @click=${() => o.onCheck(c.id)}>
                ${t.check}<span class="visually-hidden">${o.p.colon}${c.name}</span>
              </button>`}
        </li>`;
      })}
    </ol>
    ${o.summary}`;
}
