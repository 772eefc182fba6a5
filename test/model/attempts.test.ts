// Scores that mean what they say: whatever a student does, in whatever order (answer, change their mind, check,
// re-check, retry), an attempt scores exactly what its first judged answers earn, never more; a judged answer never
// changes within its attempt; and the grade is the attempt the lecturer's `grading` names.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { canRetry, countingIndex, gradeOf, parseAttempts, parseGrading, type Grading, type Score } from '../../src/model/attempts.js';
import { answerKind, checkAnswer, chooseForm, quizComplete, quizScore, retryQuiz, type QuizWork } from '../../src/model/form-quiz.js';
import { checkSort, isJudged, judge, placeStatement, retrySort, sortScore, type SortRules, type SortWork } from '../../src/model/table-sort.js';
import { defaultPack } from '../../src/model/packs/en.js';

const cases = defaultPack.cases.filter((c) => c.governance);
const forms = defaultPack.forms.map((f) => f.id);
const statements = defaultPack.comparison.statements;
const logics = defaultPack.comparison.logics.map((l) => l.id);
const rows = defaultPack.comparison.rows.map((r) => r.id);

type QuizAction = { kind: 'choose'; c: number; f: number } | { kind: 'check'; c: number } | { kind: 'retry' };
const quizAction: fc.Arbitrary<QuizAction> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('choose' as const), c: fc.nat(cases.length - 1), f: fc.nat(forms.length - 1) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('check' as const), c: fc.nat(cases.length - 1) }), weight: 3 },
  { arbitrary: fc.constant({ kind: 'retry' as const }), weight: 1 },
);
/** Now and then the student answers every case left in one go (choose, then check each), so attempts end. */
const quizActions = fc.array(
  fc.oneof(
    { arbitrary: quizAction.map((a) => [a]), weight: 8 },
    {
      arbitrary: fc.array(fc.nat(forms.length - 1), { minLength: cases.length, maxLength: cases.length }).map((picks) =>
        picks.flatMap((f, c): QuizAction[] => [{ kind: 'choose', c, f }, { kind: 'check', c }]),
      ),
      weight: 1,
    },
  ),
  { maxLength: 40 },
).map((groups) => groups.flat());

describe('attempts: which one counts', () => {
  it('best takes the highest share (the earliest on a tie), last the latest, first the first; none before one is complete', () => {
    const done: Score[] = [
      { raw: 3, max: 5 },
      { raw: 5, max: 5 },
      { raw: 5, max: 5 },
      { raw: 1, max: 5 },
    ];
    expect(countingIndex(done, 'best')).to.equal(1);
    expect(gradeOf(done, 'last')).to.deep.equal({ raw: 1, max: 5 });
    expect(gradeOf(done, 'first')).to.deep.equal({ raw: 3, max: 5 });
    expect(gradeOf([], 'best')).to.equal(null);
  });

  it('reads the attributes: attempts a whole number of 1 or more (absent: no limit), grading one of three words', () => {
    expect(parseAttempts(null)).to.equal(Infinity);
    expect(parseAttempts(' 2 ')).to.equal(2);
    for (const bad of ['0', '-1', '1.5', 'two']) expect(parseAttempts(bad), bad).to.equal(null);
    expect(parseGrading(undefined)).to.equal('best');
    expect(parseGrading('first')).to.equal('first');
    expect(parseGrading('average')).to.equal(null);
    expect(canRetry([], false, Infinity)).to.equal(false);
    expect(canRetry([{ raw: 1, max: 1 }], true, 2)).to.equal(false);
  });
});

describe('quiz: no sequence of actions scores above what the first checked answers earn', function () {
  // Thousands of sequences: a loaded shared machine may need more than mocha's default.
  this.timeout(120000);
  it('1500 action sequences under each grading and attempt limit', () => {
    let retried = 0;
    fc.assert(
      fc.property(
        quizActions,
        fc.constantFrom<Grading>('best', 'last', 'first'),
        fc.constantFrom(1, 2, 3, Infinity),
        (actions, grading, allowed) => {
          let w: QuizWork = { quiz: {}, draft: {} };
          // The student's first checked answer per case, kept apart from the widget's work, per attempt.
          let first: Record<string, string> = {};
          const done: Score[] = [];
          for (const a of actions) {
            const before = w;
            if (a.kind === 'choose') w = chooseForm(w, cases[a.c].id, forms[a.f]);
            else if (a.kind === 'check') {
              const id = cases[a.c].id;
              w = checkAnswer(w, id);
              if (!first[id] && w.quiz[id]) first[id] = w.quiz[id];
            } else {
              const complete = quizComplete(cases, w.quiz);
              w = retryQuiz(w, cases, allowed);
              if (w !== before) {
                retried++;
                done.push(quizScore(cases, first));
                first = {};
              } else expect(complete && done.length + 1 < allowed, 'a refused retry was allowed').to.equal(false);
            }
            // A checked answer never changes within its attempt.
            for (const [id, f] of Object.entries(first)) expect(w.quiz[id]).to.equal(f);
            const earned = cases.filter((c) => first[c.id] && answerKind(c, first[c.id]) !== 'wrong').length;
            const score = quizScore(cases, w.quiz);
            expect(score.raw).to.equal(earned);
            expect(score.raw).to.be.at.most(score.max);
          }
          expect(w.previous ?? []).to.deep.equal(done);
          expect(done.length).to.be.below(allowed);
          const all = quizComplete(cases, w.quiz) ? [...done, quizScore(cases, w.quiz)] : done;
          const grade = gradeOf(all, grading);
          if (grade) expect(grade.raw / grade.max).to.be.at.most(Math.max(...all.map((s) => s.raw / s.max)));
        },
      ),
      { numRuns: 1500 },
    );
    // The sequences reach the end of an attempt and retry, not only the first few answers.
    expect(retried).to.be.greaterThan(50);
  });
});

type SortAction = { kind: 'logic'; s: number; l: number } | { kind: 'row'; s: number; r: number } | { kind: 'check' } | { kind: 'retry' };
const sortAction: fc.Arbitrary<SortAction> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('logic' as const), s: fc.nat(statements.length - 1), l: fc.nat(1) }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('row' as const), s: fc.nat(statements.length - 1), r: fc.nat(rows.length) }), weight: 3 },
  { arbitrary: fc.constant({ kind: 'check' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'retry' as const }), weight: 1 },
);
/** Now and then the student places every statement (logic and row) and checks, so attempts end. */
const sortActions = fc.array(
  fc.oneof(
    { arbitrary: sortAction.map((a) => [a]), weight: 10 },
    {
      arbitrary: fc
        .array(fc.tuple(fc.nat(1), fc.nat(rows.length - 1)), { minLength: statements.length, maxLength: statements.length })
        .map((picks) =>
          picks.flatMap(([l, r], s): SortAction[] => [{ kind: 'logic', s, l }, { kind: 'row', s, r }]).concat({ kind: 'check' }),
        ),
      weight: 1,
    },
  ),
  { maxLength: 40 },
).map((groups) => groups.flat());

describe('sort: no sequence of actions scores above what the first judged placements earn', function () {
  this.timeout(120000);
  it('1500 action sequences, instant or on Check, by logic or by logic and row', () => {
    let retried = 0;
    fc.assert(
      fc.property(sortActions, fc.boolean(), fc.boolean(), fc.constantFrom(1, 2, Infinity), (actions, instant, byRow, allowed) => {
        const rules: SortRules = { instant, byRow };
        let w: SortWork = { answers: {} };
        // Each statement's placement at the moment the student first saw its verdict, per attempt.
        let seen: Record<string, { logic: string; row?: string }> = {};
        let attempts = 1;
        const note = () => {
          for (const st of statements) if (!seen[st.id] && isJudged(w, st.id, rules)) seen[st.id] = { ...w.answers[st.id]! };
        };
        for (const a of actions) {
          if (a.kind === 'logic') w = placeStatement(w, statements[a.s].id, { logic: logics[a.l] }, rules);
          else if (a.kind === 'row') w = placeStatement(w, statements[a.s].id, { row: rows[a.r] }, rules);
          else if (a.kind === 'check') w = checkSort(w, rules);
          else {
            const next = retrySort(w, statements, rules, allowed);
            if (next !== w) {
              retried++;
              attempts++;
              seen = {};
            }
            w = next;
          }
          note();
          // What was judged stays as it was judged.
          for (const [id, p] of Object.entries(seen)) expect(w.answers[id]).to.deep.equal(p);
          const earned = statements.reduce((sum, st) => sum + (seen[st.id] ? judge(st, seen[st.id] as never, byRow).points : 0), 0);
          const sc = sortScore(statements, w, rules);
          expect(sc.raw).to.equal(earned);
          expect(sc.raw).to.be.at.most(sc.max);
        }
        expect(attempts).to.be.at.most(allowed);
        expect((w.previous ?? []).length).to.equal(attempts - 1);
      }),
      { numRuns: 1500 },
    );
    expect(retried).to.be.greaterThan(10);
  });
});
