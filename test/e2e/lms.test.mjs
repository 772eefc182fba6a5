// End-to-end checks of the embedding routes, on the built files (run after `npm run build`):
// the script-tag files are self-contained; dist/embed.html renders one widget from its query string, shows the
// alert panel for a bad one, and keeps its iframe's height right (growth and shrinkage) through dist/embed-resizer.js;
// each dist/scorm/*.zip has a valid SCORM 1.2 manifest listing every file, and its launch page finds an LMS API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { scormVariants } from '../../scripts/scorm/package.mjs';
import { harness, root } from './harness.mjs';
import { checkScormZip } from './scorm-checks.mjs';
// The other languages, each built as dist/collabgov-<lang>.js with its own SCORM zips.
import { LANGUAGES } from '../../scripts/lib/bundle.mjs';

const dist = resolve(root, 'dist');
const page = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title>${head}</head><body style="margin:0">${body}</body></html>`;

// The SCORM zips, unpacked, served under /scorm/<name>/.
const zips = Object.fromEntries(readdirSync(resolve(dist, 'scorm')).map((f) => [f, unzipSync(readFileSync(resolve(dist, 'scorm', f)))]));
const routes = {
  '/script-tag.html': { body: page('<script type="module" src="/dist/collabgov.js"></script><cg-tension-sliders state-key="s"></cg-tension-sliders>') },
  '/iife.html': { body: page('<script src="/dist/collabgov.iife.js"></script><cg-form-picker state-key="f"></cg-form-picker>') },
  '/host.html': {
    body: page(`<p>Course page</p>
      <iframe id="good" title="activity" style="width:100%;border:0;height:600px" src="/dist/embed.html?widget=tension-sliders&mode=compare&case=lsp&theme=dark"></iframe>
      <iframe id="bad" title="broken activity" style="width:100%;border:0;height:600px" src="/dist/embed.html?widget=tension-sliders&mode=quiz"></iframe>
      <script src="/dist/embed-resizer.js"></script>`),
  },
  '/lms.html': {
    body: page(`<script src="/node_modules/scorm-again/dist/scorm-again.min.js"></script>
      <script>window.API = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
        API.loadFromJSON({ student_data: { mastery_score: '80' }, core: { student_id: 'e2e' } }, '');</script>
      <iframe title="activity" style="width:100%;height:600px" src="/scorm/form-picker-quiz/index.html"></iframe>`),
  },
};
for (const [file, entries] of Object.entries(zips)) {
  for (const [name, bytes] of Object.entries(entries)) {
    routes[`/scorm/${file.replace(/\.zip$/, '')}/${name}`] = { body: Buffer.from(bytes), type: name.endsWith('.js') ? 'text/javascript' : name.endsWith('.xml') ? 'application/xml' : 'text/html; charset=utf-8' };
  }
}

const h = harness(routes);
const open = (path) => h.open(path);

test('the script-tag files reference no other file but their checker: no other import, no source maps, only link URLs', () => {
  const packUrls = new Set([...readFileSync(resolve(root, 'src/model/packs/en/references.ts'), 'utf8').matchAll(/url: '([^']+)'/g)].map((m) => m[1]));
  assert.ok(packUrls.size > 5);
  for (const file of ['collabgov.js', 'collabgov.iife.js', 'form-picker.js', 'embed.js', 'embed-resizer.js']) {
    const code = readFileSync(resolve(dist, file), 'utf8');
    // The only imports a script-tag file may make are its checker, the whole English pack and the other languages'
    // files, beside it, and only on demand (checks.test.mjs, languages.test.mjs); embed.js only the languages.
    const lazy = [...code.matchAll(/\bimport\s*\(\s*(`[^`]*`|"[^"]*"|'[^']*')\s*\)/g)].map((m) => m[1].slice(1, -1));
    const languages = ['./collabgov-cy.js', './collabgov-ja.js'];
    assert.deepEqual([...new Set(lazy)].sort(), (file === 'embed-resizer.js' ? [] : file === 'embed.js' ? languages : ['./collabgov-checks.js', './collabgov-en.js', ...languages]).sort(), `${file}: dynamic imports`);
    const rest = code.replace(/\bimport\s*\(\s*[`"']\.\/collabgov-(checks|en|ja|cy)\.js[`"']\s*\)/g, '');
    assert.doesNotMatch(rest, /\bimport\s*\(|\bimport\s*["'{*]|\bfrom\s*["']|sourceMappingURL|import\.meta/, `${file} imports or maps nothing else`);
    for (const [url] of code.matchAll(/https?:\/\/[^"'`\s)]+/g)) {
      // Besides the pack's links, only xAPI identifiers (IRIs named in statements, never fetched).
      assert.ok(packUrls.has(url) || ['http://adlnet.gov/expapi/', 'http://id.tincanapi.com/extension/attempt-id'].includes(url), `${file}: unexpected URL ${url}`);
    }
    assert.doesNotMatch(code, /["'`]\/(?!\/)[\w-]+\.(js|json|css|html)/, `${file} has no absolute path`);
  }
});

for (const [path, tag] of [['/script-tag.html', 'cg-tension-sliders'], ['/iife.html', 'cg-form-picker']]) {
  test(`${path}: the widget renders from the one file, which fetches nothing else`, async () => {
    const { p, requests, problems } = await open(path);
    await p.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.textContent.trim().length > 10, tag);
    await p.waitForLoadState('networkidle');
    assert.deepEqual(requests.filter((r) => r !== path), [path === '/iife.html' ? '/dist/collabgov.iife.js' : '/dist/collabgov.js']);
    assert.deepEqual(problems, []);
    await p.close();
  });
}

const heightOf = (p, id) => p.evaluate((i) => document.getElementById(i).getBoundingClientRect().height, id);
const untilHeight = (p, id, check) =>
  p.waitForFunction(({ i, c }) => new Function('h', `return ${c}`)(document.getElementById(i).getBoundingClientRect().height), { i: id, c: check });

test('embed.html: configured by its query, its iframe follows the content as it grows and shrinks', async () => {
  const { p, problems } = await open('/host.html');
  const frame = p.frame({ url: /mode=compare/ });
  await frame.waitForFunction(() => document.querySelector('cg-tension-sliders')?.shadowRoot?.querySelector('input[type=range]'));
  const attrs = await frame.evaluate(() => {
    const el = document.querySelector('cg-tension-sliders');
    return { mode: el.getAttribute('mode'), theme: el.getAttribute('theme') };
  });
  assert.deepEqual(attrs, { mode: 'compare', theme: 'dark' });
  // The page names the activity (WCAG 2.4.2), and so does its own heading.
  const title = 'Where does the collaboration stand on each tension? (compare: Local Strategic Partnerships (LSPs)) – collabgov';
  assert.equal(await frame.title(), title);
  assert.equal(await frame.evaluate(() => document.querySelector('h1').textContent), title);
  // And says its language (WCAG 3.1.1).
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en');
  // From the 600px fallback to the content's own height (the whole compare view is far taller).
  await untilHeight(p, 'good', 'h > 1000');
  const content = await frame.evaluate(() => Math.ceil(document.querySelector('main').getBoundingClientRect().height));
  await untilHeight(p, 'good', `h === ${content}`);
  // Growth: the content gets 1500px taller.
  await frame.evaluate(() => {
    const tall = Object.assign(document.createElement('div'), { id: 'tall' });
    tall.style.height = '1500px';
    document.querySelector('cg-tension-sliders').shadowRoot.append(tall);
  });
  await untilHeight(p, 'good', `h === ${content + 1500}`);
  // Shrinkage: back to the original height.
  await frame.evaluate(() => document.querySelector('cg-tension-sliders').shadowRoot.getElementById('tall').remove());
  await untilHeight(p, 'good', `h === ${content}`);
  // A message of the right shape from somewhere other than the frame changes nothing.
  await p.evaluate(() => window.postMessage({ type: 'collabgov:resize', version: 1, height: 5000 }, '*'));
  await p.waitForTimeout(100);
  assert.equal(await heightOf(p, 'good'), content);
  assert.deepEqual(problems, []);
  await p.close();
});

test('embed.html: a bad query shows the alert panel inside the frame, which is sized to it', async () => {
  const { p } = await open('/host.html');
  const frame = p.frame({ url: /mode=quiz/ });
  const alert = await frame.waitForSelector('[role=alert]');
  assert.match(await alert.textContent(), /mode.*"quiz", which tension-sliders does not have\. Its modes: "reflect", "compare"/);
  assert.equal(await frame.evaluate(() => document.querySelector('cg-tension-sliders')), null);
  await untilHeight(p, 'bad', 'h < 300');
  await p.close();
});

test('dist/scorm: one zip per widget and mode (compare: one per case with reference positions), named after the widget', async () => {
  const { defaultPack } = await import('../../dist/model.js');
  // Each in English, and in each other language (<name>-<lang>.zip).
  const expected = scormVariants(defaultPack.cases).flatMap((v) => [v.name, ...LANGUAGES.map((l) => `${v.name}-${l}`)].map((n) => `${n}.zip`)).sort();
  assert.deepEqual(Object.keys(zips).sort(), expected);
  for (const name of ['tension-sliders.zip', 'tension-sliders-compare-lsp.zip', 'form-picker.zip', 'form-picker-quiz.zip', 'table-comparator-sort.zip']) {
    assert.ok(expected.includes(name), name);
  }
});

test('every imsmanifest.xml is well formed SCORM 1.2 and lists every file of its zip', async () => {
  const p = await h.browser.newPage();
  for (const [file, entries] of Object.entries(zips)) await checkScormZip(p, file, entries, /-(quiz|sort)(-ja|-cy)?\.zip$/.test(file));
  await p.close();
});

test('a SCORM launch page finds the LMS API in its parent and starts the attempt', async () => {
  const { p, problems } = await open('/lms.html');
  const frame = p.frame({ url: /form-picker-quiz/ });
  await frame.waitForFunction(() => document.querySelector('cg-form-picker')?.shadowRoot?.textContent.trim());
  await p.waitForFunction(() => window.API.LMSGetValue('cmi.core.lesson_status') === 'incomplete');
  assert.equal(await frame.evaluate(() => document.querySelector('cg-form-picker').getAttribute('mode')), 'quiz');
  assert.equal(await p.evaluate(() => window.API.isInitialized()), true);
  // Leaving the page (pagehide) finishes the session.
  await frame.evaluate(() => { location.href = 'about:blank'; });
  await p.waitForFunction(() => window.API.isTerminated());
  assert.deepEqual(problems, []);
  await p.close();
});

test('embed.html: the widget and the alert panel inside frames pass axe', async () => {
  const { p } = await open('/host.html');
  const axe = readFileSync(resolve(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
  for (const [pattern, ready] of [
    [/mode=compare/, 'cg-tension-sliders'],
    [/mode=quiz/, '[role=alert]'],
  ]) {
    const frame = p.frame({ url: pattern });
    await frame.waitForFunction((sel) => {
      const el = document.querySelector(sel);
      return el && (!el.shadowRoot || el.shadowRoot.querySelector('input'));
    }, ready);
    await frame.evaluate(axe);
    const violations = await frame.evaluate(async () =>
      (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.length}`),
    );
    assert.deepEqual(violations, [], `axe in the frame ${pattern}`);
  }
  await p.close();
});

test('SCORM: answering the real form-picker quiz reports the score and status to the LMS, and resumes', async () => {
  const { defaultPack } = await import('../../dist/model.js');
  const quizCases = defaultPack.cases.filter((c) => c.governance);
  const { p, problems } = await open('/lms.html');
  const frame = p.frame({ url: /form-picker-quiz/ });
  await frame.waitForFunction(() => document.querySelector('cg-form-picker')?.shadowRoot?.querySelector('input[type=radio]'));
  const picker = frame.locator('cg-form-picker');
  // All right but the last, answered the way a student would: choose, then Check.
  for (const [i, c] of quizCases.entries()) {
    const form = i < quizCases.length - 1 ? c.governance.form : defaultPack.forms.find((f) => f.id !== c.governance.form).id;
    await picker.locator(`input[name="q-${c.id}"][value="${form}"]`).check();
    await picker.locator('li', { has: frame.locator(`input[name="q-${c.id}"]`) }).locator('button.check').click();
  }
  const expected = String(Math.round((100 * (quizCases.length - 1)) / quizCases.length));
  await p.waitForFunction((raw) => window.API.LMSGetValue('cmi.core.score.raw') === raw, expected);
  // 80 is the mastery score: with one wrong out of five (80%) the attempt passes.
  const status = await p.evaluate(() => window.API.LMSGetValue('cmi.core.lesson_status'));
  assert.equal(status, Number(expected) >= 80 ? 'passed' : 'failed');
  assert.equal(await p.evaluate(() => window.API.LMSGetValue('cmi.core.score.max')), '100');
  // The work is in suspend_data: the next launch (the LMS hands a new API the stored suspend data) shows it again,
  // even with the browser's own storage cleared.
  await p.waitForFunction(() => window.API.LMSGetValue('cmi.suspend_data').length > 0);
  const suspend = await p.evaluate(() => window.API.LMSGetValue('cmi.suspend_data'));
  assert.ok(suspend.length <= 4096);
  await frame.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
    location.href = 'about:blank';
  });
  await p.waitForFunction(() => window.API.isTerminated());
  await p.evaluate((data) => {
    window.API = new window.Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
    window.API.loadFromJSON({ student_data: { mastery_score: '80' }, core: { student_id: 'e2e', entry: 'resume' }, suspend_data: data }, '');
  }, suspend);
  await p.evaluate(() => {
    document.querySelector('iframe').src = '/scorm/form-picker-quiz/index.html';
  });
  const again = p.frameLocator('iframe').locator('cg-form-picker');
  await again.locator('.feedback').nth(quizCases.length - 1).waitFor();
  assert.equal(await again.locator('.feedback').count(), quizCases.length);
  assert.equal(await again.locator('.feedback.bad').count(), 1);
  assert.deepEqual(problems, []);
  await p.close();
});
