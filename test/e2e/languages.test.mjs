// Japanese and Welsh from the built files (run after `npm run build`): a page in Japanese loads collabgov-ja.js
// and nothing else of another language, an English page loads no language file, embed.html?lang=cy shows Welsh,
// and a SCORM package built in Japanese launches in Japanese in Moodle's SCORM player (test/hosts/moodle-scorm).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { harness, root } from './harness.mjs';
import { moodle } from './moodle-host.mjs';

const words = async (l) => (await import(pathToFileURL(resolve(root, `dist/collabgov-${l}.js`)).href)).language;

const host = (lang) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title></head><body>
  <script type="module" src="/dist/collabgov.js"></script><cg-tension-sliders state-key="t" tensions="goals"></cg-tension-sliders></body></html>`;
const h = harness({ '/ja.html': { body: host('ja') }, '/en.html': { body: host('en') } });

/** The widget's first part's language and its text, once it shows more than "Loading…". */
async function shown(p, tag = 'cg-tension-sliders', frame = p) {
  const el = frame.locator(`${tag} h2`).first();
  await el.waitFor();
  return { lang: await el.evaluate((n) => n.closest('[lang]')?.getAttribute('lang')), text: await el.textContent() };
}

test('a Japanese page loads collabgov-ja.js (and no other language file), and shows Japanese', async () => {
  const ja = await words('ja');
  const { p, problems, requests } = await h.open('/ja.html');
  const s = await shown(p);
  assert.equal(s.lang, 'ja');
  assert.equal(s.text.trim(), ja.messages.tensionSliders.title);
  assert.ok(requests.includes('/dist/collabgov-ja.js'), requests.join(' '));
  assert.deepEqual(requests.filter((r) => /collabgov-(cy|en)\.js$/.test(r)), []);
  assert.deepEqual(problems, []);
  await p.close();
});

test('an English page loads no language file', async () => {
  const { p, problems, requests } = await h.open('/en.html');
  const s = await shown(p);
  assert.equal(s.lang, 'en');
  assert.deepEqual(requests.filter((r) => /collabgov-(ja|cy|en)\.js$/.test(r)), []);
  assert.deepEqual(problems, []);
  await p.close();
});

test('embed.html?lang=cy shows the widget in Welsh', async () => {
  const cy = await words('cy');
  const { p, problems, requests } = await h.open('/dist/embed.html?widget=tension-sliders&lang=cy');
  const s = await shown(p);
  assert.equal(s.lang, 'cy');
  assert.equal(s.text.trim(), cy.messages.tensionSliders.title);
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'cy');
  // The frame's title names the activity in Welsh too.
  assert.ok((await p.title()).includes(cy.messages.tensionSliders.title), await p.title());
  assert.ok(requests.includes('/dist/collabgov-cy.js'));
  // embed.html names no icon, so the browser asks for /favicon.ico, which is missing (see security.test.mjs).
  assert.deepEqual(problems.filter((m) => !/status of 404/.test(m)), []);
  await p.close();
});

const m = moodle();
test('a SCORM package built in Japanese launches in Japanese in Moodle', async () => {
  const ja = await words('ja');
  assert.ok(m.names.includes('tension-sliders-ja'), m.names.join(' '));
  const l = await m.launch('tension-sliders-ja', 'lang-ja');
  const s = await shown(null, 'cg-tension-sliders', l.sco);
  assert.equal(s.lang, 'ja');
  assert.equal(s.text.trim(), ja.messages.tensionSliders.title);
  assert.equal(await l.sco.locator('[role=alert]').count(), 0);
  assert.deepEqual(l.problems, []);
  await l.context.close();
});
