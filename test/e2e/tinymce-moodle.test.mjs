// Moodle Page and Label, through the real editor: TinyMCE 7.3 from npm (Moodle 4.5 ships 7.3), configured with the
// option values Moodle 4.5's editor_tiny sets that decide what survives a save (lib/editor/tiny/amd/src/editor.js):
// the values only, written here. A lecturer pastes a snippet in the editor's source view, the editor saves
// (getContent, as Moodle does when the form is submitted), then a page shows the saved HTML as Moodle's Page
// resource shows a teacher's content (uncleaned), at /mod/page/view.php, with collabgov's files on another server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { harness, root } from './harness.mjs';
import { serve } from '../../scripts/lib/static-server.mjs';

/** What Moodle 4.5 sets (editor.js getStandardConfig) that bears on which markup survives. */
const MOODLE_45 = {
  extended_valid_elements: 'script[*],p[*],i[*]',
  xss_sanitization: false,
  convert_urls: false,
  entity_encoding: 'raw',
  a11y_advanced_options: true,
  // Moodle turns off TinyMCE 7's default of sandboxing every iframe (sandbox="" would stop the activity's script).
  sandbox_iframes: false,
  // Moodle 4.5 sets no valid_children, valid_elements or custom_elements: TinyMCE's HTML5 schema applies.
};

const moodlePage = (body) => `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Course: Page</title></head><body id="page-mod-page-view"><div id="page" class="container-fluid"><div role="main">
<div class="box py-3 generalbox center clearfix">${body}</div></div></div></body></html>`;

const editorPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Editing Page</title>
<script src="/node_modules/tinymce/tinymce.min.js"></script></head><body>
<form><label for="id_page">Page content</label><textarea id="id_page" name="page[text]" rows="20" cols="80"></textarea></form>
<script>
tinymce.init(Object.assign(${JSON.stringify(MOODLE_45)}, {
  target: document.getElementById('id_page'), license_key: 'gpl', promotion: false, menubar: false,
  plugins: ['code', 'lists', 'link', 'table', 'directionality'], toolbar: 'code',
})).then(([ed]) => { window.editorReady = !!ed; });
</script></body></html>`;

const routes = { '/course/modedit.php': { body: editorPage } };
const h = harness(routes);
// collabgov's files on another server (another origin), as a university web server or a CDN would serve them.
const files = {};
before(async () => {
  ({ server: files.plain, origin: files.origin } = await serve(resolve(root, 'dist')));
  ({ server: files.cdn, origin: files.cdnOrigin } = await serve(resolve(root, 'dist'), {}, { headers: { 'access-control-allow-origin': '*' } }));
});
after(() => {
  files.plain?.close();
  files.cdn?.close();
});

/** The lecturer opens the Page's editor, pastes `snippet` in the source view and saves: what Moodle stores. */
async function saveThroughEditor(snippet, { editorProblems = false } = {}) {
  const { p, problems } = await h.open('/course/modedit.php');
  await p.waitForFunction(() => window.editorReady === true);
  await p.locator('button[aria-label="Source code"]').click();
  const source = p.locator('.tox-dialog textarea');
  await source.fill(snippet);
  await p.locator('.tox-dialog button', { hasText: 'Save' }).click();
  await p.locator('.tox-dialog').waitFor({ state: 'detached' });
  const saved = await p.evaluate(() => {
    tinymce.activeEditor.save();
    return document.getElementById('id_page').value;
  });
  await p.close();
  if (process.env.SHOW_SAVED) console.log(saved, problems);
  if (!editorProblems) assert.deepEqual(problems, []);
  return saved;
}

/** Shows `saved` as the Page at /mod/page/view.php?id=N. */
function publish(saved, id) {
  routes['/mod/page/view.php'] = { body: moodlePage(saved) };
  return `/mod/page/view.php?id=${id}`;
}

const quizIn = (p) => p.locator('div[data-collabgov] cg-form-picker');

test('the div snippet survives the editor and runs on the Page; the answer survives a reload', async () => {
  const snippet = `<script src="${files.origin}/collabgov.iife.js"></script>
<div data-collabgov="form-picker" data-mode="quiz" data-case="lsp" data-state-key="week3-quiz"></div>`;
  const saved = await saveThroughEditor(snippet);
  assert.match(saved, new RegExp(`<script src="${files.origin}/collabgov\\.iife\\.js"></script>`));
  assert.match(saved, /<div data-collabgov="form-picker" data-mode="quiz" data-case="lsp" data-state-key="week3-quiz">/);

  const { p, problems } = await h.open(publish(saved, 1));
  const quiz = quizIn(p);
  await quiz.locator('.quiz input[type=radio]').first().waitFor();
  assert.equal(await quiz.locator('.quiz > li').count(), 1);
  await quiz.locator('.quiz input[type=radio]').nth(1).check();
  await quiz.locator('button.check').click();
  await quiz.locator('.feedback').waitFor();
  const answer = await p.evaluate(() => document.querySelector('div[data-collabgov]').result.quiz);
  assert.equal(Object.keys(answer).length, 1);

  await p.reload();
  await quiz.locator('.feedback').waitFor();
  assert.deepEqual(await p.evaluate(() => document.querySelector('div[data-collabgov]').result.quiz), answer);
  assert.deepEqual(problems, []);
  await p.close();
});

test('the custom element is dropped by the editor on save, so nothing shows', async () => {
  const saved = await saveThroughEditor(`<script src="${files.origin}/collabgov.iife.js"></script>
<cg-form-picker mode="quiz" case="lsp" state-key="week3-quiz"></cg-form-picker>`);
  assert.match(saved, /<script src="[^"]+collabgov\.iife\.js"><\/script>/);
  assert.doesNotMatch(saved, /cg-form-picker/);
  const { p } = await h.open(publish(saved, 2));
  await p.waitForFunction(() => customElements.get('cg-form-picker'));
  assert.equal(await p.locator('cg-form-picker').count(), 0);
  await p.close();
});

test('a relative src on the Page resolves under /mod/page/ (no course files area), so the widget never loads', async () => {
  const saved = await saveThroughEditor('<script src="collabgov.iife.js"></script>\n<div data-collabgov="form-picker"></div>');
  const { p, requests } = await h.open(publish(saved, 3));
  await p.waitForLoadState('load');
  assert.ok(requests.includes('/mod/page/collabgov.iife.js'), requests.join(' '));
  assert.equal(await p.locator('cg-form-picker').count(), 0);
  await p.close();
});

test('the module script from another server needs that server to allow it (a CDN does); then it runs too', async () => {
  const div = '<div data-collabgov="tension-sliders" data-state-key="w4"></div>';
  for (const [origin, runs] of [
    [files.cdnOrigin, true],
    [files.origin, false],
  ]) {
    const saved = await saveThroughEditor(`<script type="module" src="${origin}/collabgov.js"></script>\n${div}`);
    assert.match(saved, /<script type="module" src="[^"]+\/collabgov\.js"><\/script>/);
    const { p } = await h.open(publish(saved, 4));
    await p.waitForLoadState('load');
    if (runs) await p.locator('cg-tension-sliders input[type=range]').first().waitFor();
    else assert.equal(await p.evaluate(() => !!customElements.get('cg-tension-sliders')), false);
    await p.close();
  }
});

test('an inline pack inside the div survives the editor, and the widget shows it', async () => {
  const riverside = { id: 'riverside', name: 'Riverside food partnership', kind: 'initiative', era: 'npg', dates: '2021 onwards', start: 2021 };
  const about = { origins: 'Set up by the council and two food banks.', members: ['City council', 'Two food banks'], lead: 'Shared', status: 'Ongoing' };
  const pack = { cases: [{ ...riverside, ...about, comment: { text: 'A small partnership that governs itself.', cite: ['provan-kenis-2008'] } }] };
  const div = `<div data-collabgov="table-comparator" data-mode="case" data-case="riverside" data-state-key="w5"><script type="application/json">${JSON.stringify(pack)}</script></div>`;
  // The checker for a pack loads from beside the script: the module form, from a server that allows it (a CDN does).
  const saved = await saveThroughEditor(`<script type="module" src="${files.cdnOrigin}/collabgov.js"></script>\n${div}`);
  assert.match(saved, /<div data-collabgov="table-comparator"[^>]*>\s*<script type="application\/json">\{"cases":\[\{"id":"riverside"/);
  const { p, problems } = await h.open(publish(saved, 5));
  const el = p.locator('div[data-collabgov] cg-table-comparator');
  await el.getByText('Riverside food partnership').first().waitFor();
  assert.equal(await el.locator('[role=alert]').count(), 0);
  assert.deepEqual(problems, []);
  await p.close();

  // The classic script from another server cannot load the checker (its base URL is about:blank): the widget says so.
  const classic = await saveThroughEditor(`<script src="${files.cdnOrigin}/collabgov.iife.js"></script>\n${div}`);
  const { p: p2 } = await h.open(publish(classic, 5));
  const alert = p2.locator('div[data-collabgov] cg-table-comparator [role=alert]');
  assert.match(await alert.textContent(), /content checker could not be loaded/);
  await p2.close();
});

test('the iframe snippet with its resizer survives, the frame wrapped in <p> and not sandboxed, and the activity runs', async () => {
  const snippet = `<iframe src="${files.origin}/embed.html?widget=form-picker&amp;mode=quiz&amp;case=lsp" title="Which governance form fits?" style="width:100%;height:700px;border:0"></iframe>
<script src="${files.origin}/embed-resizer.js"></script>`;
  const saved = await saveThroughEditor(snippet);
  const iframe = /<p><iframe [^>]*><\/iframe><\/p>/.exec(saved)?.[0];
  assert.ok(iframe, saved);
  assert.match(iframe, /src="[^"]+\/embed\.html\?widget=form-picker&amp;mode=quiz&amp;case=lsp"/);
  assert.match(iframe, /title="Which governance form fits\?"/);
  assert.doesNotMatch(iframe, /sandbox/);
  assert.match(saved, /<script src="[^"]+\/embed-resizer\.js"><\/script>/);

  const { p, problems } = await h.open(publish(saved, 6));
  const frame = p.frameLocator('iframe');
  await frame.locator('cg-form-picker').locator('input, button').first().waitFor();
  // The resizer (kept by the editor) fits the frame to the activity instead of the snippet's 700 px.
  await p.waitForFunction(() => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - 700) > 1);
  assert.deepEqual(problems, []);
  await p.close();
});
