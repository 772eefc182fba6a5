import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { Scorm12API } from 'scorm-again';
import { setStateStore } from '../../src/core/persistence.js';
import { findApi, ScormSession, type Scorm12Api } from '../../src/lms/scorm.js';
import { decodeSuspend, type DecodedSuspend } from '../../src/lms/suspend-data.js';
import './quiz-element.js';
import type { CgTestQuiz } from './quiz-element.js';
import { cleanSlate } from '../helpers/clean-slate.js';

type LmsData = Record<string, unknown>;
/**
 * A fresh LMS-side runtime as an LMS would set it up for a launch, with the data of an earlier attempt, configured as
 * Moodle's defaults are where scorm-again can be: no auto-commit, mastery score overrides status at LMSFinish,
 * suspend_data up to 64,000 characters (Moodle with standard mode off). Moodle's marking of values as sent before
 * the request succeeds is not reproducible here: test/e2e/moodle-scorm.test.mjs runs Moodle's own player for that.
 */
function lms(data: LmsData = {}): Scorm12API {
  const api = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5, mastery_override: true } as never);
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

const sessions: ScormSession[] = [];
/** Launches the quiz element as the embed page does: session first, then the element. */
async function launch(api: Scorm12Api, scored = true, opts: Parameters<typeof ScormSession.start>[1] = {}) {
  const session = (await ScormSession.start(api, { scored, mastery: 75, debounce: 5, retry: 20, backup: sessionStorage, ...opts }))!;
  sessions.push(session);
  setStateStore(() => session.store);
  const el = await fixture<CgTestQuiz>(html`<cg-test-quiz state-key="scorm"></cg-test-quiz>`);
  session.attach(el);
  return { session, el };
}
const BACKUP = `collabgov:scorm:student-1:${location.pathname}`;
const suspended = async (api: Scorm12API) => (await decodeSuspend(cmi(api, 'cmi.suspend_data'))) as DecodedSuspend & { ok: true };
const backupEntries = () => JSON.parse(sessionStorage.getItem(BACKUP)!).entries as Record<string, string>;
/** An LMS that refuses suspend_data over 4,096 characters, as Moodle does in SCORM standard mode (error 405). */
function standardMode(api: Scorm12API): Scorm12Api {
  let refused = false;
  return {
    LMSInitialize: (a) => api.LMSInitialize(a),
    LMSFinish: (a) => api.LMSFinish(a),
    LMSGetValue: (k) => api.LMSGetValue(k),
    LMSSetValue: (k, v) => ((refused = k === 'cmi.suspend_data' && v.length > 4096) ? 'false' : api.LMSSetValue(k, v)),
    LMSCommit: (a) => api.LMSCommit(a),
    LMSGetLastError: () => (refused ? '405' : api.LMSGetLastError()),
    LMSGetErrorString: (c) => api.LMSGetErrorString(c),
  };
}
const finish = (el: CgTestQuiz) => el.shadowRoot!.querySelector<HTMLButtonElement>('.finish')!.click();
const answer = async (el: CgTestQuiz, times = 1) => {
  for (let i = 0; i < times; i++) el.shadowRoot!.querySelector<HTMLButtonElement>('.answer')!.click();
  await el.updateComplete;
};

describe('SCORM 1.2 bridge against scorm-again', () => {
  const seen = cleanSlate();
  const warnings = () => seen.messages();
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    // Ends every session's timers, so none writes into the next test's storage.
    for (const s of sessions.splice(0)) (s as unknown as { finished: boolean }).finished = true;
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
    await until(() => cmi(api, 'cmi.core.lesson_status') === 'incomplete');
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

  it('reports completed with 100 in an unscored mode (so "highest grade" reads it), and no score with score="none"', async () => {
    const api = lms();
    const { session, el } = await launch(api, false);
    finish(el);
    session.commit();
    expect(cmi(api, 'cmi.core.lesson_status')).to.equal('completed');
    expect(cmi(api, 'cmi.core.score.raw')).to.equal('100');
    fixtureCleanup();
    const other = lms();
    const b = await launch(other, false, { score: 'none' });
    finish(b.el);
    b.session.commit();
    expect(cmi(other, 'cmi.core.lesson_status')).to.equal('completed');
    expect(cmi(other, 'cmi.core.score.raw')).to.equal('');
  });

  it('sends no partial score: leaving half done stays incomplete under mastery override', async () => {
    const api = lms({ student_data: { mastery_score: '75' } });
    const { session, el } = await launch(api);
    await answer(el, 2);
    session.commit();
    expect(cmi(api, 'cmi.core.score.raw')).to.equal('');
    session.finish();
    expect(cmi(api, 'cmi.core.lesson_status')).to.equal('incomplete');
  });

  it('never lowers the score the LMS holds (grading best); grading="last" sends the latest sitting', async () => {
    const held = lms({ core: { score: { raw: '100' }, lesson_status: 'passed' }, student_data: { mastery_score: '75' } });
    const a = await launch(held);
    await answer(a.el, 1);
    finish(a.el);
    a.session.commit();
    expect(cmi(held, 'cmi.core.score.raw')).to.equal('100');
    expect(cmi(held, 'cmi.core.lesson_status')).to.equal('passed');
    fixtureCleanup();
    sessionStorage.clear();
    const last = lms({ core: { score: { raw: '100' }, lesson_status: 'passed' }, student_data: { mastery_score: '75' } });
    const b = await launch(last, true, { grading: 'last' });
    await answer(b.el, 1);
    finish(b.el);
    b.session.commit();
    expect(cmi(last, 'cmi.core.score.raw')).to.equal('25');
    expect(cmi(last, 'cmi.core.lesson_status')).to.equal('failed');
  });

  it('score="progress" sends each score as it changes, still never lower than held', async () => {
    const api = lms({ core: { score: { raw: '50' } } });
    const { session, el } = await launch(api, true, { score: 'progress' });
    await answer(el, 1);
    session.commit();
    expect(cmi(api, 'cmi.core.score.raw')).to.equal('50');
    await answer(el, 2);
    session.commit();
    expect(cmi(api, 'cmi.core.score.raw')).to.equal('75');
  });

  it('keeps the state in suspend_data, commits it after a change and resumes from it on the next launch', async () => {
    const first = lms();
    const a = await launch(first);
    await answer(a.el, 2);
    await until(() => cmi(first, 'cmi.suspend_data') !== '');
    await until(() => sessionStorage.getItem(BACKUP) === null);
    const saved = cmi(first, 'cmi.suspend_data');
    expect(saved.startsWith('cg2{')).to.equal(true);
    const data = await suspended(first);
    expect(data.entries).to.deep.equal({ 'collabgov:cg-test-quiz:scorm': JSON.stringify({ v: 1, w: 'test-quiz', s: { right: 2, note: '' } }) });
    expect(data.n).to.be.greaterThan(0);
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

  it('writes plain ASCII JSON up to 4096 characters and compressed beyond, and reads both back', async () => {
    const api = lms();
    const { session, el } = await launch(api);
    el.write('é'.repeat(500));
    session.commit();
    const plain = cmi(api, 'cmi.suspend_data');
    expect(plain.startsWith('cg2{')).to.equal(true);
    expect(plain).to.match(/^[\x20-\x7e]*$/);
    expect(plain).to.contain('\\u00e9');

    el.write('governing collaborations ü '.repeat(400));
    session.commit();
    const packed = cmi(api, 'cmi.suspend_data');
    expect(packed.startsWith('cg2z')).to.equal(true);
    expect(packed.length).to.be.at.most(4096);
    expect(packed).to.match(/^[\x20-\x7e]*$/);
    session.finish();
    fixtureCleanup();
    sessionStorage.clear();

    const again = await launch(lms({ suspend_data: packed }));
    expect(again.el.result.note).to.equal('governing collaborations ü '.repeat(400));
  });

  it('reads format 1 (plain JSON and z:) written by the first release', async () => {
    const v1 = JSON.stringify({ 'cg-test-quiz:scorm': [1, 'test-quiz', { right: 3, note: 'old' }] });
    const a = await launch(lms({ suspend_data: v1 }));
    expect(a.el.result).to.deep.equal({ right: 3, note: 'old' });
  });

  it('work the LMS refuses (over its limit even compressed) stays whole in this browser, the student is told, the last copy that fitted stays in the LMS', async () => {
    const api = lms();
    const { session, el } = await launch(standardMode(api));
    expect(session.limit).to.equal(4096);
    el.write('a short note');
    session.commit();
    expect((await suspended(api)).entries['collabgov:cg-test-quiz:scorm']).to.contain('a short note');
    expect(session.store.room!()).to.be.greaterThan(3000);
    const noise = Array.from(crypto.getRandomValues(new Uint8Array(4000)), (b) => b.toString(36)).join('');
    el.write(noise);
    session.commit();
    expect(warnings().some((w) => /longer than the LMS takes \(4096 characters\)/.test(w))).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.contain('larger than this course’s LMS can store');
    const inLms = await suspended(api);
    expect(inLms.entries['collabgov:cg-test-quiz:scorm']).to.contain('a short note');
    expect(inLms.o, 'marked: newer work is elsewhere').to.be.a('number');
    expect(JSON.parse(backupEntries()['collabgov:cg-test-quiz:scorm']!).s.note).to.equal(noise);
    expect(session.store.room!()).to.equal(0);
    session.finish();
    fixtureCleanup();

    // Another computer: the LMS's copy, and the student is told the newer work is elsewhere.
    const saved = cmi(api, 'cmi.suspend_data');
    sessionStorage.clear();
    const other = await launch(lms({ suspend_data: saved }));
    expect(other.el.result.note).to.equal('a short note');
    await other.el.updateComplete;
    expect(other.el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.contain('only in the browser of the computer where you did it');
  });

  it('never writes over suspend data it cannot read (cut short or a later format), and says so', async () => {
    for (const bad of ['cg2z' + btoa('not deflate at all'), 'cg9{"n":1}', '{"cut": [1, "test-qu']) {
      sessionStorage.clear();
      const api = lms({ suspend_data: bad });
      const { session, el } = await launch(api);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.contain('could not be read');
      // The student can take the LMS's copy away as it is.
      const download = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=notice] button')].find((b) => b.textContent === 'Download it')!;
      let href = '';
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {
        href = this.href;
      };
      try {
        download.click();
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      expect(await (await fetch(href)).text()).to.equal(bad);
      await answer(el, 2);
      session.commit();
      session.finish();
      expect(cmi(api, 'cmi.suspend_data')).to.equal(bad);
      expect(JSON.parse(backupEntries()['collabgov:cg-test-quiz:scorm']!).s.right).to.equal(2);
      expect(Object.keys(sessionStorage).some((k) => k.startsWith(`${BACKUP}:lms-set-aside:`))).to.equal(true);
      fixtureCleanup();
    }
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
    await until(() => warnings().some((w) => /LMSCommit\(\) failed \(error 101: General Exception\)/.test(w)));
    await until(() => warnings().filter((w) => /LMSCommit/.test(w)).length >= 2);
    expect(backupEntries()['collabgov:cg-test-quiz:scorm']).to.contain('"right":1');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.contain('not accepting your work');
    failing = false;
    await until(() => sessionStorage.getItem(BACKUP) === null);
    expect(JSON.parse((await suspended(api)).entries['collabgov:cg-test-quiz:scorm']!).s.right).to.equal(1);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
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
    await b.el.updateComplete;
    expect(b.el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.contain('restored from this browser');
  });

  it('at launch, an older browser copy that differs from newer LMS work is set aside, not used', async () => {
    sessionStorage.setItem(BACKUP, JSON.stringify({ format: 2, n: 3, t: 1000, entries: { 'collabgov:cg-test-quiz:scorm': JSON.stringify({ v: 1, w: 'test-quiz', s: { right: 1, note: 'old' } }) }, values: {} }));
    const newer = 'cg2' + JSON.stringify({ n: 9, t: 5000, e: { 'cg-test-quiz:scorm': [1, 'test-quiz', { right: 4, note: 'new' }] } });
    const { el } = await launch(lms({ suspend_data: newer }));
    expect(el.result).to.deep.equal({ right: 4, note: 'new' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.contain('kept aside');
    const aside = Object.keys(sessionStorage).find((k) => k.startsWith(`${BACKUP}:backup-set-aside:`))!;
    expect(JSON.parse(sessionStorage.getItem(aside)!).entries['collabgov:cg-test-quiz:scorm']).to.contain('old');
  });

  it('returns no session when LMSInitialize keeps failing', async function () {
    this.timeout(5000);
    const api = lms();
    const refusing = { ...api, LMSInitialize: () => 'false', LMSGetLastError: () => '101', LMSGetErrorString: () => 'General Exception' } as unknown as Scorm12Api;
    expect(await ScormSession.start(refusing)).to.equal(null);
    expect(warnings().filter((w) => /LMSInitialize/.test(w))).to.have.length(3);
  });
});
