// The xAPI sender under the faults an LMS team meets: an LRS that is down, redirects to a login page, answers HTML,
// hangs, refuses one statement of a batch or asks to be left alone; storage that is full or damaged; bursts of
// changes. Each test acts through widgets (the test quiz, the real tension sliders) and a local LRS
// (web-test-runner.config.mjs), and checks what the LRS received and what still waits.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { pendingStatements, xapiSettings, type XapiStatement } from '../../src/lms/xapi.js';
import './quiz-element.js';
import type { CgTestQuiz } from './quiz-element.js';
import { cleanSlate } from '../helpers/clean-slate.js';

const until = async (check: () => boolean | Promise<boolean>, ms = 6000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const box = (name: string) => `${location.origin}/test-lrs/${name}`;
const received = async (name: string) =>
  (await (await fetch(`${box(name)}/statements`)).json()) as {
    statements: XapiStatement[];
    requests: { count: number; at: number }[];
  };
const fail = (name: string, n: number, kind = '503', extra = '') => fetch(`${box(name)}/fail?n=${n}&kind=${kind}${extra}`, { method: 'POST' });
const verbs = (list: { verb: { display: Record<string, string> } }[]) => list.map((s) => s.verb.display['en-US']);
const quiz = (name: string, extra = '') => {
  const wrap = document.createElement('div');
  wrap.innerHTML = `<cg-test-quiz lrs-endpoint="${box(name)}" ${extra}></cg-test-quiz>`;
  return fixture<HTMLElement>(wrap).then((w) => w.firstElementChild as CgTestQuiz);
};
const answer = async (el: CgTestQuiz) => {
  el.shadowRoot!.querySelector<HTMLButtonElement>('.answer')!.click();
  await el.updateComplete;
};
const finish = async (el: CgTestQuiz) => {
  el.shadowRoot!.querySelector<HTMLButtonElement>('.finish')!.click();
  await el.updateComplete;
};
const defaults = { ...xapiSettings };

describe('xAPI sender under faults', () => {
  const seen = cleanSlate();
  const warned = (re: RegExp) => seen.messages().some((m) => re.test(m));
  beforeEach(() => Object.assign(xapiSettings, defaults, { coalesce: 60, retry: 400, persist: 10, timeout: 1500 }));
  afterEach(() => fixtureCleanup());

  it('30 arrow-key steps on a slider of the real tension sliders (settled by the widget) are one interacted statement, after the last step', async () => {
    xapiSettings.coalesce = 0;
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<cg-tension-sliders tensions="goals,trust"></cg-tension-sliders>`);
    const got: XapiStatement[] = [];
    el.addEventListener('cg-xapi', (e) => got.push(e.detail));
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=range]')!.focus();
    for (let i = 0; i < 30; i++) await sendKeys({ press: 'ArrowRight' });
    const last = Date.now();
    await sleep(1300);
    expect(verbs(got)).to.deep.equal(['interacted']);
    expect(Date.parse(got[0]!.timestamp)).to.be.within(last - 1000, last + 1100);
  });

  it('with xapiSettings.coalesce, a burst of changes is one interacted; the widget\'s answered and completed still come in order', async () => {
    const el = await quiz('burst');
    for (let i = 0; i < 40; i++) el.write('x'.repeat(i));
    await answer(el);
    for (let i = 0; i < 10; i++) el.write('y'.repeat(i));
    await finish(el);
    await until(async () => (await received('burst')).statements.length === 4);
    await sleep(200);
    const got = await received('burst');
    expect(verbs(got.statements)).to.deep.equal(['interacted', 'answered', 'interacted', 'completed']);
  });

  it('during an outage, a flood of interactions never pushes out a graded statement, and nothing is re-POSTed before the back-off', async () => {
    Object.assign(xapiSettings, { max: 20, retry: 3000, coalesce: 10 });
    await fail('flood', 1);
    const el = await quiz('flood');
    await answer(el);
    await until(() => warned(/could not send/));
    const first = (await received('flood')).requests.length;
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 10; i++) {
        el.write(`r${round} ${i}`);
        await sleep(15);
      }
      await answer(el);
    }
    await finish(el);
    expect((await received('flood')).requests.length, 'no POST while the back-off lasts').to.equal(first);
    const waiting = pendingStatements();
    expect(waiting.length).to.equal(20);
    const graded = verbs(waiting.map((q) => q.statement)).filter((v) => v !== 'interacted');
    expect(graded, 'all 7 answered and the completed are kept').to.deep.equal([...Array(7).fill('answered'), 'completed']);
    await until(async () => (await received('flood')).statements.length === 20, 8000);
    const got = await received('flood');
    expect(verbs(got.statements).filter((v) => v !== 'interacted')).to.deep.equal([...Array(7).fill('answered'), 'completed']);
    expect(got.requests.map((r) => r.count).slice(1)).to.deep.equal([20]);
    expect(warned(/interacted statement\(s\) dropped/)).to.equal(true);
  });

  for (const [kind, why] of [
    ['redirect', /redirect/],
    ['html', /not an xAPI one \(HTTP 200, text\/html/],
    ['hang', /no answer within 2 s/],
    ['401', /HTTP 401/],
  ] as const) {
    it(`an LRS that answers with ${kind} has not received the statement: it is kept and sent again`, async function () {
      this.timeout(12000);
      xapiSettings.timeout = 1500;
      await fail(`f-${kind}`, 1, kind);
      const el = await quiz(`f-${kind}`);
      await answer(el);
      await until(() => warned(why));
      expect(verbs(pendingStatements().map((q) => q.statement))).to.deep.equal(['interacted', 'answered']);
      await until(async () => (await received(`f-${kind}`)).statements.length === 2, 8000);
      await until(() => pendingStatements().length === 0);
    });
  }

  it("honours the LRS's Retry-After", async function () {
    this.timeout(8000);
    await fail('later', 1, '429', '&retry-after=2');
    const el = await quiz('later');
    await answer(el);
    await until(async () => (await received('later')).statements.length === 2, 6000);
    const [a, b] = (await received('later')).requests;
    expect(b!.at - a!.at).to.be.at.least(1900);
  });

  it('one statement the LRS refuses (400) is dropped alone: the 16 valid ones of its batch arrive', async () => {
    await fail('bad', 1);
    const good = await quiz('bad');
    const wrong = await quiz('bad', 'actor-mbox="not an address"');
    good.write('first');
    await until(() => warned(/could not send/));
    wrong.write('refused');
    await sleep(100);
    for (let i = 0; i < 7; i++) {
      good.write(`note ${i}`);
      await answer(good);
    }
    await finish(good);
    await until(async () => (await received('bad')).statements.length === 16, 8000);
    await until(() => pendingStatements().length === 0);
    const got = await received('bad');
    expect(got.statements.every((s) => !s.actor.mbox)).to.equal(true);
    expect(warned(/refused statement .* \(HTTP 400\); it is dropped, the others are sent/)).to.equal(true);
  });

  it('statements fired while storage is full are kept in memory and sent', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('collabgov:xapi')) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
    try {
      await fail('full', 1);
      const el = await quiz('full');
      for (let i = 0; i < 6; i++) {
        el.write(`n${i}`);
        await answer(el);
      }
      expect(localStorage.getItem('collabgov:xapi:queue')).to.equal(null);
      await until(async () => (await received('full')).statements.length === 12, 8000);
      expect(verbs((await received('full')).statements)).to.deep.equal(Array(6).fill(['interacted', 'answered']).flat());
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  const valid = (id: string) => ({
    endpoint: box('damage'),
    statement: { id, actor: { objectType: 'Agent', account: { homePage: location.origin, name: 'x' } }, verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } }, object: { objectType: 'Activity', id: 'https://uni.example/a' }, timestamp: new Date().toISOString() },
  });
  const damages: [string, string][] = [
    ['not JSON', '[{"endpoint":'],
    ['an object', '{"endpoint":"x"}'],
    ['null', 'null'],
    ['a string', '"queue"'],
    ['entries that are not statements', JSON.stringify([null, 5, 'x', { endpoint: 7 }, { endpoint: box('damage') }, { endpoint: box('damage'), statement: 'x' }])],
    ['a valid entry among damaged ones', JSON.stringify([{ statement: {} }, valid('0b7c6f1e-5d7a-4c8e-9f00-000000000001')])],
    ['a damaged back-off record', '[]'],
  ];
  for (const [what, raw] of damages) {
    it(`recovers a damaged queue (${what}) and keeps sending`, async () => {
      localStorage.setItem('collabgov:xapi:queue', raw);
      if (what.includes('back-off')) localStorage.setItem('collabgov:xapi:wait', '{"x":');
      const before = (await received('damage')).statements.length;
      const el = await quiz('damage');
      await answer(el);
      const expected = what.includes('valid entry') ? 3 : 2;
      await until(async () => (await received('damage')).statements.length === before + expected);
      if (['not JSON', 'an object', 'null', 'a string'].includes(what)) {
        expect(localStorage.getItem('collabgov:xapi:queue:damaged')).to.equal(raw);
      }
      await until(() => pendingStatements().length === 0);
    });
  }
});
