import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { Scorm12API } from 'scorm-again';
import { setStateStore } from '../../src/core/persistence.js';
import { findApi, ScormSession, type Scorm12Api } from '../../src/lms/scorm.js';
import './quiz-element.js';
import type { CgTestQuiz } from './quiz-element.js';
import { cleanSlate } from '../helpers/clean-slate.js';

type LmsData = Record<string, unknown>;
/** A fresh LMS-side runtime as an LMS would set it up for a launch, with the data of an earlier attempt. */
function lms(data: LmsData = {}): Scorm12API {
  const api = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 } as never);
  api.loadFromJSON({ core: { student_id: 'student-1', ...((data.core as object) ?? {}) }, ...data } as never, '');
  return api;
}
const cmi = (api: Scorm12API, key: string) => api.LMSGetValue(key);
const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** Launches the quiz element as the embed page does: session first, then the element. */
async function launch(api: Scorm12Api, scored = true) {
  const session = (await ScormSession.start(api, { scored, mastery: 75, debounce: 5, retry: 20, backup: sessionStorage }))!;
  setStateStore(() => session.store);
  const el = await fixture<CgTestQuiz>(html`<cg-test-quiz state-key="scorm"></cg-test-quiz>`);
  session.attach(el);
  return { session, el };
}
const answer = async (el: CgTestQuiz, times = 1) => {
  for (let i = 0; i < times; i++) el.shadowRoot!.querySelector<HTMLButtonElement>('.answer')!.click();
  await el.updateComplete;
};

describe('SCORM 1.2 bridge against scorm-again', () => {
  const seen = cleanSlate();
  const warnings = () => seen.messages();
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    delete (window as { API?: unknown }).API;
    fixtureCleanup();
  });

  it('finds window.API from a nested frame by walking up the parents', async () => {
    const api = lms();
    (window as { API?: unknown }).API = api;
    const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc="<iframe></iframe>"></iframe>`);
    await until(() => !!frame.contentDocument?.querySelector('iframe')?.contentWindow);
    const inner = frame.contentDocument!.querySelector('iframe')!.contentWindow!;
    expect(findApi(inner)).to.equal(api);
    delete (window as { API?: unknown }).API;
    expect(findApi(inner)).to.equal(null);
  });

  it('sets incomplete on launch, then passed with the score as a percentage', async () => {
    const api = lms({ student_data: { mastery_score: '75' } });
    const { session, el } = await launch(api);
    expect(cmi(api, 'cmi.core.lesson_status')).to.equal('incomplete');
    await answer(el, 3);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.finish')!.click();
    await session.commit();
    expect(cmi(api, 'cmi.core.score.raw')).to.equal('75');
    expect(cmi(api, 'cmi.core.score.min')).to.equal('0');
    expect(cmi(api, 'cmi.core.score.max')).to.equal('100');
    expect(cmi(api, 'cmi.core.lesson_status')).to.equal('passed');
  });

  it('fails below the LMS mastery score, which wins over the manifest one', async () => {
    const api = lms({ student_data: { mastery_score: '90' } });
    const { session, el } = await launch(api);
    expect(session.mastery).to.equal(90);
    await answer(el, 3);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.finish')!.click();
    await session.commit();
    expect(cmi(api, 'cmi.core.lesson_status')).to.equal('failed');
  });

  it('reports completed (no score) in an unscored mode', async () => {
    const api = lms();
    const { session, el } = await launch(api, false);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.finish')!.click();
    await session.commit();
    expect(cmi(api, 'cmi.core.lesson_status')).to.equal('completed');
  });

  it('keeps the state in suspend_data, commits it after a change and resumes from it on the next launch', async () => {
    const first = lms();
    const a = await launch(first);
    await answer(a.el, 2);
    await until(() => cmi(first, 'cmi.suspend_data') !== '');
    const saved = cmi(first, 'cmi.suspend_data');
    expect(JSON.parse(saved)).to.deep.equal({ 'cg-test-quiz:scorm': [1, 'test-quiz', { right: 2, note: '' }] });
    expect(sessionStorage.getItem(`collabgov:scorm:student-1:${location.pathname}`), 'local copy dropped after commit').to.equal(null);
    a.session.finish();
    const committed = (first as unknown as { renderCommitCMI(t: boolean): { cmi: { core: { exit: string; session_time: string } } } }).renderCommitCMI(true);
    expect(committed.cmi.core.exit).to.equal('suspend');
    expect(committed.cmi.core.session_time).to.match(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    fixtureCleanup();

    const second = lms({ suspend_data: saved, core: { lesson_status: 'incomplete' } });
    const b = await launch(second);
    expect(b.el.result).to.deep.equal({ right: 2, note: '' });
    expect(b.el.shadowRoot!.querySelector('.right')!.textContent).to.equal('2');
  });

  it('round-trips state at the 4096-character limit: plain JSON at 4096, compressed beyond', async () => {
    const api = lms();
    const { session, el } = await launch(api);
    const overhead = JSON.stringify({ 'cg-test-quiz:scorm': [1, 'test-quiz', { right: 0, note: '' }] }).length;
    el.write('a'.repeat(4096 - overhead));
    await session.commit();
    const exact = cmi(api, 'cmi.suspend_data');
    expect(exact.length).to.equal(4096);
    expect(exact[0]).to.equal('{');

    el.write('governing collaborations '.repeat(400));
    await session.commit();
    const packed = cmi(api, 'cmi.suspend_data');
    expect(packed.startsWith('z:')).to.equal(true);
    expect(packed.length).to.be.at.most(4096);
    session.finish();
    fixtureCleanup();

    const again = await launch(lms({ suspend_data: packed }));
    expect(again.el.result.note).to.equal('governing collaborations '.repeat(400));
  });

  it('keeps state that does not fit even compressed in this browser, and says so', async () => {
    const api = lms();
    const { session, el } = await launch(api);
    const noise = Array.from(crypto.getRandomValues(new Uint8Array(4000)), (b) => b.toString(36)).join('');
    el.write(noise);
    await session.commit();
    expect(warnings().some((w) => /longer than 4096/.test(w))).to.equal(true);
    const local = JSON.parse(sessionStorage.getItem(`collabgov:scorm:student-1:${location.pathname}`)!);
    expect(JSON.parse(local['collabgov:cg-test-quiz:scorm']).s.note).to.equal(noise);
  });

  it('logs a failing LMSCommit with the LMS error, keeps a local copy, retries until it succeeds', async () => {
    const api = lms();
    let failing = true;
    const flaky: Scorm12Api = {
      LMSInitialize: (a) => api.LMSInitialize(a),
      LMSFinish: (a) => api.LMSFinish(a),
      LMSGetValue: (k) => api.LMSGetValue(k),
      LMSSetValue: (k, v) => api.LMSSetValue(k, v),
      LMSCommit: (a) => (failing ? 'false' : api.LMSCommit(a)),
      LMSGetLastError: () => (failing ? '101' : api.LMSGetLastError()),
      LMSGetErrorString: (c) => api.LMSGetErrorString(c),
    };
    const { el } = await launch(flaky);
    await answer(el);
    const key = `collabgov:scorm:student-1:${location.pathname}`;
    await until(() => warnings().some((w) => /LMSCommit\(\) failed \(error 101: General Exception\)/.test(w)));
    await until(() => warnings().filter((w) => /LMSCommit/.test(w)).length >= 2);
    expect(JSON.parse(sessionStorage.getItem(key)!)['collabgov:cg-test-quiz:scorm']).to.contain('"right":1');
    failing = false;
    await until(() => sessionStorage.getItem(key) === null);
    expect(JSON.parse(cmi(api, 'cmi.suspend_data'))['cg-test-quiz:scorm'][2].right).to.equal(1);
  });

  it('resumes from the local copy when the last commit never reached the LMS', async () => {
    const api = lms();
    const dead: Scorm12Api = {
      LMSInitialize: (a) => api.LMSInitialize(a),
      LMSFinish: () => 'false',
      LMSGetValue: (k) => api.LMSGetValue(k),
      LMSSetValue: () => {
        throw new Error('connection lost');
      },
      LMSCommit: () => 'false',
      LMSGetLastError: () => '101',
      LMSGetErrorString: () => 'General Exception',
    };
    const a = await launch(dead);
    await answer(a.el, 3);
    a.session.finish();
    expect(warnings().some((w) => /LMSSetValue\(cmi.suspend_data\) failed \(Error: connection lost\)/.test(w))).to.equal(true);
    fixtureCleanup();
    const b = await launch(lms());
    expect(b.el.result.right).to.equal(3);
  });

  it('returns no session when LMSInitialize keeps failing', async function () {
    this.timeout(5000);
    const api = lms();
    const refusing = { ...api, LMSInitialize: () => 'false', LMSGetLastError: () => '101', LMSGetErrorString: () => 'General Exception' } as unknown as Scorm12Api;
    expect(await ScormSession.start(refusing)).to.equal(null);
    expect(warnings().filter((w) => /LMSInitialize/.test(w))).to.have.length(3);
  });
});
