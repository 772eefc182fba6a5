// Moodle's "SCORM standard mode" on (cmi.suspend_data up to 4,096 characters; Moodle's API refuses longer values with
// error 405), in Moodle 4.5.6's own SCORM player (test/hosts/moodle-scorm). Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { moodle, readSuspend, untilState, fillNote } from './moodle-host.mjs';

const m = moodle(['--scormstandard', '1']);
const { defaultPack } = await import('../../dist/model.js');
const PKG = 'tension-sliders';
const first = defaultPack.tensions[0].id;
const notice = (l) => l.sco.locator('cg-tension-sliders [part=notice]');
/** Text that hardly compresses: deterministic, so the run is the same every time. */
const noise = (i, n) => Array.from({ length: n }, (_, k) => ((k * 7919 + i * 104729) % 1e6).toString(36)).join(' ');

test('standard mode, work that does not fit: the student is warned first, then told; nothing in Moodle is overwritten; the work stays whole in the browser', async () => {
  const user = 'too-much';
  const l = await m.launch(PKG, user);
  const notes = l.sco.locator('cg-tension-sliders textarea');
  await fillNote(l.sco, 0, 'a short first note');
  const fitted = await untilState(m, PKG, user, (s) => (s.elements['cmi.suspend_data'] ?? '').includes('a short first note'));
  assert.ok(fitted.elements['cmi.suspend_data'].length <= 4096);

  // The notes grow, a few hundred words at a time, as a student writes.
  const seen = [];
  let written = 0;
  for (let i = 1; i < 9 && !seen.includes('full'); i++, written++) {
    await fillNote(l.sco, i, noise(i, 130));
    await l.page.waitForTimeout(1300);
    const text = (await notice(l).count()) ? await notice(l).textContent() : '';
    if (/close to the most/.test(text)) seen.push('nearly');
    if (/larger than this course’s LMS can store/.test(text)) seen.push('full');
  }
  assert.deepEqual([...new Set(seen)], ['nearly', 'full'], 'warned before the limit, told at it');
  assert.equal(await notice(l).getAttribute('role'), 'status');

  await m.exit(l, PKG, user);
  const st = await m.state(PKG, user);
  const data = st.elements['cmi.suspend_data'];
  assert.ok(data.length <= 4096);
  const held = readSuspend(data);
  assert.equal(typeof held.o, 'number', 'marked: newer work is in a browser');
  assert.ok(Object.keys(held.e).length > 0 && held.e['cg-tension-sliders:scorm'][2].notes[first] === 'a short first note');

  // The same computer: everything, from the browser.
  const same = await m.launch(PKG, user, { context: l.context });
  for (let i = 1; i <= written; i++) assert.equal(await same.sco.locator('cg-tension-sliders textarea').nth(i).inputValue(), noise(i, 130));
  await notice(same).filter({ hasText: 'larger than this course’s LMS can store' }).waitFor();
  await same.context.close();

  // Another computer: what Moodle holds, and the student is told where the rest is.
  const other = await m.launch(PKG, user);
  assert.equal(await other.sco.locator('cg-tension-sliders textarea').first().inputValue(), 'a short first note');
  await notice(other).filter({ hasText: 'only in the browser of the computer where you did it' }).waitFor();
  await other.context.close();
});
