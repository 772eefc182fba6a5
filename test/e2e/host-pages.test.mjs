// Host pages a widget meets in the wild, against the built files in dist/:
// a strict Content Security Policy, aggressive global CSS (resets, !important, huge fonts, Bootstrap),
// and fifty instances on one page that keep separate state across a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { harness, root } from './harness.mjs';

const TAGS = ['cg-form-picker', 'cg-table-comparator', 'cg-tension-sliders'];
const CSP = "default-src 'self'";
const widgets = TAGS.map((t, i) => `<${t} state-key="h${i}"></${t}>`).join('\n');
const doc = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>host</title>${head}</head><body>${body}</body></html>`;
const csp = { 'content-security-policy': CSP };

const HOSTILE_CSS = `
  html { font-size: 28px !important; line-height: 2.2 !important; }
  * { box-sizing: content-box !important; letter-spacing: 0.05em; }
  body { color: #333 !important; font-family: Georgia, serif; }
  div, section, p, button, input { margin: 0 !important; padding: 0 !important; }
  button { background: hotpink !important; }
  :where(body) * { max-width: none; }
`;

const h = harness({
  '/csp.html': {
    headers: csp,
    body: doc('<script type="module" src="/dist/collabgov.js"></script>', widgets),
  },
  // A lecturer's pack under the same policy: the one-widget file loads its checker and the whole pack on demand.
  '/csp-pack.html': {
    headers: csp,
    body: doc('<script type="module" src="/dist/form-picker.js"></script>', '<cg-form-picker state-key="p" src="/test/fixtures/partial-pack.json"></cg-form-picker>'),
  },
  '/csp-embed.html': {
    headers: csp,
    body: doc('', '<iframe title="activity" src="/dist/embed-csp.html?widget=tension-sliders" width="600" height="700"></iframe>'),
  },
  // dist/embed.html itself under the same policy (a lecturer's server may send one), next to embed.js.
  '/dist/embed-csp.html': { headers: csp, get body() { return readFileSync(`${root}/dist/embed.html`, 'utf8'); } },
  '/hostile.html': {
    body: doc(
      `<link rel="icon" href="data:,"><link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.min.css"><style>${HOSTILE_CSS}</style><script type="module" src="/dist/collabgov.js"></script>`,
      `<div class="container"><div class="row"><div class="col">${widgets}</div></div></div>`,
    ),
  },
  '/fifty.html': {
    body: doc(
      '<script type="module" src="/dist/collabgov.js"></script>',
      Array.from({ length: 50 }, (_, i) => `<${TAGS[i % 3]}></${TAGS[i % 3]}>`).join('\n'),
    ),
  },
});

/** Waits until every widget on the page has rendered a control (or an error panel). */
const rendered = (p) =>
  p.waitForFunction(
    (tags) =>
      [...document.querySelectorAll(tags.join(','))].every((el) =>
        el.shadowRoot?.querySelector('input, button, select, textarea, [role=alert]'),
      ),
    TAGS,
  );

/** The first visible control of a widget (Playwright's CSS selectors pierce shadow roots). */
// "Where am I?" (a read-only summary of progress) is the first button of every widget; the first control that
// changes the student's work comes after it.
const firstControl = (p, tag, nth = 0) => p.locator(tag).nth(nth).locator('input:visible, button:visible:not(.where-btn)').first();

/** Operates the first control of each widget by keyboard, like a student would. */
async function useEachWidget(p) {
  for (const tag of TAGS) {
    const control = firstControl(p, tag);
    assert.equal(await control.count(), 1, `${tag} shows a control`);
    await control.focus();
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('Space');
  }
}

test('strict CSP (default-src self): no violation while loading and using every widget', async () => {
  const { p, problems } = await h.open('/csp.html');
  await p.evaluate(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await rendered(p);
  await useEachWidget(p);
  await p.waitForTimeout(100);
  const violations = await p.evaluate(() => window.__violations);
  assert.deepEqual(violations, []);
  assert.deepEqual(problems.filter((m) => /Content Security Policy|Refused/.test(m)), []);
  const alerts = await p.evaluate((tags) => tags.filter((t) => document.querySelector(t).shadowRoot.querySelector('[role=alert]')), TAGS);
  assert.deepEqual(alerts, []);
});

test('strict CSP: a lecturer’s pack is checked (checker loaded on demand) with no violation', async () => {
  const { p, problems, requests } = await h.open('/csp-pack.html');
  await p.waitForFunction(() => document.querySelector('cg-form-picker')?.shadowRoot?.querySelector('input, [role=alert]'));
  assert.deepEqual(problems.filter((m) => /Content Security Policy|Refused/.test(m)), []);
  assert.equal(await p.evaluate(() => !!document.querySelector('cg-form-picker').shadowRoot.querySelector('[role=alert]')), false);
  assert.ok(requests.includes('/dist/collabgov-checks.js') && requests.includes('/dist/collabgov-en.js'));
});

test('strict CSP: the embed page renders its widget with no violation', async () => {
  const { p, problems } = await h.open('/csp-embed.html');
  const frame = await (await p.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(() => document.querySelector('cg-tension-sliders')?.shadowRoot?.querySelector('input'));
  assert.deepEqual(problems.filter((m) => /Content Security Policy|Refused/.test(m)), []);
});

test('aggressive global CSS and Bootstrap: widgets stay inside the page, legible, usable', async () => {
  const { p, problems } = await h.open('/hostile.html');
  await p.setViewportSize({ width: 375, height: 800 });
  await rendered(p);
  const report = await p.evaluate((tags) => {
    const vw = document.documentElement.clientWidth;
    return tags.map((t) => {
      const el = document.querySelector(t);
      const r = el.getBoundingClientRect();
      const texts = [...el.shadowRoot.querySelectorAll('p, label, legend, h2, h3, button, th, td')].filter((n) => n.getClientRects().length);
      const sizes = texts.map((n) => parseFloat(getComputedStyle(n).fontSize));
      const overflow = [...el.shadowRoot.querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > vw + 1).length;
      const p = getComputedStyle(el.shadowRoot.querySelector('p'));
      const text = { lineHeight: parseFloat(p.lineHeight) / parseFloat(p.fontSize), align: p.textAlign, font: p.fontFamily };
      return { t, width: r.width, right: r.right, vw, scroll: document.documentElement.scrollWidth, minFont: Math.min(...sizes), overflow, n: texts.length, text };
    });
  }, TAGS);
  for (const r of report) {
    assert.ok(r.n > 0, `${r.t} shows text`);
    assert.ok(r.right <= r.vw + 1, `${r.t} fits the 375px viewport (right edge ${r.right})`);
    assert.equal(r.overflow, 0, `${r.t} has no element past the viewport`);
    assert.ok(r.minFont >= 12, `${r.t} text is at least 12px (${r.minFont})`);
    // The page's line-height 2.2 !important on <html> does not leak in; its font (Georgia) is kept.
    assert.ok(Math.abs(r.text.lineHeight - 1.5) < 0.02, `${r.t} line height is its own 1.5 (${r.text.lineHeight})`);
    assert.equal(r.text.align, 'start');
    assert.equal(r.text.font, 'Georgia, serif');
  }
  assert.ok(report[0].scroll <= report[0].vw, 'no sideways scrolling');
  await useEachWidget(p);
  assert.deepEqual(problems, []);
});

test('fifty instances on one page keep separate state across a reload', async () => {
  const { p, problems } = await h.open('/fifty.html');
  await rendered(p);
  const snapshot = () =>
    p.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('collabgov:'))));
  const before = await snapshot();
  // Operate instance 7 and instance 12 of the fifty (by position on the page).
  const operated = [7, 12].map((i) => ({ tag: TAGS[i % 3], nth: Math.floor(i / 3) }));
  for (const { tag, nth } of operated) {
    await firstControl(p, tag, nth).focus();
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('Space');
  }
  // Writes are coalesced (src/core/persistence.ts): wait until both edits have been written.
  await p.waitForFunction((n) => {
    const now = Object.keys(localStorage).filter((k) => k.startsWith('collabgov:cg-'));
    return now.length >= n;
  }, Object.keys(before).filter((k) => k.startsWith('collabgov:cg-')).length + operated.length, { timeout: 10000 }).catch(() => {});
  const after = await snapshot();
  const changed = Object.keys(after).filter((k) => k.startsWith('collabgov:cg-') && after[k] !== before[k]).sort();
  // Keys are derived from the page, the tag, the widget's settings (none here) and its place among alike widgets
  // (src/core/state-key.ts).
  const expected = operated.map(({ tag, nth }) => `collabgov:${tag}:/fifty.html::${nth}`).sort();
  assert.deepEqual(changed, expected);
  const results = await p.evaluate(() => [...document.querySelectorAll('cg-form-picker, cg-table-comparator, cg-tension-sliders')].map((el) => JSON.stringify(el.result)));
  await p.reload();
  await rendered(p);
  const restored = await p.evaluate(() => [...document.querySelectorAll('cg-form-picker, cg-table-comparator, cg-tension-sliders')].map((el) => JSON.stringify(el.result)));
  assert.deepEqual(restored, results);
  assert.deepEqual(problems, []);
});
