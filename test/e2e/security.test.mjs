// Nothing lost, nothing injected, against the built files (run after `npm run build`): embed.html refuses a pack
// from anywhere but its own server; its error panel works under Trusted Types; the resizer touches only collabgov's
// frames; two real tabs neither send a statement twice nor overwrite each other's work; a one-widget file says it
// sends no xAPI; and the Content-Security-Policy docs/security.md gives a host runs everything with no violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve } from '../../scripts/lib/static-server.mjs';
import { harness, root, page } from './harness.mjs';

const embedHtml = () => readFileSync(`${root}/dist/embed.html`, 'utf8');
/** The policy docs/security.md gives, for a host page that loads the widgets from its own server (no LRS here). */
const docCsp = () => {
  const doc = readFileSync(`${root}/docs/security.md`, 'utf8');
  const m = /```text\nContent-Security-Policy: ([^\n]+)\n```/.exec(doc);
  assert.ok(m, 'docs/security.md gives a Content-Security-Policy in a ```text block');
  return m[1].replaceAll('https://your.server', "'self'").replaceAll('https://lrs.example', "'self'");
};
const TT = "require-trusted-types-for 'script'";
/** A page that posts resize messages to its parent, as any page in a frame could. */
const POSTER = page(`<script>setInterval(() => parent.postMessage({ type: 'collabgov:resize', version: 1, height: 20000 }, '*'), 100)</script>`);

let other;
before(async () => {
  // Another server, which allows any origin to read its packs (as a CDN does).
  other = await serve(root, { '/pack.json': { body: '{"title":"Not yours"}', type: 'application/json', headers: { 'access-control-allow-origin': '*' } } });
});
after(() => other?.server.close());

const h = harness({
  '/dist/embed-tt.html': { headers: { 'content-security-policy': TT }, get body() { return embedHtml(); } },
  '/poster.html': { body: POSTER },
  '/frames.html': {
    body: page(`<iframe id="ours" title="activity" style="height:150px" src="/dist/embed.html?widget=form-picker"></iframe>
      <iframe id="video" title="video" style="height:150px" src="/poster.html"></iframe>
      <iframe id="named" title="named" style="height:150px" src="/poster.html?embed.html"></iframe>
      <iframe id="srcdoc" title="srcdoc" style="height:150px" srcdoc="<script>setInterval(() => parent.postMessage({ type: 'collabgov:resize', version: 1, height: 20000 }, '*'), 100)</script>"></iframe>
      <iframe id="sandboxed" title="sandboxed" style="height:150px" sandbox="allow-scripts" src="/poster.html"></iframe>
      <script src="/dist/embed-resizer.js"></script>`),
  },
  '/xapi-tab.html': { body: page(`<script src="/dist/collabgov.iife.js"></script><cg-form-picker mode="quiz" case="lsp" state-key="q" lrs-endpoint="/lrs"></cg-form-picker>`) },
  '/notes-tab.html': { body: page(`<script src="/dist/collabgov.iife.js"></script><cg-tension-sliders tensions="goals,trust" state-key="tabs"></cg-tension-sliders>`) },
  '/one-widget.html': { body: page(`<script type="module" src="/dist/form-picker.js"></script><cg-form-picker mode="quiz" case="lsp" lrs-endpoint="/lrs"></cg-form-picker>`) },
  get '/csp-doc.html'() {
    return {
      headers: { 'content-security-policy': docCsp() },
      body: page(`<script src="/dist/collabgov.iife.js"></script>
        <cg-tension-sliders tensions="goals" state-key="c1"></cg-tension-sliders>
        <div data-collabgov="form-picker" data-mode="quiz" data-state-key="c2"></div>
        <iframe title="activity" width="600" height="300" src="/dist/csp/embed.html?widget=table-comparator&mode=sort"></iframe>
        <script src="/dist/embed-resizer.js"></script>`),
    };
  },
  // embed.html under the same policy, in a folder of its own (the resizer knows collabgov's frames by that name).
  get '/dist/csp/embed.html'() {
    return { headers: { 'content-security-policy': docCsp() }, body: embedHtml().replace('src="embed.js"', 'src="../embed.js"') };
  },
});

const panelText = (frameOrPage) => frameOrPage.evaluate(() => document.querySelector('[role=alert]')?.textContent ?? '');

test('embed.html refuses a data: pack, a protocol-relative one and another server’s, naming src, and fetches nothing from elsewhere', async () => {
  const port = new URL(other.origin).port;
  for (const [src, said] of [
    ['data:application/json,{"title":"x"}', /as a data: address/],
    [`//127.0.0.1:${port}/pack.json`, /starts with \/\//],
    [`${other.origin}/pack.json`, /on another server \(http:\/\/127\.0\.0\.1:\d+\)/],
    ['javascript:alert(1)', /as a javascript: address/],
  ]) {
    const { p, requests, problems } = await h.open(`/dist/embed.html?widget=form-picker&src=${encodeURIComponent(src)}`);
    await p.waitForSelector('[role=alert]');
    const text = await panelText(p);
    assert.match(text, /This activity could not start/);
    assert.match(text, /src/);
    assert.match(text, said);
    assert.ok(!(await p.evaluate(() => !!document.querySelector('cg-form-picker'))), 'no widget shown');
    assert.deepEqual(requests.filter((r) => r === '/pack.json'), []);
    // embed.html names no icon, so the browser asks for /favicon.ico (not among the requests seen), which is missing.
    assert.deepEqual(problems.filter((m) => !/status of 404/.test(m)), [], requests.join(' '));
    await p.close();
  }
  // Its own server's pack still loads.
  const { p } = await h.open('/dist/embed.html?widget=form-picker&src=../test/fixtures/partial-pack.json');
  await p.waitForFunction(() => document.querySelector('cg-form-picker')?.shadowRoot?.querySelector('input[type=radio]'));
  await p.close();
});

test("embed.html's error panel shows under require-trusted-types-for 'script', quoting at most a few hundred characters", async () => {
  const huge = 'x'.repeat(8000);
  const { p, problems } = await h.open(`/dist/embed-tt.html?widget=${huge}`);
  await p.waitForSelector('[role=alert]', { timeout: 5000 });
  const text = await panelText(p);
  assert.match(text, /This activity could not start/);
  assert.ok(text.length < 1000, `the panel quotes ${text.length} characters`);
  assert.deepEqual(problems.filter((m) => !/status of 404/.test(m)), []);
  await p.close();
  const good = await h.open('/dist/embed-tt.html?widget=tension-sliders&tensions=goals');
  await good.p.waitForFunction(() => document.querySelector('cg-tension-sliders')?.shadowRoot?.querySelector('input[type=range]'));
  assert.deepEqual(good.problems.filter((m) => !/status of 404/.test(m)), []);
  await good.p.close();
});

test('the resizer sizes collabgov’s frame only: not a video’s, a srcdoc frame’s or a sandboxed frame’s, whatever they post', async () => {
  const { p } = await h.open('/frames.html');
  await p.waitForFunction(() => document.getElementById('ours').getBoundingClientRect().height > 300);
  await p.waitForTimeout(600);
  const heights = await p.evaluate(() => Object.fromEntries([...document.querySelectorAll('iframe')].map((f) => [f.id, f.style.height])));
  assert.ok(parseFloat(heights.ours) > 300 && parseFloat(heights.ours) < 20000, `ours: ${heights.ours}`);
  for (const id of ['video', 'named', 'srcdoc', 'sandboxed']) assert.equal(heights[id], '150px', `${id} keeps its height`);
  await p.close();
});

test('two tabs: every statement reaches the LRS once, after an outage, and neither tab overwrites the other’s work', async () => {
  const context = await h.browser.newContext();
  const posted = [];
  let failing = 2;
  await context.route('**/lrs/statements', async (route) => {
    const body = JSON.parse(route.request().postData());
    if (failing-- > 0) return route.fulfill({ status: 503, body: '' });
    posted.push(...body.map((s) => s.id));
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body.map((s) => s.id)) });
  });
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const tab of [a, b]) {
    await tab.goto(`${h.origin}/xapi-tab.html`);
    await tab.waitForFunction(() => document.querySelector('cg-form-picker')?.shadowRoot?.querySelector('input[type=radio]'));
  }
  const fired = [];
  for (const tab of [a, b]) {
    await tab.exposeFunction('seen', (id) => fired.push(id));
    await tab.evaluate(() => document.addEventListener('cg-xapi', (e) => window.seen(e.detail.id)));
  }
  // A student answers in the tab in front, then changes the answer in the other (which has the first answer by
  // then: the tabs share their saved work). A background tab draws no frames, so each is brought to the front.
  for (const [i, tab] of [a, b].entries()) {
    await tab.bringToFront();
    await tab.evaluate((n) => document.querySelector('cg-form-picker').shadowRoot.querySelectorAll('input[type=radio]')[n].click(), i);
  }
  const until = Date.now() + 20000;
  while ((new Set(posted).size < fired.length || fired.length < 2) && Date.now() < until) await a.waitForTimeout(200);
  await a.waitForTimeout(1000);
  assert.ok(fired.length >= 2, `statements fired: ${fired.length}`);
  assert.deepEqual([...posted].sort(), [...new Set(fired)].sort(), 'each statement posted exactly once');
  await context.close();

  // Saved work: a note in one tab, a slider in the other, both kept in both and after a reload.
  const ctx = await h.browser.newContext();
  const [x, y] = [await ctx.newPage(), await ctx.newPage()];
  for (const tab of [x, y]) {
    await tab.goto(`${h.origin}/notes-tab.html`);
    await tab.waitForFunction(() => document.querySelector('cg-tension-sliders')?.shadowRoot?.querySelector('#n-goals'));
  }
  // The note sits in a closed disclosure until the student opens it.
  await x.locator('cg-tension-sliders details.note:has(#n-goals) > summary').click();
  await x.locator('cg-tension-sliders #n-goals').fill('written in the first tab');
  await y.locator('cg-tension-sliders #s-trust').focus();
  await y.keyboard.press('Home');
  await x.waitForTimeout(1200);
  await y.waitForTimeout(1200);
  for (const tab of [x, y]) {
    await tab.reload();
    await tab.waitForFunction(() => document.querySelector('cg-tension-sliders')?.shadowRoot?.querySelector('#n-goals'));
    const result = await tab.evaluate(() => document.querySelector('cg-tension-sliders').result);
    assert.equal(result.notes.goals, 'written in the first tab');
    assert.equal(result.positions.trust, -100);
  }
  await ctx.close();
});

test('a one-widget file sends no xAPI and says so when the page names an LRS', async () => {
  const p = await h.browser.newPage();
  const warnings = [];
  p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await p.goto(`${h.origin}/one-widget.html`);
  await p.waitForFunction(() => document.querySelector('cg-form-picker')?.shadowRoot?.querySelector('input[type=radio]'));
  await p.evaluate(() => document.querySelector('cg-form-picker').shadowRoot.querySelector('input[type=radio]').click());
  await p.waitForTimeout(300);
  assert.ok(warnings.some((w) => /lrs-endpoint is set, but this script sends no xAPI statements/.test(w)), warnings.join('\n'));
  await p.close();
});

test('the Content-Security-Policy in docs/security.md: widgets, the div, the iframe page and its resizer run with no violation', async () => {
  const p = await h.browser.newPage();
  const problems = [];
  p.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  p.on('pageerror', (e) => problems.push(String(e)));
  await p.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
  await p.goto(`${h.origin}/csp-doc.html`);
  await p.waitForFunction(() => ['cg-tension-sliders', 'cg-form-picker'].every((t) => document.querySelector(t)?.shadowRoot?.querySelector('input, button')));
  const frame = p.frame({ url: /csp\/embed\.html/ });
  await frame.waitForFunction(() => document.querySelector('cg-table-comparator')?.shadowRoot?.querySelector('button'));
  await p.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 300);
  await p.locator('cg-tension-sliders #s-goals').focus();
  await p.keyboard.press('ArrowRight');
  await p.waitForTimeout(300);
  assert.deepEqual(problems, []);
  await p.close();
});
