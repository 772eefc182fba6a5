/**
 * The form-picker quiz: its answers, its score and the student's actions on it. A case's `governance` names the form
 * it comes closest to (`form`) and, where the sources support that answer only partly, other forms a student may
 * defensibly choose (`accepted`), each with its reasoning. Both count as right. Pure; no DOM.
 *
 * What a student can do (each action returns the new work, or the same object when it is refused):
 * - `chooseForm`: pick a form for a case not yet checked (a draft; picking again changes it).
 * - `checkAnswer`: make the draft the answer. An answer is final: it cannot be chosen or checked again in this
 *   attempt, so feedback seen on one case can never change its score.
 * - `retryQuiz`: once every case is answered and another attempt is allowed, keep this attempt's score in
 *   `previous` and start the next attempt with no answers (see attempts.ts).
 */
import { attemptNumber, canRetry, type Score } from './attempts.js';
import { formFit, GOOD_FIT, type FormMatch } from './form-fit.js';
import type { Case, ContentPack } from './types.js';
import { own } from './own.js';

/** `expected`: the case's main answer; `accepted`: another form the case accepts; `wrong`: neither. */
export type AnswerKind = 'expected' | 'accepted' | 'wrong';

/** How an answer stands, or null when the case has no governance answer or nothing is answered. */
export function answerKind(c: Case, form: string | undefined): AnswerKind | null {
  const g = c.governance;
  return !g || !form ? null : form === g.form ? 'expected' : g.accepted?.some((a) => a.form === form) ? 'accepted' : 'wrong';
}

/** Right answers (the main one or an accepted one) among the checked answers, out of all the quiz's cases. */
export const quizScore = (cases: readonly Case[], answers: Readonly<Record<string, string>>): Score => ({
  raw: cases.filter((c) => (answerKind(c, own(answers, c.id)) ?? 'wrong') !== 'wrong').length,
  max: cases.length,
});

/** What the quiz keeps: checked answers, drafts, and the scores of the attempts before this one. */
export interface QuizWork {
  quiz: Record<string, string>;
  draft: Record<string, string>;
  previous?: Score[];
}

/** Every case of the quiz has a checked answer. */
export const quizComplete = (cases: readonly Case[], quiz: Readonly<Record<string, string>>): boolean =>
  cases.length > 0 && cases.every((c) => !!own(quiz, c.id));

/** Chooses a form for a case (a draft); refused once the case is answered. */
export function chooseForm<W extends QuizWork>(w: W, caseId: string, form: string): W {
  if (own(w.quiz, caseId) || own(w.draft, caseId) === form) return w;
  return { ...w, draft: { ...w.draft, [caseId]: form } };
}

/** Checks a case's draft: it becomes the answer, for good. Refused without a draft or once answered. */
export function checkAnswer<W extends QuizWork>(w: W, caseId: string): W {
  const f = own(w.draft, caseId);
  if (!f || own(w.quiz, caseId)) return w;
  return { ...w, quiz: { ...w.quiz, [caseId]: f } };
}

/** Starts the next attempt; refused until every case is answered, and when no attempt is left. */
export function retryQuiz<W extends QuizWork>(w: W, cases: readonly Case[], allowed = Infinity): W {
  const previous = w.previous ?? [];
  if (!canRetry(previous, quizComplete(cases, w.quiz), allowed)) return w;
  return { ...w, quiz: {}, draft: {}, previous: [...previous, quizScore(cases, w.quiz)] };
}

/** The attempt in progress (from 1). */
export const quizAttempt = (w: QuizWork): number => attemptNumber(w.previous ?? []);

/** How one form stands against a case's factors: `good`, `partial` or `clash` (see form-fit.ts). */
export type FormStanding = 'good' | 'partial' | 'clash';

export interface FormReason {
  form: string;
  kind: AnswerKind;
  /** Against the case's factors, when the case gives any; null otherwise. */
  standing: FormStanding | null;
  /** Factor ids the case meets, is one step off, or clashes with, for this form's conditions. */
  match: FormMatch | null;
}

/**
 * Why each form fits a case less or more well: for every form of the pack, whether it is the case's answer, an
 * accepted one or neither, and how the case's factor levels meet the form's conditions (the predictors). A case
 * with no factor levels gives no standing: its answer rests on its facts alone.
 */
export function formReasons(pack: Pick<ContentPack, 'forms' | 'factors' | 'predictors'>, c: Case): FormReason[] {
  const reading = c.factors && Object.keys(c.factors).length ? formFit(pack, c.factors) : null;
  const set = reading ? pack.factors.length - reading.missing.length : 0;
  return pack.forms.map((f) => {
    const match = own(reading?.matches, f.id) ?? null;
    const fit = own(reading?.fits, f.id);
    const standing: FormStanding | null =
      !match || !set || fit === undefined ? null : match.against.length ? 'clash' : fit >= GOOD_FIT - 1e-9 ? 'good' : 'partial';
    return { form: f.id, kind: answerKind(c, f.id) ?? 'wrong', standing, match: standing ? match : null };
  });
}
