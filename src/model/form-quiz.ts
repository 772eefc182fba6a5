/**
 * The form-picker quiz's answers. A case's `governance` names the form it comes closest to (`form`) and, where the
 * sources support that answer only partly, other forms a student may defensibly choose (`accepted`), each with its
 * reasoning. Both count as right. Pure; no DOM.
 */
import type { Case } from './types.js';

/** `expected`: the case's main answer; `accepted`: another form the case accepts; `wrong`: neither. */
export type AnswerKind = 'expected' | 'accepted' | 'wrong';

/** How an answer stands, or null when the case has no governance answer or nothing is answered. */
export function answerKind(c: Case, form: string | undefined): AnswerKind | null {
  const g = c.governance;
  return !g || !form ? null : form === g.form ? 'expected' : g.accepted?.some((a) => a.form === form) ? 'accepted' : 'wrong';
}

/** Right answers (the main one or an accepted one) among the checked answers, out of all the quiz's cases. */
export const quizScore = (cases: readonly Case[], answers: Readonly<Record<string, string>>) => ({
  raw: cases.filter((c) => (answerKind(c, answers[c.id]) ?? 'wrong') !== 'wrong').length,
  max: cases.length,
});
