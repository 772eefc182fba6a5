// The built SCORM packages in Moodle 4.5.6's own SCORM player (test/hosts/moodle-scorm) with Moodle's defaults:
// mastery score overrides status, standard mode off, grading by highest grade. What a student does is done through
// the page; what Moodle stored and graded is read from the stand-in's /state and /log. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { moodle, readSuspend, root, savedState, untilState, fillNote } from './moodle-host.mjs';

const m = moodle();
const { defaultPack } = await import('../../dist/model.js');
const quizCases = defaultPack.cases.filter((c) => c.governance);
const QUIZ = 'form-picker-quiz';
/** A form the quiz marks wrong for case `c`: neither its expected form nor one it accepts. */
const wrongFor = (c) => {
  const right = [c.governance.form, ...(c.governance.accepted ?? []).map((a) => a.form)];
  return defaultPack.forms.find((f) => !right.includes(f.id)).id;
};

/** Answers the quiz's cases `which` (indexes) as a student does: choose, then Check; `wrong` ones get a wrong form. */
async function answer(l, which, wrong = []) {
  const picker = l.sco.locator('cg-form-picker');
  for (const i of which) {
    const c = quizCases[i];
    await picker.locator(`input[name="q-${c.id}"][value="${wrong.includes(i) ? wrongFor(c) : c.governance.form}"]`).check();
    await picker.locator('li', { has: l.sco.locator(`input[name="q-${c.id}"]`) }).locator('button.check').click();
  }
}
const all = quizCases.map((_, i) => i);
/** "Try again" in the quiz's end summary, confirmed as a student does. */
async function retry(l) {
  const picker = l.sco.locator('cg-form-picker');
  await picker.locator('.end-summary button.retry').click();
  await picker.locator('.retry-yes').click();
}
const percent = (right) => Math.round((100 * right) / quizCases.length);
const notice = (l, tag) => l.sco.locator(`${tag} [part=notice]`);
/** How many quiz answers Moodle holds in the learner's suspend_data. */
const answersIn = (st) => Object.keys(readSuspend(st.elements['cmi.suspend_data']).e['cg-form-picker:scorm']?.[2].quiz ?? {}).length;

test('every default package is one Moodle accepts (manifest parser) and launches with no error panel', async () => {
  for (const name of m.names) {
    const out = JSON.parse(execFileSync('php', [resolve(root, 'test/hosts/moodle-scorm/manifest.php'), join(m.packages, name)], { encoding: 'utf8' }));
    assert.deepEqual(out.validate_errors, {}, name);
    assert.equal(out.version, 'SCORM_1.2', name);
    assert.equal(out.launch.href, 'index.html', name);
    assert.equal(out.masteryscore ?? null, /-(quiz|sort)(-ja|-cy)?$/.test(name) ? '80' : null, `${name}: mastery score only in scored modes`);
  }
  assert.ok(m.names.includes('tension-sliders-compare-lsp') && !m.names.includes('tension-sliders-compare'));
  for (const name of m.names) {
    const l = await m.launch(name, 'every-zip');
    const tag = `cg-${name.split('-').slice(0, 2).join('-')}`;
    await l.sco.locator(`${tag} :is(input, button, select):visible`).first().waitFor();
    assert.equal(await l.sco.locator('[role=alert]').count(), 0, `${name}: no error panel`);
    assert.deepEqual(l.problems, [], name);
    await l.context.close();
  }
});

test('expired session for a few commits, then recovery: work, score and status are stored, and a new computer restores them', async () => {
  const user = 'expired';
  const l = await m.launch(QUIZ, user);
  await untilState(m, QUIZ, user, (s) => s.lesson_status === 'incomplete');
  // The next 3 saves meet an expired session (Moodle's login page): Moodle's API marks the values as sent anyway.
  await m.fail(QUIZ, 3);
  await answer(l, all, [0]);
  // While the saves fail, the student is told; once Moodle answers again, the notice goes.
  await notice(l, 'cg-form-picker').filter({ hasText: 'not accepting your work' }).waitFor();
  const st = await untilState(m, QUIZ, user, (s) => s.lesson_status === 'passed', 20000);
  assert.equal(Number(st.score_raw), percent(quizCases.length - 1));
  assert.equal(st.gradebook.finalgrade, percent(quizCases.length - 1));
  assert.equal(answersIn(st), quizCases.length);
  await notice(l, 'cg-form-picker').waitFor({ state: 'detached' });
  const log = await m.get(`/log?pkg=${QUIZ}&user=${user}`);
  assert.equal(log.filter((e) => e.answer !== 'true\n0').length, 3, 'three saves met the expired session');
  assert.ok(log.some((e) => e.answer === 'true\n0' && e.elements['cmi.core.score.raw'] !== undefined), 'the score was sent again after the failures');
  await m.exit(l, QUIZ, user);
  await l.context.close();

  const again = await m.launch(QUIZ, user);
  const picker = again.sco.locator('cg-form-picker');
  await picker.locator('.feedback').nth(quizCases.length - 1).waitFor();
  assert.equal(await picker.locator('.feedback.bad').count(), 1);
  assert.equal(await notice(again, 'cg-form-picker').count(), 0);
  await again.context.close();
});

test('a session that stays expired until the student leaves: the work waits in the browser and the next launch sends it', async () => {
  const user = 'left-while-failing';
  const l = await m.launch(QUIZ, user);
  await untilState(m, QUIZ, user, (s) => s.lesson_status === 'incomplete');
  await m.fail(QUIZ, 1000);
  await answer(l, [0, 1]);
  await l.page.waitForTimeout(1500);
  await m.exit(l, QUIZ, user);
  await m.fail(QUIZ, 0);
  const lost = await m.state(QUIZ, user);
  assert.equal(answersIn(lost), 0, 'Moodle never got the answers');
  // Back on the same computer: the browser's copy is newer, so it is used, the student is told, and it is sent.
  const again = await m.launch(QUIZ, user, { context: l.context });
  await notice(again, 'cg-form-picker').filter({ hasText: 'restored from this browser' }).waitFor();
  assert.equal(await again.sco.locator('cg-form-picker .feedback').count(), 2);
  await untilState(m, QUIZ, user, (s) => answersIn(s) === 2);
  await again.context.close();
});

test('mastery override on (Moodle default): leaving a quiz half done gives no "failed" and no partial grade', async () => {
  const user = 'partial';
  const l = await m.launch(QUIZ, user);
  await answer(l, [0, 1]);
  await l.page.waitForTimeout(1500);
  await m.exit(l, QUIZ, user);
  const st = await m.state(QUIZ, user);
  assert.equal(st.lesson_status, 'incomplete');
  assert.equal(st.score_raw, null);
  assert.notEqual(st.gradebook?.finalgrade, percent(2));
  assert.ok(!st.gradebook?.finalgrade, 'no grade yet');
  assert.equal(st.next_launch.mode, 'normal');
  await l.context.close();
});

test('"Try again" after passing, then a worse attempt: the gradebook keeps the best score and "passed"', async () => {
  const user = 'retry';
  const l = await m.launch(QUIZ, user);
  await answer(l, all);
  await untilState(m, QUIZ, user, (s) => s.lesson_status === 'passed' && s.gradebook?.finalgrade === 100);
  await retry(l);
  await answer(l, all, [0, 1, 2]);
  // The widget's summary says the same grade Moodle holds.
  assert.match(await l.sco.locator('cg-form-picker .end-summary .grade').innerText(), /best of your 2 attempts: 5 of 5/);
  await l.page.waitForTimeout(1500);
  await m.exit(l, QUIZ, user);
  const st = await m.state(QUIZ, user);
  assert.equal(st.lesson_status, 'passed');
  assert.equal(Number(st.score_raw), 100);
  assert.equal(st.gradebook.finalgrade, 100);
  // The work is the latest attempt's, with the first attempt's score kept beside it.
  const saved = savedState(st.elements['cmi.suspend_data'], 'cg-form-picker:scorm');
  assert.equal(Object.values(saved.quiz).filter((f, i) => f !== quizCases[i].governance.form).length, 3);
  assert.deepEqual(saved.previous, [{ raw: quizCases.length, max: quizCases.length }]);
  await l.context.close();
});

/** A copy of the quiz package whose launch page sets `attrs` on `<html>`. */
function variant(pkg, attrs) {
  cpSync(join(m.packages, QUIZ), join(m.packages, pkg), { recursive: true });
  const index = join(m.packages, pkg, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<html lang="en"', `<html lang="en" ${attrs}`));
}

test('grading="first" on the launch page: the first finished attempt is the grade, a better one later and a new launch change nothing', async () => {
  const pkg = 'form-picker-quiz-first';
  variant(pkg, 'data-grading="first"');
  const user = 'first';
  const l = await m.launch(pkg, user);
  await answer(l, all, [0, 1, 2]);
  await untilState(m, pkg, user, (s) => s.lesson_status === 'failed' && s.gradebook?.finalgrade === percent(quizCases.length - 3));
  await retry(l);
  await answer(l, all);
  assert.match(await l.sco.locator('cg-form-picker .end-summary .grade').innerText(), /first attempt: 2 of 5\. Later attempts are practice/);
  await l.page.waitForTimeout(1500);
  await m.exit(l, pkg, user);
  let st = await m.state(pkg, user);
  assert.equal(st.lesson_status, 'failed');
  assert.equal(st.gradebook.finalgrade, percent(quizCases.length - 3));
  await l.context.close();
  // Another launch (a new computer), a third attempt, all right: still the first attempt's grade.
  const again = await m.launch(pkg, user);
  const picker = again.sco.locator('cg-form-picker');
  await picker.locator('.end-summary').waitFor();
  await retry(again);
  await answer(again, all);
  await again.page.waitForTimeout(1500);
  await m.exit(again, pkg, user);
  st = await m.state(pkg, user);
  assert.equal(st.gradebook.finalgrade, percent(quizCases.length - 3));
  await again.context.close();
});

test('attempts="1" on the launch page: no "Try again" after the attempt', async () => {
  const pkg = 'form-picker-quiz-once';
  variant(pkg, 'data-attempts="1"');
  const user = 'once';
  const l = await m.launch(pkg, user);
  await answer(l, all, [0]);
  const picker = l.sco.locator('cg-form-picker');
  await picker.locator('.end-summary').filter({ hasText: 'You have used every attempt allowed.' }).waitFor();
  assert.equal(await picker.locator('button.retry').count(), 0);
  await untilState(m, pkg, user, (s) => s.lesson_status === 'passed');
  await l.context.close();
});

test('grading="last" on the launch page: the latest completed sitting is what Moodle grades', async () => {
  const pkg = 'form-picker-quiz-last';
  variant(pkg, 'data-grading="last"');
  const user = 'last';
  const l = await m.launch(pkg, user);
  await answer(l, all);
  await untilState(m, pkg, user, (s) => s.gradebook?.finalgrade === 100);
  await retry(l);
  await answer(l, all, [0, 1, 2]);
  const st = await untilState(m, pkg, user, (s) => s.lesson_status === 'failed');
  assert.equal(st.gradebook.finalgrade, percent(quizCases.length - 3));
  await l.context.close();
});

test('an unscored package under the default grading (highest grade): completed with 100, not 0/100', async () => {
  const pkg = 'tension-sliders';
  const user = 'unscored';
  const l = await m.launch(pkg, user);
  const sliders = l.sco.locator('cg-tension-sliders');
  await sliders.locator('button.confirm').first().click();
  await l.page.waitForTimeout(1500);
  const partial = await m.state(pkg, user);
  assert.equal(partial.lesson_status, 'incomplete');
  assert.ok(!partial.gradebook?.finalgrade);
  for (let n = await sliders.locator('button.confirm').count(); n > 0; n--) await sliders.locator('button.confirm').first().click();
  const st = await untilState(m, pkg, user, (s) => s.lesson_status === 'completed');
  assert.equal(Number(st.score_raw), 100);
  assert.equal(st.gradebook.finalgrade, 100);
  await m.exit(l, pkg, user);
  assert.equal((await m.state(pkg, user)).next_launch.mode, 'review');
  await l.context.close();
});

/** Text that compresses well but is far longer than 4,096 characters as JSON. */
const longNote = (i) => `Note ${i}: ` + 'the partners share the risks and the credit of the service. '.repeat(40);

test('the last edit, made just before "Exit activity", reaches Moodle with compressed state', async () => {
  const pkg = 'tension-sliders';
  const user = 'last-edit';
  const l = await m.launch(pkg, user);
  const notes = l.sco.locator('cg-tension-sliders textarea');
  for (let i = 0; i < 3; i++) await fillNote(l.sco, i, longNote(i));
  await untilState(m, pkg, user, (s) => (s.elements['cmi.suspend_data'] ?? '').startsWith('cg2z'));
  await fillNote(l.sco, 3, 'LAST EDIT');
  await m.exit(l, pkg, user);
  const st = await m.state(pkg, user);
  assert.ok(st.elements['cmi.suspend_data'].startsWith('cg2z'), 'compressed');
  assert.equal(savedState(st.elements['cmi.suspend_data'], 'cg-tension-sliders:scorm').notes[defaultPack.tensions[3].id], 'LAST EDIT');
  await l.context.close();
  const again = await m.launch(pkg, user);
  assert.equal(await again.sco.locator('cg-tension-sliders textarea').nth(3).inputValue(), 'LAST EDIT');
  await again.context.close();
});

test('non-ASCII notes reach Moodle as ASCII suspend_data and come back exactly', async () => {
  const pkg = 'tension-sliders';
  const user = 'non-ascii';
  const text = 'Überprüfung – naïve café, 日本語, emoji 😀 «quotes» \\ "backslash"';
  const l = await m.launch(pkg, user);
  await fillNote(l.sco, 0, text);
  const st = await untilState(m, pkg, user, (s) => (s.elements['cmi.suspend_data'] ?? '').includes('\\u'));
  assert.match(st.elements['cmi.suspend_data'], /^[\x20-\x7e]*$/, 'printable ASCII only');
  assert.equal(readSuspend(st.elements['cmi.suspend_data']).e['cg-tension-sliders:scorm'][2].notes[defaultPack.tensions[0].id], text);
  await m.exit(l, pkg, user);
  await l.context.close();
  const again = await m.launch(pkg, user);
  assert.equal(await again.sco.locator('cg-tension-sliders textarea').first().inputValue(), text);
  await again.context.close();
});

/** Writes `data` as the learner's suspend_data through Moodle's own API, with no SCO running. */
async function seed(pkg, user, data) {
  const l = await m.launch(pkg, user);
  await untilState(m, pkg, user, (s) => s.lesson_status === 'incomplete');
  await l.page.evaluate(() => document.getElementById('scorm_object').contentWindow.location.replace('about:blank'));
  await l.page.waitForFunction(() => window.standinApiLog.some((c) => c.fn === 'LMSFinish'));
  const ok = await l.page.evaluate((d) => [API.LMSInitialize(''), API.LMSSetValue('cmi.suspend_data', d), API.LMSFinish('')], data);
  assert.deepEqual(ok, ['true', 'true', 'true']);
  await l.context.close();
  assert.equal((await m.state(pkg, user)).elements['cmi.suspend_data'], data);
}

for (const [kind, make] of [
  ['cut short (truncated at 4,096 by an LMS)', (full) => full.slice(0, 4096)],
  ['of a later format', () => 'cg3{"n":1,"t":1,"e":{"cg-tension-sliders:scorm":"later"}}'],
]) {
  test(`suspend_data ${kind} at launch: the student is told, new work stays in the browser, Moodle's copy is never overwritten`, async () => {
    const pkg = 'tension-sliders';
    const user = `unreadable-${kind.split(' ')[0]}`;
    // A real saved state first, longer than 4,096 characters when compressed.
    const l = await m.launch(pkg, user);
    const noise = (i) => Array.from({ length: 700 }, (_, k) => ((k * 7919 + i * 104729) % 1e6).toString(36)).join(' ');
    for (let i = 0; i < 4; i++) await fillNote(l.sco, i, noise(i));
    const full = (await untilState(m, pkg, user, (s) => (s.elements['cmi.suspend_data'] ?? '').length > 4096)).elements['cmi.suspend_data'];
    await m.exit(l, pkg, user);
    await l.context.close();
    const bad = make(full);
    await seed(pkg, user, bad);

    const again = await m.launch(pkg, user);
    await notice(again, 'cg-tension-sliders').filter({ hasText: 'could not be read' }).waitFor();
    await fillNote(again.sco, 0, 'new work after the unreadable copy');
    await again.sco.locator('cg-tension-sliders button.confirm').first().click();
    await again.page.waitForTimeout(1500);
    await m.exit(again, pkg, user);
    const st = await m.state(pkg, user);
    assert.equal(st.elements['cmi.suspend_data'], bad, 'the LMS copy is untouched');
    assert.equal(st.lesson_status, 'incomplete');
    // The new work is in this browser: the same computer shows it again.
    const third = await m.launch(pkg, user, { context: again.context });
    assert.equal(await third.sco.locator('cg-tension-sliders textarea').first().inputValue(), 'new work after the unreadable copy');
    await third.context.close();
  });
}
