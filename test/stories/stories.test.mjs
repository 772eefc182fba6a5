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

test('Storybook has stories for every widget', () => {
  for (const title of ['Widgets/FormPicker', 'Widgets/TableComparator', 'Widgets/TensionSliders']) {
    assert.ok(stories.filter((s) => s.title === title).length >= 5, `${title} has its states as stories`);
  }
});

for (const story of stories) {
  test(`story ${story.id} renders, with no console error, axe clean`, async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && problems.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${new URL(r.url()).pathname}`));
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
    const expectError = /invalid|unknown|bad-setting/.test(story.id);
    await page.waitForFunction(
      (wantAlert) => {
        const el = document.querySelector('cg-form-picker, cg-table-comparator, cg-tension-sliders');
        const root = el?.shadowRoot;
        if (!root) return false;
        return wantAlert ? !!root.querySelector('[role=alert]') : !!root.querySelector('input, button, select') && !root.querySelector('[role=alert]');
      },
      expectError,
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
