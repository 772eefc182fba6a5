// Screenshots that keep the look honest: every mode of every widget at 390 and 1,280 px, on a light and on a dark
// host page, plus the pressed and primary buttons under forced colours, compared with the committed references in
// test/visual/references/ (pixelmatch, small tolerance). Runs on the built files (`npm run build` first).
//
//   npm run test:visual               compare; on a difference, writes actual and diff images to test/visual/failures/
//   npm run test:visual -- --update   rewrite every reference from what renders now
//
// Deterministic: Debian's Chromium, a fixed viewport and device scale factor 1, reduced motion, animations and the
// caret off, the mouse away from the page. The fonts are the machine's (CI installs the same Debian packages).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { serve, chromiumOptions } from '../../scripts/lib/static-server.mjs';
import { MODES, SCHEMES, WIDTHS, visualRoutes, widgetReady } from '../../scripts/lib/visual-pages.mjs';

const root = resolve(import.meta.dirname, '../..');
const refs = resolve(import.meta.dirname, 'references');
const failures = resolve(import.meta.dirname, 'failures');
const UPDATE = process.argv.includes('--update');
/** Per-channel threshold for one pixel (pixelmatch's 0..1) and the share of pixels that may differ. */
const THRESHOLD = 0.1;
/** The logic of the statement placed (not checked) on the more-buttons page: its button is pressed. */
let pressedLogic = '';
const MAX_DIFF_SHARE = 0.0002;

let browser, server, origin;
before(async () => {
  if (!existsSync(resolve(root, 'dist/collabgov.js'))) throw new Error('dist/collabgov.js is missing: run `npm run build` first');
  const { defaultPack } = await import('../../dist/model.js');
  const quizCases = defaultPack.cases.filter((c) => c.governance);
  const st = defaultPack.comparison.statements[0];
  pressedLogic = defaultPack.comparison.logics.find((l) => l.id === st.logic).name;
  ({ server, origin } = await serve(root, visualRoutes({ quizCases, statement: defaultPack.comparison.statements[0] })));
  browser = await chromium.launch(chromiumOptions());
  rmSync(failures, { recursive: true, force: true });
  mkdirSync(refs, { recursive: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function open(path, width, { forcedColors = 'none' } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light', forcedColors });
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(origin + path);
  return { page, problems };
}

/** Compares a screenshot with its reference (or writes the reference with --update). */
function compare(name, png) {
  const file = resolve(refs, `${name}.png`);
  if (UPDATE || !existsSync(file)) {
    assert.ok(UPDATE, `no reference for ${name}: run \`npm run test:visual -- --update\` and commit test/visual/references/`);
    writeFileSync(file, png);
    return;
  }
  const actual = PNG.sync.read(png);
  const expected = PNG.sync.read(readFileSync(file));
  const fail = (why, diff) => {
    mkdirSync(failures, { recursive: true });
    writeFileSync(resolve(failures, `${name}.actual.png`), png);
    if (diff) writeFileSync(resolve(failures, `${name}.diff.png`), PNG.sync.write(diff));
    assert.fail(`${name}: ${why}. Actual${diff ? ' and diff' : ''} in ${failures}/; if the change is meant, run \`npm run test:visual -- --update\``);
  };
  if (actual.width !== expected.width || actual.height !== expected.height) {
    fail(`size ${actual.width}x${actual.height}, reference ${expected.width}x${expected.height}`);
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const changed = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: THRESHOLD });
  const share = changed / (actual.width * actual.height);
  if (share > MAX_DIFF_SHARE) fail(`${changed} pixels differ (${(share * 100).toFixed(2)}%, allowed ${MAX_DIFF_SHARE * 100}%)`, diff);
}

for (const m of MODES) {
  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      const name = `${m.name}-${width}-${scheme}`;
      test(`screenshot ${name}`, async () => {
        const { page, problems } = await open(`/visual/${m.name}/${scheme}.html`, width);
        await widgetReady(page, m.tag);
        assert.equal(await page.evaluate((t) => !!document.querySelector(t).shadowRoot.querySelector('[role=alert]'), m.tag), false, 'no error panel');
        compare(name, await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' }));
        assert.deepEqual(problems, []);
        await page.close();
      });
    }
  }
}

// Relative luminance and contrast of 8-bit RGB.
const lum = (r, g, b) => [r, g, b].map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
const contrast = (a, b) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** The most common colour among some pixels of an image, and its luminance. */
function mode(img, indices) {
  const counts = new Map();
  for (const i of indices) {
    const key = (img.data[i] << 16) | (img.data[i + 1] << 8) | img.data[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = [...counts].sort((x, y) => y[1] - x[1])[0][0];
  return lum(top >> 16, (top >> 8) & 255, top & 255);
}

/**
 * Whether a button's label can be seen in `shot`: the label's glyph pixels are found by comparing two renders
 * without forced colours (`withText`, and `withoutText` with the label transparent); then, in `shot`, the glyphs'
 * commonest colour must stand out at 3:1 from the commonest colour around them (inside the label's box). An empty
 * box (the text in HighlightText on a HighlightText-coloured backplate) gives about 1:1.
 */
function labelContrast(withText, withoutText, shot) {
  const [a, b, c] = [withText, withoutText, shot].map((png) => PNG.sync.read(png));
  assert.equal(c.width, a.width, 'same layout with and without forced colours');
  const glyphs = [];
  let [x0, y0, x1, y1] = [a.width, a.height, 0, 0];
  for (let y = 0; y < a.height; y++)
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4;
      if (contrast(lum(a.data[i], a.data[i + 1], a.data[i + 2]), lum(b.data[i], b.data[i + 1], b.data[i + 2])) < 3) continue;
      glyphs.push(i);
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
  assert.ok(glyphs.length > 30, `the label has glyphs (${glyphs.length} pixels)`);
  const glyphSet = new Set(glyphs);
  const around = [];
  for (let y = y0; y <= y1; y++)
    for (let x = x0; x <= x1; x++) {
      const i = (y * a.width + x) * 4;
      if (!glyphSet.has(i) && a.data[i] === b.data[i] && a.data[i + 1] === b.data[i + 1] && a.data[i + 2] === b.data[i + 2]) around.push(i);
    }
  return contrast(mode(c, glyphs), mode(c, around));
}
test('forced colours: the text of every pressed and primary button is visible', async () => {
  const { page, problems } = await open('/visual/buttons.html', 1280);
  for (const tag of ['cg-table-comparator', 'cg-tension-sliders']) await widgetReady(page, tag);
  const buttons = page.locator("button[aria-pressed='true']:visible, button.primary:visible");
  const count = await buttons.count();
  assert.ok(count >= 4, `pressed and primary buttons on the page (${count})`);
  const shots = [];
  for (let i = 0; i < count; i++) {
    const b = buttons.nth(i);
    await b.scrollIntoViewIfNeeded();
    const withText = await b.screenshot({ animations: 'disabled', caret: 'hide' });
    await b.evaluate((el) => el.style.setProperty('color', 'transparent', 'important'));
    const withoutText = await b.screenshot({ animations: 'disabled', caret: 'hide' });
    await b.evaluate((el) => el.style.removeProperty('color'));
    shots.push({ label: (await b.innerText()).trim().split('\n')[0], withText, withoutText });
  }
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light', forcedColors: 'active' });
  for (const [i, s] of shots.entries()) {
    const b = buttons.nth(i);
    await b.scrollIntoViewIfNeeded();
    const ratio = labelContrast(s.withText, s.withoutText, await b.screenshot({ animations: 'disabled', caret: 'hide' }));
    assert.ok(ratio >= 3, `"${s.label}" shows its text under forced colours (label ${ratio.toFixed(2)}:1 against its face)`);
  }
  const labels = shots.map((s) => s.label);
  assert.ok(['Check', 'Download', 'Highlight', 'One row', 'Compare'].every((l) => labels.some((x) => x.startsWith(l))), labels.join(', '));
  await page.evaluate(() => scrollTo(0, 0));
  compare('buttons-forced-colors-1280', await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' }));
  assert.deepEqual(problems, []);
  await page.close();
});

/** Takes each button's two plain renders (label and no label), then its render under forced colours; returns the labels' contrast. */
async function forcedLabels(page, buttons) {
  const count = await buttons.count();
  const shots = [];
  for (let i = 0; i < count; i++) {
    const b = buttons.nth(i);
    await b.scrollIntoViewIfNeeded();
    const withText = await b.screenshot({ animations: 'disabled', caret: 'hide' });
    await b.evaluate((el) => el.style.setProperty('color', 'transparent', 'important'));
    const withoutText = await b.screenshot({ animations: 'disabled', caret: 'hide' });
    await b.evaluate((el) => el.style.removeProperty('color'));
    shots.push({ label: (await b.innerText()).trim().split('\n')[0], withText, withoutText });
  }
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light', forcedColors: 'active' });
  const out = [];
  for (const [i, s] of shots.entries()) {
    const b = buttons.nth(i);
    await b.scrollIntoViewIfNeeded();
    const shot = await b.screenshot({ animations: 'disabled', caret: 'hide' });
    try {
      out.push({ label: s.label, ratio: labelContrast(s.withText, s.withoutText, shot) });
    } catch (e) {
      throw new Error(`"${s.label}": ${e.message}`);
    }
  }
  return out;
}

test('forced colours: the quiz Check, a chosen logic and "Yes, start attempt" show their text', async () => {
  const { page, problems } = await open('/visual/buttons-more.html', 1280);
  for (const tag of ['cg-form-picker', 'cg-table-comparator']) await widgetReady(page, tag);
  // The finished quiz: Try again asks first, with its primary "Yes, start attempt 2".
  await page.locator('#done').locator('button.retry').click();
  await page.locator('#done').locator('button.retry-yes').waitFor();
  // Enabled ones (a disabled button need not meet contrast; the unanswered cases' Check buttons are disabled).
  const found = await forcedLabels(page, page.locator("button[aria-pressed='true']:visible:not(:disabled), button.primary:visible:not(:disabled)"));
  const labels = found.map((f) => f.label);
  for (const want of ['Check', 'Yes, start attempt', pressedLogic]) assert.ok(labels.some((l) => l.startsWith(want)), `${want} among ${labels.join(', ')}`);
  for (const f of found) assert.ok(f.ratio >= 3, `"${f.label}" shows its text under forced colours (label ${f.ratio.toFixed(2)}:1 against its face)`);
  assert.deepEqual(problems, []);
  await page.close();
});
