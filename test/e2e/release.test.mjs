// The release a lecturer downloads (scripts/release.mjs, after `npm run build`): the zip holds the built files,
// the SCORM zips, one self-contained page per default activity, the guide and the licence; each page works opened
// from disk (file://) with no request beyond itself, and served as a plain file at a Moodle File resource's address.
// `npm pack --dry-run` lists only what users need.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { chromiumOptions, serve } from '../../scripts/lib/static-server.mjs';
import { release, sources, version, STUDIO_FILES, WEB_FILES } from '../../scripts/release.mjs';

const root = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'collabgov-release-'));
const top = `collabgov-${version}`;
let entries;
let browser;
before(async () => {
  const { zip } = await release(out);
  entries = unzipSync(readFileSync(zip));
  // Unpacked as a lecturer's computer would have it.
  for (const [name, bytes] of Object.entries(entries)) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), bytes);
  }
  browser = await chromium.launch(chromiumOptions());
});
after(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

const ACTIVITIES = [
  'form-picker',
  'form-picker-quiz',
  'table-comparator',
  'table-comparator-sort',
  'table-comparator-case',
  'tension-sliders',
  ...['lsp', 'childrens-trusts', 'place-based-care', 'safeguarding-boards', 'city-governance'].map((c) => `tension-sliders-compare-${c}`),
];

test('the zip holds the web files as built, the SCORM zips, one page per activity, the guide and the licence', () => {
  const names = Object.keys(entries).map((n) => n.slice(top.length + 1));
  assert.ok(Object.keys(entries).every((n) => n.startsWith(`${top}/`)));
  for (const f of WEB_FILES) assert.deepEqual(Buffer.from(entries[`${top}/web/${f}`]), readFileSync(resolve(root, 'dist', f)), f);
  const scorm = readdirSync(resolve(root, 'dist/scorm')).sort();
  assert.ok(scorm.length >= 7);
  assert.deepEqual(names.filter((n) => n.startsWith('scorm/')).sort(), scorm.map((f) => `scorm/${f}`));
  assert.deepEqual(names.filter((n) => n.startsWith('activities/')).sort(), ACTIVITIES.map((a) => `activities/${a}.html`).sort());
  const plugin = existsSync(resolve(root, 'scripts/wordpress/package.mjs'));
  assert.equal(names.includes('wordpress/collabgov-wordpress.zip'), plugin);
  assert.equal(existsSync(join(out, 'collabgov-wordpress.zip')), plugin);
  assert.deepEqual(names.filter((n) => n.startsWith('studio/')).sort(), [...STUDIO_FILES].sort());
  for (const f of STUDIO_FILES) assert.deepEqual(Buffer.from(entries[`${top}/${f}`]), readFileSync(resolve(root, 'dist', f)), f);
  assert.deepEqual(names.filter((n) => !/^(web|scorm|activities|wordpress|studio)\//.test(n)).sort(), ['GUIDE.txt', 'LICENSE']);
  const guide = new TextDecoder().decode(entries[`${top}/GUIDE.txt`]);
  assert.match(guide, new RegExp(`collabgov ${version.replaceAll('.', '\\.')}`));
  for (const folder of ['studio/', 'activities/', 'scorm/', 'web/']) assert.ok(guide.includes(folder), folder);
  // Nothing for bundlers or developers.
  assert.ok(!names.some((n) => /model\.js|\.d\.ts|\.map$|test|stories/.test(n)));
});

/** Opens a page, collecting console errors and every request that is not the page itself or a data: URL. */
async function open(url) {
  const p = await browser.newPage();
  const problems = [];
  const requests = [];
  p.on('request', (r) => r.url() !== url && !r.url().startsWith('data:') && requests.push(r.url()));
  p.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  p.on('pageerror', (e) => problems.push(String(e)));
  await p.goto(url);
  return { p, problems, requests };
}

test('studio/index.html opened from the unpacked zip shows the studio and its preview, with no error and no request', async () => {
  const url = pathToFileURL(join(out, top, 'studio', 'index.html')).href;
  const { p, problems, requests } = await open(url);
  await p.frameLocator('#preview-frame').locator('cg-form-picker').getByText('Which governance form fits?').first().waitFor();
  assert.ok(await p.getByRole('button', { name: 'Download the SCORM package' }).count());
  assert.deepEqual(requests.filter((r) => !r.endsWith('/studio/studio.js') && !r.startsWith('about:')), []);
  assert.deepEqual(problems, []);
  await p.close();
});

for (const name of ACTIVITIES) {
  test(`activities/${name}.html opened from disk shows its widget, with no error and no request`, async () => {
    const url = pathToFileURL(join(out, top, 'activities', `${name}.html`)).href;
    const { p, problems, requests } = await open(url);
    const widget = p.locator('main div[data-collabgov] > *');
    await widget.locator('h2').first().waitFor();
    assert.ok((await widget.locator('input, button, select').count()) > 0);
    assert.equal(await widget.locator('[role=alert]').count(), 0);
    const [tag, mode] = await widget.evaluate((el) => [el.localName, el.getAttribute('mode')]);
    assert.ok(name.startsWith(tag.replace(/^cg-/, '')), tag);
    assert.ok(name === tag.replace(/^cg-/, '') || name.includes(`-${mode}`), `${name}: mode ${mode}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(requests, []);
    await p.close();
  });
}

test('an activity page served as a plain file at a Moodle File resource address saves and restores work', async () => {
  const body = readFileSync(join(out, top, 'activities', 'form-picker-quiz.html'));
  const path = '/pluginfile.php/27/mod_resource/content/1/form-picker-quiz.html';
  const { server, origin } = await serve(join(out, 'empty'), { [path]: { body } });
  try {
    const { p, problems, requests } = await open(origin + path);
    const quiz = p.locator('cg-form-picker');
    await quiz.locator('.quiz input[type=radio]').nth(2).check();
    await quiz.locator('button.check').first().click();
    await quiz.locator('.feedback').waitFor();
    await p.reload();
    await quiz.locator('.feedback').waitFor();
    assert.equal(await p.evaluate(() => Object.keys(document.querySelector('div[data-collabgov]').result.quiz).length), 1);
    assert.deepEqual(problems, []);
    assert.deepEqual(requests, []);
    await p.close();
  } finally {
    server.close();
  }
});

test('a page built with a lecturer pack checks it inside the file, from disk', async () => {
  const { standalonePage } = await sources();
  const html = standalonePage({
    widget: 'table-comparator',
    mode: 'sort',
    pack: { comparison: { title: 'Two logics, our way </script> <!--' } },
    script: readFileSync(resolve(root, 'dist/collabgov.iife.js'), 'utf8'),
    checks: readFileSync(resolve(root, 'dist/collabgov-checks.js'), 'utf8'),
  });
  const file = join(out, 'with-pack.html');
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const { p, problems, requests } = await open(url);
  const widget = p.locator('cg-table-comparator');
  await widget.getByText('Two logics, our way </script> <!--').first().waitFor();
  assert.equal(await widget.locator('[role=alert]').count(), 0);
  assert.deepEqual(problems, []);
  assert.deepEqual(requests, []);
  // A pack with a mistake shows the error panel naming it, still from the file alone.
  writeFileSync(file, html.replace('"title":"Two logics', '"title":7,"x":"'));
  await p.reload();
  assert.match(await widget.locator('[role=alert]').textContent(), /comparison\.title/);
  await p.close();
});

test('npm pack lists only what users need', () => {
  const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
  const paths = files.map((f) => f.path);
  const outside = paths.filter((f) => !f.startsWith('dist/') && !['package.json', 'README.md', 'LICENSE', 'custom-elements.json'].includes(f));
  assert.deepEqual(outside, []);
  for (const f of ['dist/collabgov.js', 'dist/collabgov.iife.js', 'dist/embed.html', 'dist/scorm/form-picker.zip', 'dist/types/index.d.ts', 'LICENSE', 'README.md', 'custom-elements.json']) {
    assert.ok(paths.includes(f), f);
  }
  assert.ok(!paths.some((f) => /(^|\/)(test|tests|stories|src|scripts|demo|release)\//.test(f)), 'no tests, stand-in, stories or sources');
});
