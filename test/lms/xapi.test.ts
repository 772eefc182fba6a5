import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { flush, pendingStatements, xapiSettings, type XapiStatement } from '../../src/lms/xapi.js';
import './quiz-element.js';
import type { CgTestQuiz } from './quiz-element.js';
import { cleanSlate } from '../helpers/clean-slate.js';

const until = async (check: () => boolean | Promise<boolean>, ms = 4000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};
const box = (name: string) => `${location.origin}/test-lrs/${name}`;
const received = async (name: string) =>
  (await (await fetch(`${box(name)}/statements`)).json()) as {
    statements: XapiStatement[];
    requests: { authorization: string; version: string; count: number; at: number }[];
  };
/** Makes the box's next `n` POSTs fail as `kind` says (see web-test-runner.config.mjs). */
const verbs = (list: XapiStatement[]) => list.map((s) => s.verb.display['en-US']);
const defaults = { ...xapiSettings };
const click = async (el: CgTestQuiz, cls: string) => {
  el.shadowRoot!.querySelector<HTMLButtonElement>(cls)!.click();
  await el.updateComplete;
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The parts of xAPI 1.0.3 a statement must have, checked as an LRS would. */
function expectValid(st: XapiStatement) {
  expect(st.id).to.match(UUID);
  expect(st.actor.objectType).to.equal('Agent');
  expect(!!st.actor.mbox !== !!st.actor.account, 'exactly one inverse functional identifier').to.equal(true);
  expect(st.verb.id).to.match(/^http:\/\/adlnet\.gov\/expapi\/verbs\/(interacted|answered|completed)$/);
  expect(st.object.objectType).to.equal('Activity');
  expect(() => new URL(st.object.id)).not.to.throw();
  expect(new Date(st.timestamp).toISOString()).to.equal(st.timestamp);
  if (st.result?.score) {
    const { raw, min, max, scaled } = st.result.score;
    expect(scaled).to.be.within(-1, 1);
    expect(raw).to.be.within(min, max);
  }
}

describe('xAPI statements', () => {
  const seen = cleanSlate();
  const warnings = () => seen.messages();
  beforeEach(() => Object.assign(xapiSettings, defaults, { coalesce: 100, retry: 300, persist: 20 }));
  afterEach(() => fixtureCleanup());

  it('fires cg-xapi with interacted, answered (scaled score) and completed statements', async () => {
    const el = await fixture<CgTestQuiz>(html`<cg-test-quiz activity-id="https://uni.example/course/7/" case="lsp" lang="en-GB"></cg-test-quiz>`);
    const seen: XapiStatement[] = [];
    el.addEventListener('cg-xapi', (e) => seen.push(e.detail));
    await click(el, '.answer');
    await click(el, '.answer');
    await click(el, '.answer');
    await click(el, '.finish');
    expect(seen.map((s) => s.verb.display['en-US'])).to.deep.equal(['interacted', 'answered', 'interacted', 'answered', 'interacted', 'answered', 'completed']);
    seen.forEach(expectValid);
    const [, answered, , , , , completed] = seen;
    expect(answered!.object.id).to.equal('https://uni.example/course/7/test-quiz/quiz/lsp');
    expect(answered!.context.contextActivities.parent[0]!.id).to.equal('https://uni.example/course/7');
    expect(answered!.context.language).to.equal('en-GB');
    expect(answered!.result!.score).to.deep.equal({ raw: 1, min: 0, max: 4, scaled: 0.25 });
    expect(completed!.result).to.deep.equal({ completion: true, score: { raw: 3, min: 0, max: 4, scaled: 0.75 } });
    expect(seen[0]!.actor.account!.name).to.match(UUID);
    expect(seen[0]!.actor.account!.name, 'the same anonymous learner throughout').to.equal(completed!.actor.account!.name);
    expect(localStorage.getItem('collabgov:xapi:learner'), 'no id stored when nothing is sent').to.equal(null);
  });

  it('names the learner by mbox when actor-mbox is set, and bubbles out of the element', async () => {
    const wrap = await fixture(html`<div actor-mbox="ada@uni.example"><cg-test-quiz></cg-test-quiz></div>`);
    const el = wrap.querySelector('cg-test-quiz')!;
    setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('.answer')!.click());
    const { detail } = await oneEvent(wrap, 'cg-xapi');
    expectValid(detail);
    expect(detail.actor).to.deep.equal({ objectType: 'Agent', mbox: 'mailto:ada@uni.example' });
    expect(detail.object.id).to.equal(`${(location.origin + location.pathname).replace(/\/+$/, '')}/test-quiz/quiz`);
  });

  it('POSTs statements to <lrs-endpoint>/statements with the version and Authorization headers', async () => {
    const el = await fixture<CgTestQuiz>(html`<cg-test-quiz lrs-endpoint=${box('send')} lrs-auth="Basic dGVzdDp0ZXN0"></cg-test-quiz>`);
    await click(el, '.answer');
    await until(async () => (await received('send')).statements.length === 2);
    const got = await received('send');
    got.statements.forEach(expectValid);
    expect(got.statements.map((s) => s.verb.display['en-US'])).to.deep.equal(['interacted', 'answered']);
    expect(got.requests.every((r) => r.version === '1.0.3' && r.authorization === 'Basic dGVzdDp0ZXN0')).to.equal(true);
    expect(pendingStatements()).to.deep.equal([]);
    expect(JSON.stringify(localStorage), 'the credential is never stored').not.to.contain('dGVzdDp0ZXN0');
    expect(localStorage.getItem('collabgov:xapi:learner'), 'the anonymous learner is kept for the LRS').to.equal(got.statements[0]!.actor.account!.name);
  });

  it('queues statements in localStorage when the LRS fails, and sends them in order after the back-off, in one POST', async () => {
    await fetch(`${box('retry')}/fail?n=1`, { method: 'POST' });
    const el = await fixture<CgTestQuiz>(html`<cg-test-quiz lrs-endpoint=${box('retry')}></cg-test-quiz>`);
    el.write('first');
    await until(() => warnings().some((w) => /could not send 1 statement/.test(w)));
    await until(() => localStorage.getItem('collabgov:xapi:queue') !== null);
    expect(JSON.parse(localStorage.getItem('collabgov:xapi:queue')!)).to.have.length(1);
    await click(el, '.finish');
    await until(async () => (await received('retry')).statements.length === 2);
    const got = await received('retry');
    expect(verbs(got.statements)).to.deep.equal(['interacted', 'completed']);
    expect(got.requests.map((r) => r.count), 'the new statement waited for the back-off, then both went in one POST').to.deep.equal([1, 2]);
    expect(localStorage.getItem('collabgov:xapi:queue')).to.equal(null);
  });

  it('waits while offline and sends the queue on "online"', async () => {
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const el = await fixture<CgTestQuiz>(html`<cg-test-quiz lrs-endpoint=${box('offline')}></cg-test-quiz>`);
      await click(el, '.answer');
      await new Promise((r) => setTimeout(r, 100));
      expect((await received('offline')).requests).to.have.length(0);
      expect(pendingStatements()).to.have.length(2);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
    window.dispatchEvent(new Event('online'));
    await until(async () => (await received('offline')).statements.length === 2);
    // The queue empties once the LRS's answer is back, a moment after the LRS has stored them.
    await until(() => pendingStatements().length === 0).catch(() => undefined);
    expect(pendingStatements()).to.deep.equal([]);
  });

  it('retries a failed batch on its own after a back-off', async function () {
    this.timeout(8000);
    await fetch(`${box('backoff')}/fail?n=1`, { method: 'POST' });
    const el = await fixture<CgTestQuiz>(html`<cg-test-quiz lrs-endpoint=${box('backoff')}></cg-test-quiz>`);
    el.write('x');
    await until(async () => (await received('backoff')).statements.length === 1, 6000);
    await flush(box('backoff'));
    expect(pendingStatements()).to.deep.equal([]);
  });
});
