// Canvas: the iframe snippet through Canvas's sanitizer allowlist, reproduced with the `sanitize` gem (Debian's
// ruby-sanitize) in test/hosts/canvas/sanitize.rb, then the kept HTML shown in Chromium as a Canvas page shows it.
// Not reproduced here: Canvas itself (its editor, its current allowlist, which may have grown since the stored
// version) and https: Canvas pages are https, so a frame from an http address is blocked there as mixed content.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { harness, root } from './harness.mjs';
import { serve } from '../../scripts/lib/static-server.mjs';

const sanitizer = resolve(root, 'test/hosts/canvas/sanitize.rb');
/** What Canvas keeps of `html`. */
const canvasKeeps = (html) => {
  try {
    return execFileSync('ruby', [sanitizer], { input: html, encoding: 'utf8' });
  } catch (error) {
    throw new Error(`Canvas's sanitizer needs ruby and Debian's ruby-sanitize (apt-get install ruby-sanitize): ${error.message}`);
  }
};

const snippet = (base) => `<iframe src="${base}/embed.html?widget=tension-sliders&amp;mode=compare&amp;case=lsp" title="Managing the tensions" style="width:100%;height:700px;border:0" loading="lazy"></iframe>`;

const routes = {};
const h = harness(routes);
const files = {};
before(async () => {
  ({ server: files.server, origin: files.origin } = await serve(resolve(root, 'dist')));
});
after(() => files.server?.close());

test('Canvas keeps the iframe with its src, title and style; drops loading, scripts, data-* and custom elements', () => {
  const https = 'https://files.example.ac.uk/collabgov';
  const kept = canvasKeeps(`${snippet(https)}
<script src="${https}/embed-resizer.js"></script>
<div data-collabgov="form-picker" data-mode="quiz"></div>
<cg-form-picker mode="quiz"></cg-form-picker>`);
  assert.match(kept, new RegExp(`<iframe src="${https}/embed\\.html\\?widget=tension-sliders&amp;mode=compare&amp;case=lsp" title="Managing the tensions" style="width:100%;height:700px;border:0"></iframe>`));
  assert.doesNotMatch(kept, /loading=|<script|embed-resizer|data-collabgov|cg-form-picker/);
});

test('the iframe as Canvas keeps it runs the activity at a usable height, with no resizer', async () => {
  const kept = canvasKeeps(snippet(files.origin));
  routes['/courses/1/pages/tensions'] = {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Tensions: Canvas</title></head>
<body><div id="content"><div class="show-content user_content">${kept}</div></div></body></html>`,
  };
  const { p, problems } = await h.open('/courses/1/pages/tensions');
  const frame = p.frameLocator('iframe');
  const slider = frame.locator('cg-tension-sliders input[type=range]').first();
  await slider.waitFor();
  assert.equal(await frame.locator('cg-tension-sliders [role=alert]').count(), 0);
  const box = await p.locator('iframe').boundingBox();
  assert.equal(Math.round(box.height), 700);
  assert.ok(box.width > 700, `the frame is as wide as the page (${box.width})`);
  // The activity is taller than the frame: it scrolls inside, and a student can reach and use each control.
  const scroll = await frame.locator('html').evaluate((el) => el.scrollHeight);
  assert.ok(scroll > 700, `content ${scroll} px`);
  await slider.focus();
  await slider.press('ArrowRight');
  assert.notEqual(await slider.inputValue(), '0');
  assert.deepEqual(problems, []);
  await p.close();
});
