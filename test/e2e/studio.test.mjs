// The lecturer's studio, built (dist/studio/) and opened from disk as a lecturer would open it from the release
// zip: a case made through the forms alone, exported as a SCORM zip that runs under scorm-again and reports a
// score, and as one HTML page that works from file://; an imported broken pack; the draft across a reload, undo;
// the pack file round trip; axe, 320 px and the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { unzipSync } from 'fflate';
import { serve, chromiumOptions } from '../../scripts/lib/static-server.mjs';
import { root } from './harness.mjs';
import { checkScormZip } from './scorm-checks.mjs';

const STUDIO = pathToFileURL(resolve(root, 'dist/studio/index.html')).href;
const axeSource = readFileSync(resolve(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'cg-studio-'));
let browser;
before(async () => (browser = await chromium.launch(chromiumOptions())));
after(async () => browser?.close());

/** A fresh browser profile (empty storage) with the studio open; `problems` collects errors. */
async function studio({ width = 1280 } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const p = await context.newPage();
  const problems = [];
  p.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  p.on('pageerror', (e) => problems.push(String(e)));
  await p.goto(STUDIO);
  await p.locator('#preview-frame').waitFor();
  return { p, context, problems };
}

const cited = (p, legend) => p.locator('fieldset.cited', { has: p.locator(':scope > legend', { hasText: legend }) }).first();
async function writeCited(p, legend, text) {
  const f = cited(p, legend);
  await f.getByLabel('Text', { exact: true }).fill(text);
  await f.getByLabel('Add a source').selectOption({ index: 1 });
}

async function download(p, name) {
  const [file] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name }).click()]);
  const path = join(tmp, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** Builds a new case through the forms only, with a quiz answer, and sets up the quiz on it. */
async function buildCase(p) {
  await p.getByRole('button', { name: 'Add a case' }).click();
  await p.getByLabel('Name', { exact: true }).fill('Leeds health partnership');
  await p.getByLabel('Dates, as students read them').fill('2019 to 2023');
  await p.getByLabel('Origins').fill('A partnership of the council and the local NHS on health in the city.');
  await p.getByLabel('Members', { exact: true }).fill('Leeds City Council\nNHS Leeds');
  await p.getByLabel('Led by').fill('The council');
  await p.getByLabel('Status today').fill('Still meeting.');
  await writeCited(p, 'Comment: what the case shows', 'A local case the lecturer knows well.');
  const { defaultPack } = await import(pathToFileURL(resolve(root, 'dist/model.js')).href);
  for (const f of defaultPack.factors) await p.getByLabel(f.name, { exact: true }).selectOption(f.levels.at(-1).id);
  await p.getByRole('button', { name: 'Add a quiz question for this case' }).click();
  await p.getByLabel('Governance form', { exact: true }).selectOption('lead');
  await writeCited(p, 'Why this form', 'The council convenes and funds it.');
  await p.getByRole('combobox', { name: 'Mode' }).selectOption('quiz');
  await p.getByRole('combobox', { name: 'Case', exact: true }).selectOption('leeds-health-partnership');
  await p.waitForFunction(() => !document.querySelector('.problems'));
}

test('a lecturer builds a case in the forms; its SCORM zip passes the manifest checks, runs under scorm-again with that case and reports the score', async () => {
  const { p, context, problems } = await studio();
  await buildCase(p);
  // The preview shows the new case, as students will see it.
  const frame = p.frameLocator('#preview-frame');
  await frame.locator('cg-form-picker').getByText('Leeds health partnership').first().waitFor();
  const zipPath = await download(p, 'Download the SCORM package');
  const entries = unzipSync(readFileSync(zipPath));
  await checkScormZip(p, zipPath, entries, true);

  const routes = {
    '/lms.html': {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>LMS</title>
        <script src="/node_modules/scorm-again/dist/scorm-again.min.js"></script>
        <script>window.API = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
          API.loadFromJSON({ student_data: { mastery_score: '80' }, core: { student_id: 'e2e' } }, '');</script></head>
        <body><iframe title="activity" style="width:100%;height:700px" src="/pkg/index.html"></iframe></body></html>`,
    },
  };
  for (const [name, bytes] of Object.entries(entries)) {
    routes[`/pkg/${name}`] = { body: Buffer.from(bytes), type: name.endsWith('.js') ? 'text/javascript' : name.endsWith('.xml') ? 'application/xml' : 'text/html; charset=utf-8' };
  }
  const { server, origin } = await serve(root, routes);
  try {
    const lms = await context.newPage();
    lms.on('pageerror', (e) => problems.push(String(e)));
    await lms.goto(`${origin}/lms.html`);
    const pkg = lms.frame({ url: /\/pkg\/index\.html/ });
    await pkg.waitForFunction(() => document.querySelector('cg-form-picker')?.shadowRoot?.querySelector('input[type=radio]'));
    const picker = pkg.locator('cg-form-picker');
    // Only the lecturer's case is asked, by its name.
    assert.equal(await picker.locator('input[type=radio][name^="q-"]').evaluateAll((els) => [...new Set(els.map((e) => e.name))]).then((n) => n.join()), 'q-leeds-health-partnership');
    await picker.getByText('Leeds health partnership').first().waitFor();
    await picker.locator('input[name="q-leeds-health-partnership"][value="lead"]').check();
    await picker.locator('button.check').first().click();
    await lms.waitForFunction(() => window.API.LMSGetValue('cmi.core.score.raw') === '100');
    assert.equal(await lms.evaluate(() => window.API.LMSGetValue('cmi.core.lesson_status')), 'passed');
  } finally {
    server.close();
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the single HTML file works opened from disk, with the lecturer\'s case, and asks for nothing else', async () => {
  const { p, context, problems } = await studio();
  await buildCase(p);
  const htmlPath = await download(p, 'Download the web page');
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(pathToFileURL(htmlPath).href);
  const picker = page.locator('cg-form-picker');
  await picker.getByText('Leeds health partnership').first().waitFor();
  await picker.locator('input[name="q-leeds-health-partnership"][value="lead"]').check();
  await picker.locator('button.check').first().click();
  await picker.getByText(/1 of 1|100/).first().waitFor();
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an imported broken pack: a JSON syntax error with its line, column and line; content problems named by item, inline at the field', async () => {
  const { p, context } = await studio();
  await p.locator('#import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "cases": [\n    { "id": "a" "name": "b" }\n  ]\n}') });
  const alert = p.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /broken\.json could not be imported/);
  assert.match(text, /line 3, column 17/);
  assert.match(text, /\{ "id": "a" "name": "b" \}/);

  const { defaultPack } = await import(pathToFileURL(resolve(root, 'dist/model.js')).href);
  const bad = { ...structuredClone(defaultPack.cases[0]), id: 'leeds', name: 'Leeds health partnership', factors: { trust: 'very-high' } };
  await p.locator('#import').setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ cases: [bad] })) });
  const list = p.locator('.problems');
  await list.waitFor();
  assert.match(await list.innerText(), /the case 'Leeds health partnership': trust level: is "very-high", which is not a level of the factor 'Trust'/);
  await list.getByRole('link').first().click();
  const field = p.getByLabel('Trust', { exact: true });
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  const describedBy = await field.getAttribute('aria-describedby');
  assert.match(await p.locator(`#${describedBy.split(' ').at(-1)}`).innerText(), /"very-high"/);
  // The preview speaks to the lecturer; the exports wait for the fix.
  await p.frameLocator('#preview-frame').locator('cg-form-picker').getByText('cannot start until its content is fixed').waitFor();
  assert.match(await p.locator('#export').innerText(), /Fix the problem listed under Content first/);
  // Fixed in the form, the problem goes.
  await field.selectOption({ index: 2 });
  await p.waitForFunction(() => !document.querySelector('.problems'));
  await context.close();
});

test('the draft survives a reload, undo and redo work, and the pack file imports back unchanged', async () => {
  const { p, context } = await studio();
  await p.getByRole('button', { name: 'Add a case' }).click();
  await p.getByLabel('Name', { exact: true }).fill('Riverside food network');
  await p.getByLabel('Origins').fill('A food bank network.');
  await p.waitForTimeout(400);
  await p.reload();
  await p.locator('.items .item', { hasText: 'Riverside food network' }).waitFor();
  await p.locator('.items .item', { hasText: 'Riverside food network' }).click();
  assert.equal(await p.getByLabel('Origins').inputValue(), 'A food bank network.');
  await p.getByLabel('Origins').fill('Changed.');
  await p.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await p.getByLabel('Origins').inputValue(), 'A food bank network.');
  await p.getByRole('button', { name: 'Redo' }).click();
  assert.equal(await p.getByLabel('Origins').inputValue(), 'Changed.');

  // A teaching text that is one object rather than a list: the sliders' overall reading.
  await p.getByLabel('What to edit').selectOption('readings');
  await cited(p, 'Every placed tension is managed').getByLabel('Text', { exact: true }).fill('Each tension you placed is worked with.');
  const packPath = await download(p, 'Download the pack file');
  const exported = readFileSync(packPath, 'utf8');
  assert.equal(JSON.parse(exported).cases[0].name, 'Riverside food network');
  assert.equal(JSON.parse(exported).readings.managed.text, 'Each tension you placed is worked with.');
  assert.ok(JSON.parse(exported).readings.managed.cite.length > 0, 'the reading keeps its sources');
  // Into a fresh studio, and out again: the same file.
  const second = await studio();
  await second.p.locator('#import').setInputFiles(packPath);
  await second.p.locator('.items .item', { hasText: 'Riverside food network' }).waitFor();
  const again = readFileSync(await download(second.p, 'Download the pack file'), 'utf8');
  assert.equal(again, exported);
  await second.context.close();
  await context.close();
});

test('only the cases that suit a mode are offered, and a mode that needs a case always has one; every declared attribute has a control', async () => {
  const { p, context } = await studio();
  const { defaultPack } = await import(pathToFileURL(resolve(root, 'dist/model.js')).href);
  const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
  const attrs = (tag) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag).attributes.map((a) => a.name);
  const cases = () => p.locator('#case option').evaluateAll((os) => os.map((o) => o.value));
  await p.getByRole('combobox', { name: 'Mode' }).selectOption('quiz');
  assert.deepEqual(await cases(), ['', ...defaultPack.cases.filter((c) => c.governance).map((c) => c.id)]);
  await p.getByRole('combobox', { name: 'Activity', exact: true }).selectOption('tension-sliders');
  await p.getByRole('combobox', { name: 'Mode' }).selectOption('compare');
  const withPositions = defaultPack.cases.filter((c) => c.tensions).map((c) => c.id);
  assert.deepEqual(await cases(), withPositions, 'compare: no "no case" choice');
  assert.equal(await p.locator('#case').inputValue(), withPositions[0]);
  await p.locator('details.advanced > summary').click();
  for (const a of attrs('cg-tension-sliders').filter((a) => !['mode', 'case', 'src'].includes(a))) {
    assert.ok(await p.locator(a === 'tensions' ? 'fieldset:has(legend:text("Tensions shown"))' : `#attr-${a}`).count(), `a control for ${a}`);
  }
  await p.getByRole('combobox', { name: 'Activity', exact: true }).selectOption('table-comparator');
  await p.getByRole('combobox', { name: 'Mode' }).selectOption('sort');
  for (const a of ['feedback', 'sort-by', 'grading', 'attempts']) assert.ok(await p.locator(`#attr-${a}`).count(), a);
  await p.locator('#attr-feedback').selectOption('check');
  // The state key changes with the case and the content, and the snippets carry it.
  const snippet = await p.locator('#code-script').inputValue();
  assert.match(snippet, /data-collabgov="table-comparator" data-mode="sort" data-feedback="check" data-state-key="table-comparator-sort-[a-z0-9]{8}"/);
  await context.close();
});

for (const width of [1280, 320]) {
  test(`the studio is axe clean and fits ${width} px`, async () => {
    const { p, context, problems } = await studio({ width });
    await p.getByRole('button', { name: 'Add a case' }).click();
    await p.locator('.problems').waitFor();
    await p.evaluate(axeSource);
    const violations = await p.evaluate(async () =>
      (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
    );
    assert.deepEqual(violations, []);
    assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the studio works by keyboard: add a case, name it, and reach the exports', async () => {
  const { p, context } = await studio();
  await p.getByRole('button', { name: 'Add a case' }).focus();
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => document.activeElement?.id === 'editor-title');
  await p.keyboard.press('Tab');
  await p.keyboard.type('Keyboard case');
  await p.locator('.items .item', { hasText: 'Keyboard case' }).waitFor();
  // Every control is reachable with Tab, and focus stays visible (outline on :focus-visible).
  const seen = new Set();
  for (let i = 0; i < 400 && !seen.has('code-iframe'); i++) {
    await p.keyboard.press('Tab');
    const id = await p.evaluate(() => {
      const el = document.activeElement;
      // Inside the preview the widget shows its own focus, and the frame's box a ring (:focus-within).
      const box = el?.localName === 'iframe' ? el.parentElement : el;
      return box && getComputedStyle(box).outlineStyle !== 'none' ? el.id || el.textContent.trim().slice(0, 30) : `NO OUTLINE ${el?.outerHTML.slice(0, 80)}`;
    });
    assert.doesNotMatch(id, /^NO OUTLINE/);
    seen.add(id);
  }
  assert.ok(seen.has('code-iframe'), 'the iframe code is reached by Tab');
  await context.close();
});

test('a case made in the forms is used by every widget: its table positions in case mode, its tension positions in compare', async () => {
  const { p, context, problems } = await studio();
  await buildCase(p);
  const { defaultPack } = await import(pathToFileURL(resolve(root, 'dist/model.js')).href);
  const row = defaultPack.comparison.rows[0];
  const tension = defaultPack.tensions[0];
  await p.getByLabel(`Position on “${row.name}”`, { exact: true }).selectOption('-60');
  await p.getByLabel(`Position on “${tension.name}”`, { exact: true }).selectOption('40');
  await p.getByRole('combobox', { name: 'Activity', exact: true }).selectOption('table-comparator');
  await p.getByRole('combobox', { name: 'Mode' }).selectOption('case');
  await p.getByRole('combobox', { name: 'Case', exact: true }).selectOption('leeds-health-partnership');
  await p.frameLocator('#preview-frame').locator('cg-table-comparator').getByText('Leeds health partnership').first().waitFor();
  await p.getByRole('combobox', { name: 'Activity', exact: true }).selectOption('tension-sliders');
  await p.getByRole('combobox', { name: 'Mode' }).selectOption('compare');
  const offered = await p.locator('#case option').evaluateAll((os) => os.map((o) => o.value));
  assert.ok(offered.includes('leeds-health-partnership'), offered.join());
  await p.getByRole('combobox', { name: 'Case', exact: true }).selectOption('leeds-health-partnership');
  const snippet = await p.locator('#code-script').inputValue();
  assert.match(snippet, /data-collabgov="tension-sliders" data-mode="compare" data-case="leeds-health-partnership" data-state-key="tension-sliders-compare-leeds-health-partnership-[a-z0-9]{8}"><script type="application\/json">/);
  const inline = JSON.parse(snippet.match(/<script type="application\/json">(.*)<\/script><\/div>$/s)[1]);
  assert.equal(inline.cases[0].tensions[tension.id], 40);
  assert.equal(inline.cases[0].comparison[row.id], -60);
  await p.frameLocator('#preview-frame').locator('cg-tension-sliders').getByText(tension.name).first().waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the iframe snippet, with the pack file uploaded beside embed.html under the name the studio gives, shows the lecturer\'s case', async () => {
  const { p, context, problems } = await studio();
  await buildCase(p);
  const packPath = await download(p, 'Download the pack file');
  const name = packPath.split('/').at(-1);
  const routes = {};
  const { server, origin } = await serve(root, routes);
  try {
    await p.getByLabel('Address of the files of web/ on your web server').fill(`${origin}/dist/`);
    const snippet = await p.locator('#code-iframe').inputValue();
    assert.match(snippet, new RegExp(`src=${name.replace('.', '\\.')}`));
    assert.ok(snippet.includes(`${origin}/dist/embed-resizer.js`));
    routes[`/dist/${name}`] = { body: readFileSync(packPath), type: 'application/json' };
    routes['/course.html'] = { body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>course</title></head><body>${snippet}</body></html>` };
    const course = await context.newPage();
    course.on('pageerror', (e) => problems.push(String(e)));
    await course.goto(`${origin}/course.html`);
    const frame = course.frameLocator('iframe');
    await frame.locator('cg-form-picker').getByText('Leeds health partnership').first().waitFor();
  } finally {
    server.close();
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the studio speaks English, Japanese and Welsh: chosen in its header, kept for the next visit, or asked for with ?ui=', async () => {
  const { p, context, problems } = await studio();
  const heading = () => p.locator('h1').first().textContent();
  assert.equal(await heading(), 'collabgov studio');
  const choice = p.getByLabel('Language · Iaith · 言語');
  // Each language is offered in its own name.
  assert.deepEqual(await choice.locator('option').evaluateAll((os) => os.map((o) => o.value)), ['en', 'ja', 'cy']);
  await choice.selectOption('ja');
  assert.equal(await heading(), 'collabgov スタジオ');
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'ja');
  assert.ok(await p.getByRole('button', { name: 'Add a case' }).count() === 0, 'no English button left after switching');
  // The next visit in the same browser starts in Japanese.
  await p.reload();
  await p.locator('#preview-frame').waitFor();
  assert.equal(await heading(), 'collabgov スタジオ');
  // ?ui= wins over the kept choice.
  await p.goto(`${STUDIO}?ui=cy`);
  await p.locator('#preview-frame').waitFor();
  assert.equal(await heading(), 'stiwdio collabgov');
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'cy');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the studio in Japanese or Welsh explains a pack’s problems in its own language', async () => {
  const { p, context } = await studio();
  const { defaultPack } = await import(pathToFileURL(resolve(root, 'dist/model.js')).href);
  const bad = { ...structuredClone(defaultPack.cases[0]), id: 'leeds', name: 'Leeds health partnership', factors: { trust: 'very-high' } };
  const file = { name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ cases: [bad] })) };
  for (const [ui, said] of [
    ['ja', /事例「Leeds health partnership」.*"very-high" ですが、これは要因「Trust」の水準ではありません/s],
    ['cy', /yn "very-high", nad yw’n un o lefelau’r ffactor ‘Trust’/],
  ]) {
    await p.goto(`${STUDIO}?ui=${ui}`);
    await p.locator('#preview-frame').waitFor();
    await p.locator('#import').setInputFiles(file);
    const list = p.locator('.problems');
    await list.waitFor();
    const text = await list.innerText();
    assert.match(text, said);
    assert.doesNotMatch(text, /which is not a level/);
  }
  await context.close();
});
