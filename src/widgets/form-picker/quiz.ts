import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/catalog.js';
import type { Case, ContentPack } from '../../model/types.js';
import { cited, citeTag } from '../../core/cite.js';
import { answerKind, quizScore } from '../../model/form-quiz.js';
import { eraLine, sinceLine } from '../../core/teaching.js';

export { quizScore };

export interface QuizOptions {
  pack: ContentPack;
  /** The quiz items: cases that have a governance answer. */
  cases: Case[];
  /** Checked answers (form id per case id) and chosen-but-unchecked ones. */
  answers: Record<string, string>;
  drafts: Record<string, string>;
  t: Messages['formPicker'];
  core: Messages['core'];
  /** The help bar (Where am I?, keyboard help), shown under the introduction. */
  help?: TemplateResult;
  onChoose(caseId: string, formId: string): void;
  onCheck(caseId: string): void;
  onRetry(): void;
}

/** The quiz: one radio group of forms per case, a Check button, then feedback with the case's reasoning. */
export function quiz(o: QuizOptions): TemplateResult {
  const { pack, t } = o;
  const name = (id: string) => pack.forms.find((f) => f.id === id)?.name ?? id;
  const { raw, max } = quizScore(o.cases, o.answers);
  const answered = o.cases.filter((c) => o.answers[c.id]).length;
  return html`<h2>${t.quizTitle}</h2>
    <p>${t.quizIntro}</p>
    ${o.help ?? nothing}
    <p class="score" role="status" part="score">${t.score(raw, max, answered)} ${answered === max ? t.done : ''}</p>
    <ol class="quiz">
      ${o.cases.map((c) => {
        const answer = o.answers[c.id];
        const chosen = answer ?? o.drafts[c.id];
        const kind = answerKind(c, answer);
        const right = kind === 'expected' || kind === 'accepted';
        const alt = kind === 'accepted' ? c.governance!.accepted!.find((a) => a.form === answer)!.reasoning : undefined;
        return html`<li>
          <fieldset class="q" ?disabled=${!!answer}>
            <legend><strong>${c.name}</strong></legend>
            <p class="muted">${c.dates}. ${t.lead}: ${c.lead}. ${t.members}: ${c.members.join(', ')}.</p>
            <p>${c.origins} ${c.cite ? citeTag(pack, c.cite) : ''}</p>
            ${eraLine(pack, o.core, c)}
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
            ? html`<div class="feedback ${right ? 'good' : 'bad'}" tabindex="-1" data-case=${c.id}>
                <p>
                  <strong>${kind === 'expected' ? t.correct : kind === 'accepted' ? t.accepted(name(c.governance!.form)) : t.incorrect(name(c.governance!.form))}</strong>
                  ${right ? '' : t.yourAnswer(name(answer))}
                </p>
                ${alt ? html`<p>${cited(pack, alt)}</p>` : nothing}
                <p>${cited(pack, c.governance!.reasoning)}</p>
                ${sinceLine(pack, o.core, c)}
              </div>`
            : html`<button type="button" class="primary check" ?disabled=${!chosen} @click=${() => o.onCheck(c.id)}>
                ${t.check}<span class="visually-hidden">: ${c.name}</span>
              </button>`}
        </li>`;
      })}
    </ol>
    <button type="button" class="retry" @click=${o.onRetry}>${t.retry}</button>`;
}
