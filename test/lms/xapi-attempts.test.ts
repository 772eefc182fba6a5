// xAPI from the real quiz: each attempt's `answered` and `completed` statements carry its number, so an LRS sees a
// retry as a new attempt rather than an overwrite.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import { ATTEMPT_EXTENSION, type XapiStatement } from '../../src/lms/xapi.js';
import type { CgFormPicker } from '../../src/widgets/form-picker/form-picker.js';
import { defaultPack } from '../../src/model/packs/en.js';

const cases = defaultPack.cases.filter((c) => c.governance);

async function answerAll(el: CgFormPicker, wrong: number) {
  for (const [i, c] of cases.entries()) {
    const form = i < wrong ? defaultPack.forms.find((f) => f.id !== c.governance!.form && !(c.governance!.accepted ?? []).some((a) => a.form === f.id))!.id : c.governance!.form;
    el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="q-${c.id}"][value="${form}"]`)!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>(`#q-${c.id} ~ button.check`)!.click();
    await el.updateComplete;
  }
}

describe('xAPI: attempts', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => fixtureCleanup());

  it('numbers the attempt on answered and completed, and a retry starts attempt 2', async () => {
    const el = await fixture<CgFormPicker>(html`<cg-form-picker mode="quiz" state-key="xapi-attempts" activity-id="https://uni.example/c/1"></cg-form-picker>`);
    const seen: XapiStatement[] = [];
    el.addEventListener('cg-xapi', (e) => seen.push(e.detail));
    await answerAll(el, 0);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.end-summary .retry')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.retry-yes')!.click();
    await el.updateComplete;
    await answerAll(el, 2);
    const scored = seen.filter((s) => s.verb.display['en-US'] !== 'interacted');
    expect(scored.map((s) => [s.verb.display['en-US'], s.context.extensions?.[ATTEMPT_EXTENSION], s.result?.score?.raw])).to.deep.equal([
      ...cases.map((_, i) => ['answered', 1, i + 1]),
      ['completed', 1, cases.length],
      ...cases.map((_, i) => ['answered', 2, Math.max(0, i - 1)]),
      ['completed', 2, cases.length - 2],
    ]);
    expect(seen.filter((s) => s.verb.display['en-US'] === 'interacted').every((s) => !s.context.extensions)).to.equal(true);
  });
});
