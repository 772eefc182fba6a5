// End-to-end checks of what the script-tag files load on demand, only for a lecturer's pack: dist/collabgov-checks.js
// (zod and the pack's schemas) and, for a one-widget file, dist/collabgov-en.js (the whole English pack a lecturer's
// pack is merged over). The default content and saved work need neither; a lecturer's pack loads them from beside
// the script (also for the classic IIFE on a page in another folder, before the element it upgrades); and when they
// cannot be loaded, the lecturer sees which file is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { harness, page, root } from './harness.mjs';

const dist = resolve(root, 'dist');
const js = (file) => ({ body: readFileSync(resolve(dist, file)), type: 'text/javascript' });
const inlinePack = JSON.stringify({
  cases: [
    {
      id: 'my-case',
      name: 'Our own town partnership',
      kind: 'initiative',
      era: 'npg',
      dates: 'Since 2024',
      start: 2024,
      origins: 'Set up by the council and local charities.',
      members: ['Council', 'Charities'],
      lead: 'Council',
      status: 'Running',
      comment: { text: 'A lecturer’s own case.', cite: ['vangen-potter-jacklin-jarvis-2017'] },
    },
  ],
});

const routes = {
  '/fresh.html': { body: page('<script type="module" src="/dist/form-picker.js"></script><cg-form-picker state-key="fresh"></cg-form-picker>') },
  '/saved.html': { body: page('<script type="module" src="/dist/form-picker.js"></script><cg-form-picker state-key="saved"></cg-form-picker>') },
  '/one-widget-pack.html': {
    body: page(`<script type="module" src="/dist/form-picker.js"></script>
      <cg-form-picker case="my-case" state-key="own-fp"><script type="application/json">${JSON.stringify({
        cases: [{ ...JSON.parse(inlinePack).cases[0], factors: { trust: 'high', participants: 'few', consensus: 'high', competencies: 'low' } }],
      })}</script></cg-form-picker>`),
  },
  '/course/week1/page.html': {
    body: page(`<script src="/dist/collabgov.iife.js"></script>
      <cg-table-comparator mode="case" case="my-case" state-key="own"><script type="application/json">${inlinePack}</script></cg-table-comparator>`),
  },
  // A lecturer who uploaded the script but not its checker.
  '/lone/collabgov.iife.js': js('collabgov.iife.js'),
  '/lone/pack.html': {
    body: page(`<script src="/lone/collabgov.iife.js"></script>
      <cg-table-comparator state-key="lone-pack"><script type="application/json">${inlinePack}</script></cg-table-comparator>`),
  },
  '/lone/saved.html': { body: page('<script src="/lone/collabgov.iife.js"></script><cg-form-picker state-key="lone-saved"></cg-form-picker>') },
};

const h = harness(routes);
const text = (p, tag) => p.evaluate((t) => document.querySelector(t).shadowRoot.textContent.replace(/\s+/g, ' '), tag);
const ready = (p, tag) => p.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('input, [role=alert]'), tag);

test('default content and nothing saved: the checker is never requested', async () => {
  const { p, requests, problems } = await h.open('/fresh.html');
  await ready(p, 'cg-form-picker');
  await p.waitForLoadState('networkidle');
  assert.deepEqual(requests, ['/fresh.html', '/dist/form-picker.js']);
  assert.deepEqual(problems, []);
  await p.close();
});

test('saved work comes back from the one file: reading it needs no other file', async () => {
  const { p, requests, problems } = await h.open('/saved.html');
  await ready(p, 'cg-form-picker');
  await p.locator('cg-form-picker input[type=radio]').first().check();
  const chosen = await p.evaluate(() => document.querySelector('cg-form-picker').result.factors);
  assert.equal(Object.keys(chosen).length, 1);
  await p.reload();
  await ready(p, 'cg-form-picker');
  assert.deepEqual(await p.evaluate(() => document.querySelector('cg-form-picker').result.factors), chosen);
  assert.ok(await p.locator('cg-form-picker input[type=radio]').first().isChecked(), 'the restored choice is shown');
  assert.deepEqual([...new Set(requests)], ['/saved.html', '/dist/form-picker.js']);
  assert.deepEqual(problems, []);
  await p.close();
});

test('a lecturer pack inline after the classic script, on a page in another folder: the checker comes from the script’s folder', async () => {
  const { p, requests, problems } = await h.open('/course/week1/page.html');
  await p.waitForFunction(() => document.querySelector('cg-table-comparator')?.shadowRoot?.textContent.includes('Our own town partnership'));
  assert.deepEqual(requests.filter((r) => r.endsWith('.js')), ['/dist/collabgov.iife.js', '/dist/collabgov-checks.js']);
  assert.deepEqual(problems, []);
  await p.close();
});

test('a lecturer pack with one widget’s file: the checker and the whole English pack are loaded beside it', async () => {
  const { p, requests, problems } = await h.open('/one-widget-pack.html');
  await p.waitForFunction(() => document.querySelector('cg-form-picker')?.shadowRoot?.textContent.includes('Our own town partnership'));
  assert.deepEqual(requests.filter((r) => r.endsWith('.js')).sort(), ['/dist/collabgov-checks.js', '/dist/collabgov-en.js', '/dist/form-picker.js']);
  const fit = await p.evaluate(() => document.querySelector('cg-form-picker').result.best);
  assert.equal(fit, 'shared', 'the case’s own factors give shared governance');
  assert.deepEqual(problems, []);
  await p.close();
});

test('checker missing, lecturer pack: an alert names the missing file, never a blank widget', async () => {
  const { p } = await h.open('/lone/pack.html');
  await ready(p, 'cg-table-comparator');
  const alert = await p.evaluate(() => document.querySelector('cg-table-comparator').shadowRoot.querySelector('[role=alert]')?.textContent.replace(/\s+/g, ' '));
  assert.match(alert ?? '', /collabgov-checks\.js/);
  assert.match(alert ?? '', /same folder/);
  await p.close();
});

test('checker missing, saved work: the work comes back all the same', async () => {
  const { p } = await h.open('/lone/saved.html');
  const key = 'collabgov:cg-form-picker:lone-saved';
  const saved = JSON.stringify({ v: 1, w: 'form-picker', s: { factors: { trust: 'high' }, point: null, caseId: '', view: '', quiz: {}, draft: {} } });
  await p.evaluate(([k, v]) => localStorage.setItem(k, v), [key, saved]);
  await p.reload();
  await ready(p, 'cg-form-picker');
  assert.deepEqual(await p.evaluate(() => document.querySelector('cg-form-picker').result.factors), { trust: 'high' });
  assert.doesNotMatch(await text(p, 'cg-form-picker'), /could not/);
  await p.close();
});
