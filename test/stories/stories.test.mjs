// Every Storybook story renders what it names, with no console error, and passes axe: what a designer opens must
// work. Runs on the built Storybook (after `npm run build-storybook`), in the system Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve, chromiumOptions } from '../../scripts/lib/static-server.mjs';

const root = resolve(import.meta.dirname, '../..');
const staticDir = resolve(root, 'storybook-static');
const index = JSON.parse(readFileSync(resolve(staticDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const axe = readFileSync(resolve(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

let browser, server, origin;
before(async () => {
  ({ server, origin } = await serve(staticDir));
  browser = await chromium.launch(chromiumOptions());
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('Storybook has a story per state per widget, in both themes', () => {
  for (const title of ['Widgets/FormPicker', 'Widgets/TableComparator', 'Widgets/TensionSliders']) {
    const names = stories.filter((s) => s.title === title).map((s) => s.name);
    for (const state of ['Loading', 'Invalid Pack', 'Empty', 'Partly Done', 'Finished']) {
      const light = names.filter((n) => n.includes(state) && !n.endsWith(' Dark'));
      const dark = names.filter((n) => n.includes(state) && n.endsWith(' Dark'));
      assert.ok(light.length && dark.length, `${title}: "${state}" light (${light}) and dark (${dark})`);
    }
  }
});

test('the theming page and its playground are built', () => {
  const docs = Object.values(index.entries).filter((e) => e.type === 'docs').map((e) => e.title);
  assert.ok(docs.includes('Theming/Tokens and parts'), docs.join(', '));
  assert.ok(stories.some((s) => s.title === 'Theming/Playground' && s.name === 'Playground'));
});

for (const story of stories) {
  test(`story ${story.id} renders, with no console error, axe clean`, async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && problems.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${new URL(r.url()).pathname}`));
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
    const expect = /invalid|unknown|bad-setting/.test(story.id) ? 'alert' : /loading/.test(story.id) ? 'loading' : 'controls';
    await page.waitForFunction(
      (want) => {
        const el = document.querySelector('cg-form-picker, cg-table-comparator, cg-tension-sliders');
        const root = el?.shadowRoot;
        if (!root) return false;
        const alert = !!root.querySelector('[role=alert]');
        if (want === 'alert') return alert;
        if (want === 'loading') return !alert && /Loading/.test(root.querySelector('[role=status]')?.textContent ?? '');
        return !!root.querySelector('input, button, select') && !alert;
      },
      expect,
      { timeout: 15000 },
    );
    // The language stories show the widget in that language, its words marked with it.
    const lang = /--japanese$/.test(story.id) ? 'ja' : /--welsh$/.test(story.id) ? 'cy' : undefined;
    if (lang)
      await page.waitForFunction(
        (l) => {
          const root = document.querySelector('cg-form-picker, cg-table-comparator, cg-tension-sliders')?.shadowRoot;
          const part = root?.querySelector(`[lang="${l}"]`);
          const text = part?.textContent ?? '';
          return l === 'ja' ? /[\u3040-\u30ff]/.test(text) : /\b(yw|mae|eich|gyda|rhwng|sut)\b/i.test(text);
        },
        lang,
        { timeout: 15000 },
      );
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => {
      const el = document.querySelector('cg-form-picker, cg-table-comparator, cg-tension-sliders');
      // Storybook's a11y addon may be running axe on the story at this moment; axe allows one run at a time.
      for (let attempt = 0; ; attempt++) {
        try {
          const r = await window.axe.run(el, { resultTypes: ['violations'] });
          return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
        } catch (error) {
          if (attempt > 50 || !/already running/.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    });
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('the accessibility conformance report is a Storybook page, the same text as docs/accessibility.md', async () => {
  const page = await browser.newPage();
  await page.goto(`${origin}/iframe.html?id=accessibility-conformance-report--docs&viewMode=docs`);
  await page.waitForSelector('.sbdocs-content table', { timeout: 15000 });
  const text = await page.evaluate(() => document.querySelector('.sbdocs-content').innerText);
  const md = readFileSync(resolve(root, 'docs/accessibility.md'), 'utf8');
  for (const heading of md.match(/^## .+$/gm)) assert.ok(text.includes(heading.slice(3)), heading);
  // A row per criterion, as in the file.
  const rows = await page.evaluate(() => [...document.querySelectorAll('.sbdocs-content table tbody tr')].map((tr) => tr.querySelector('td')?.innerText ?? ''));
  assert.ok(rows.some((r) => r.startsWith('2.4.3 Focus order')) && rows.some((r) => r.startsWith('4.1.3 Status messages')), rows.length);
  await page.close();
});

for (const id of ['widgets-formpicker--docs', 'widgets-tablecomparator--docs', 'widgets-tensionsliders--docs']) {
  test(`${id}: the args table lists the public API only, with a select for set values`, async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=docs`);
    await page.waitForSelector('table.docblock-argstable tbody tr', { timeout: 15000 });
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('table.docblock-argstable')][0].querySelectorAll('tbody tr').length &&
      [...document.querySelectorAll('table.docblock-argstable')][0]
        .querySelectorAll('tbody tr:not([title])')
        .values()
        .map((tr) => ({ name: tr.querySelector('td')?.innerText.trim(), select: !!tr.querySelector('select'), object: /Set object/.test(tr.innerText) }))
        .toArray(),
    );
    const names = rows.map((r) => r.name);
    for (const internal of ['store', 'fp', 'persistence', 'resolvedFor', 'parsed', 'pending', 'loadToken', 't', 'pack', 'packIssues']) {
      assert.ok(!names.includes(internal), `${internal} is not listed`);
    }
    for (const attr of ['mode', 'theme', 'lang', 'state-key', 'src']) assert.ok(names.includes(attr), `${attr} is listed (${names})`);
    assert.ok(rows.find((r) => r.name === 'mode').select, 'mode has a select');
    assert.ok(rows.find((r) => r.name === 'theme').select, 'theme has a select');
    assert.deepEqual(rows.filter((r) => r.object).map((r) => r.name), [], 'no attribute has an object control');
    await page.close();
  });
}
