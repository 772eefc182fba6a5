// End-to-end checks of the built files in dist/ (run after `npm run build`, with node's test runner):
// the bundle loaded twice plus the IIFE gives no console error; every widget renders from the file alone;
// an invalid inline pack shows the error panel naming the bad path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { harness, page, root } from './harness.mjs';

const routes = {
  '/twice.html': {
    body: page(`
      <script type="module" src="/dist/collabgov.js"></script>
      <script type="module" src="/dist/collabgov.js?again"></script>
      <script src="/dist/collabgov.iife.js"></script>
      <cg-form-picker state-key="a"></cg-form-picker>
      <cg-table-comparator state-key="b"></cg-table-comparator>
      <cg-tension-sliders state-key="c"></cg-tension-sliders>`),
  },
  '/invalid.html': {
    body: page(`
      <script type="module" src="/dist/tension-sliders.js"></script>
      <cg-tension-sliders state-key="x"><script type="application/json">{"tensions":[{"id":"goals","name":"Goals","group":"paper","summary":{"text":"x","cite":["vangen-2017"]},"poles":[{"id":"a","label":"A","protects":{"text":"x","cite":["vangen-2017"]},"risk":{"text":"x","cite":["vangen-2017"]}},{"id":"b","label":7,"protects":{"text":"x","cite":["vangen-2017"]},"risk":{"text":"x","cite":["vangen-2017"]}}]}]}</script></cg-tension-sliders>`),
  },
};

const h = harness(routes);

async function open(path) {
  const { p, problems } = await h.open(path);
  await p.waitForFunction(() => ['cg-form-picker', 'cg-table-comparator', 'cg-tension-sliders'].some((t) => customElements.get(t)));
  return { p, problems };
}

test('collabgov.js loaded twice plus the IIFE: no console error, every widget renders', async () => {
  const { p, problems } = await open('/twice.html');
  await p.waitForFunction(() =>
    [...document.querySelectorAll('cg-form-picker, cg-table-comparator, cg-tension-sliders')].every(
      (el) => el.shadowRoot && el.shadowRoot.textContent.trim().length > 20,
    ),
  );
  const alerts = await p.evaluate(() => [...document.querySelectorAll('cg-form-picker, cg-table-comparator, cg-tension-sliders')].filter((el) => el.shadowRoot.querySelector('[role=alert]')).length);
  assert.equal(alerts, 0);
  assert.deepEqual(problems, []);
});

test('an invalid inline pack shows the error panel naming the path', async () => {
  const { p } = await open('/invalid.html');
  const text = await p.waitForFunction(() => document.querySelector('cg-tension-sliders').shadowRoot?.querySelector('[role=alert]')?.textContent);
  const content = await text.jsonValue();
  assert.match(content, /tensions\[0\]\.poles\[1\]\.label/);
  assert.match(content, /should be text/);
});

test('every file package.json exports is built', async () => {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const files = Object.values(pkg.exports).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
  assert.ok(files.length >= 10);
  for (const file of files) assert.ok(existsSync(resolve(root, file)), `${file} exists`);
});
