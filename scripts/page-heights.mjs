// Prints the height of every widget mode (its start state) at 390 and 1,280 px wide, in headless Chromium, from
// the built dist/collabgov.js: `npm run build && node scripts/page-heights.mjs` (`--json` for machine output).
// "Page" is the whole host page's scroll height; the widget is its element's own height. Each number is also given
// in screens of the window's height (844 px on a phone, 800 px on a laptop).
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { serve, chromiumOptions } from './lib/static-server.mjs';
import { MODES, WIDTHS, visualRoutes, widgetReady } from './lib/visual-pages.mjs';

const root = resolve(import.meta.dirname, '..');
const SCREEN = { 390: 844, 1280: 800 };

const { server, origin } = await serve(root, visualRoutes());
const browser = await chromium.launch(chromiumOptions());
const rows = [];
try {
  for (const m of MODES) {
    const row = { mode: m.name };
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: SCREEN[width] }, deviceScaleFactor: 1 });
      await page.goto(`${origin}/visual/${m.name}/light.html`);
      await widgetReady(page, m.tag);
      const h = await page.evaluate((t) => ({
        page: document.documentElement.scrollHeight,
        widget: Math.round(document.querySelector(t).getBoundingClientRect().height),
      }), m.tag);
      row[width] = h;
      await page.close();
    }
    rows.push(row);
  }
} finally {
  await browser.close();
  server.close();
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const screens = (px, w) => `${(px / SCREEN[w]).toFixed(1)}`;
  console.log('| mode | 390 px: page (screens of 844) | 1,280 px: page (screens of 800) |');
  console.log('|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.mode} | ${r[390].page} px (${screens(r[390].page, 390)}) | ${r[1280].page} px (${screens(r[1280].page, 1280)}) |`);
  }
}
