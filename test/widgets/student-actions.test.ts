// A student let loose on the scored modes: random presses of whatever the widget shows (every button, radio and
// select, drags onto the columns, Check, Try again and its confirmation), in the real elements. After every action
// the score must be exactly what the first answers the student saw judged earn, and no cg-score may say more.
import { expect, fixture, fixtureCleanup, html, nextFrame } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/widgets/form-picker/index.js';
import '../../src/widgets/table-comparator/index.js';
import type { CgFormPicker } from '../../src/widgets/form-picker/form-picker.js';
import type { CgTableComparator } from '../../src/widgets/table-comparator/table-comparator.js';
import { defaultPack } from '../../src/model/packs/en.js';
import { answerKind } from '../../src/model/form-quiz.js';
import { judge } from '../../src/model/table-sort.js';

type Widget = CgFormPicker | CgTableComparator;
const controls = (el: Widget) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.quiz input, .quiz button, .sort-bar button, .stmt button, .stmt select, .end-summary button')].filter(
    (c) => !(c as HTMLButtonElement).disabled && !c.closest('fieldset:disabled'),
  );

/** Presses the n-th control shown now (a select takes its k-th option). */
async function act(el: Widget, n: number, k: number): Promise<void> {
  const all = controls(el);
  if (!all.length) return;
  const c = all[n % all.length];
  if (c instanceof HTMLSelectElement) {
    c.selectedIndex = k % c.options.length;
    c.dispatchEvent(new Event('change'));
  } else c.click();
  await el.updateComplete;
  await el.updateComplete;
}

const steps = fc.array(fc.tuple(fc.nat(200), fc.nat(20)), { minLength: 20, maxLength: 90 });
let key = 0;

describe('a student pressing anything cannot score above what their first judged answers earn', function () {
  // Hundreds of presses through the real widgets: a loaded shared machine may need more than mocha's default.
  this.timeout(180000);
  afterEach(() => fixtureCleanup());

  it('the quiz, in 15 random sessions', async () => {
    const cases = defaultPack.cases.filter((c) => c.governance);
    await fc.assert(
      fc.asyncProperty(steps, async (seq) => {
        localStorage.clear();
        const el = await fixture<CgFormPicker>(html`<cg-form-picker mode="quiz" state-key=${`s${++key}`}></cg-form-picker>`);
        let best = 0;
        el.addEventListener('cg-score', (e) => (best = Math.max(best, (e as CustomEvent).detail.raw)));
        let seen: Record<string, string> = {};
        let attempt = 1;
        for (const [n, k] of seq) {
          await act(el, n, k);
          if (el.result.attempt !== attempt) {
            attempt = el.result.attempt;
            seen = {};
            best = 0;
          }
          // The first answer the student saw feedback on, for each case.
          for (const fb of el.shadowRoot!.querySelectorAll<HTMLElement>('.feedback')) seen[fb.dataset.case!] ??= el.result.quiz[fb.dataset.case!];
          const earned = cases.filter((c) => seen[c.id] && answerKind(c, seen[c.id]) !== 'wrong').length;
          expect(el.result.score.raw).to.equal(earned);
          expect(best).to.be.at.most(earned);
          for (const [id, f] of Object.entries(seen)) expect(el.result.quiz[id]).to.equal(f);
        }
        fixtureCleanup();
      }),
      { numRuns: 15 },
    );
  });

  for (const attrs of ['', 'feedback="check"', 'sort-by="row"', 'feedback="check" sort-by="row"']) {
    it(`the sort ${attrs || '(instant)'}, in 8 random sessions`, async () => {
      const byRow = attrs.includes('row');
      const statements = defaultPack.comparison.statements;
      await fc.assert(
        fc.asyncProperty(steps, async (seq) => {
          localStorage.clear();
          const wrap = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
          wrap.innerHTML = `<cg-table-comparator mode="sort" state-key="s${++key}" ${attrs}></cg-table-comparator>`;
          const el = wrap.firstElementChild as CgTableComparator;
          await el.updateComplete;
          await nextFrame();
          let best = 0;
          el.addEventListener('cg-score', (e) => (best = Math.max(best, (e as CustomEvent).detail.raw)));
          let seen: Record<string, string> = {};
          let attempt = 1;
          for (const [n, k] of seq) {
            await act(el, n, k);
            if (el.result.attempt !== attempt) {
              attempt = el.result.attempt;
              seen = {};
              best = 0;
            }
            for (const li of el.shadowRoot!.querySelectorAll<HTMLElement>('.stmt')) {
              if (li.querySelector('.fb')) seen[li.dataset.id!] ??= el.result.answers[li.dataset.id!];
            }
            const earned = statements.reduce((sum, st) => {
              const a = seen[st.id];
              if (!a) return sum;
              const [logic, row] = a.split('/');
              return sum + judge(st, { logic, row }, byRow).points;
            }, 0);
            expect(el.result.score.raw).to.equal(earned);
            expect(best).to.be.at.most(earned);
            for (const [id, a] of Object.entries(seen)) expect(el.result.answers[id]).to.equal(a);
          }
          fixtureCleanup();
        }),
        { numRuns: 8 },
      );
    });
  }
});
