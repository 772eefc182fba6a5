// Shared by the end-to-end files: serves the repository (plus pages made on the fly) and opens pages in the
// system Chromium, collecting console errors, page errors and the paths requested.
import { before, after } from 'node:test';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve, chromiumOptions } from '../../scripts/lib/static-server.mjs';

export const root = resolve(import.meta.dirname, '../..');

/** A minimal host page around `body` (no favicon request, so the requests seen are the page's own). */
export const page = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title></head><body>${body}</body></html>`;

/** Starts the server and the browser for this test file; `open(path)` gives { p, problems, requests }. */
export function harness(routes) {
  const h = {};
  before(async () => {
    ({ server: h.server, origin: h.origin } = await serve(root, routes));
    h.browser = await chromium.launch(chromiumOptions());
  });
  after(async () => {
    await h.browser?.close();
    h.server?.close();
  });
  h.open = async (path) => {
    const p = await h.browser.newPage();
    const problems = [];
    const requests = [];
    p.on('request', (r) => requests.push(new URL(r.url()).pathname));
    p.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    p.on('pageerror', (e) => problems.push(String(e)));
    await p.goto(h.origin + path);
    return { p, problems, requests };
  };
  return h;
}
