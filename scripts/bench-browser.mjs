// Browser measurements for `npm run bench`, in headless Chromium (playwright-core, the system Chromium),
// against the built files in dist/ served gzip-compressed from 127.0.0.1:
// - bytes over the wire (encoded, i.e. gzip) and number of requests per page;
// - time from navigation start to interactive (every widget upgraded, rendered and showing a control), median and spread;
// - JS heap after load;
// - latency from a key press to the next paint over 100 scripted key presses (p50, p95), also on a native range
//   input on the blank page: the floor of this measurement here;
// - a page of 50 instances.
import { chromium } from 'playwright-core';
import { chromiumOptions, serve } from './lib/static-server.mjs';

const TAGS = ['cg-form-picker', 'cg-table-comparator', 'cg-tension-sliders'];

function page(script, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="icon" href="data:,"><title>bench</title><script type="module" src="${script}"></script></head><body>${body}</body></html>`;
}

export const PAGES = {
  // What any page costs here before a widget adds anything: navigation, one request, native controls painted; its
  // key-to-paint (on a native range input) is the floor of that measurement on this machine.
  'blank page (baseline)': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title></head><body><button>OK</button><input type="range" aria-label="baseline"></body></html>`,
  'form-picker': page('/dist/form-picker.js', '<cg-form-picker state-key="b1"></cg-form-picker>'),
  'table-comparator': page('/dist/table-comparator.js', '<cg-table-comparator state-key="b2"></cg-table-comparator>'),
  'tension-sliders': page('/dist/tension-sliders.js', '<cg-tension-sliders state-key="b3"></cg-tension-sliders>'),
  'all three': page('/dist/collabgov.js', TAGS.map((t, i) => `<${t} state-key="a${i}"></${t}>`).join('')),
  '50 instances': page(
    '/dist/collabgov.js',
    Array.from({ length: 50 }, (_, i) => `<${TAGS[i % 3]} state-key="n${i}"></${TAGS[i % 3]}>`).join(''),
  ),
};


// Runs in the page: resolves with ms from navigation start until every widget shows an interactive control.
function whenInteractive() {
  const tags = ['cg-form-picker', 'cg-table-comparator', 'cg-tension-sliders'];
  const ready = () => {
    const els = [...document.querySelectorAll(tags.join(','))];
    if (!els.length) return !!document.querySelector('button');
    return els.every((el) => el.shadowRoot?.querySelector('input, button, select, textarea, [tabindex], [role=alert]'));
  };
  return new Promise((resolve) => {
    const check = () => (ready() ? requestAnimationFrame(() => resolve(performance.now())) : setTimeout(check, 1));
    check();
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

// One load with no instrumentation attached: the time from navigation start to interactive.
async function timeOnce(browser, origin, name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  await p.goto(`${origin}/page/${encodeURIComponent(name)}`);
  const tti = await p.evaluate(whenInteractive);
  await context.close();
  return tti;
}

// One load watched through CDP: bytes over the wire, requests, JS heap; the page is kept for the key presses.
async function measureOnce(browser, origin, name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Network.enable');
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    requests++;
  });
  await p.goto(`${origin}/page/${encodeURIComponent(name)}`);
  await p.evaluate(whenInteractive);
  await p.waitForTimeout(100);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { context, page: p, bytes, requests, heap: usedSize };
}

// Presses a key 100 times on the first adjustable control and times keydown -> next paint in the page.
async function keyLatency(p) {
  const key = await p.evaluate(() => {
    const tags = ['cg-form-picker', 'cg-table-comparator', 'cg-tension-sliders'];
    const el = document.querySelector(tags.join(','));
    const controls = 'input[type=range], input[type=radio], input[type=checkbox], button';
    // On the baseline page: the native range input, the same kind of control the sliders use.
    const c = el ? el.shadowRoot?.querySelector(controls) : document.querySelector('input[type=range]');
    if (!c) return null;
    c.focus();
    window.__lat = [];
    window.addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - t0), 0));
      },
      true,
    );
    return c.type === 'checkbox' || c.localName === 'button' ? 'Space' : 'Arrow';
  });
  if (!key) return null;
  for (let i = 0; i < 100; i++) {
    await p.keyboard.press(key === 'Space' ? 'Space' : i % 2 ? 'ArrowLeft' : 'ArrowRight');
    await p.waitForTimeout(5);
  }
  await p.waitForTimeout(100);
  const lat = await p.evaluate(() => window.__lat);
  return { p50: round(median(lat)), p95: round(pct(lat, 95)), n: lat.length };
}

export async function benchBrowser(root, { runs = 11 } = {}) {
  const routes = Object.fromEntries(Object.entries(PAGES).map(([name, body]) => [`/page/${encodeURIComponent(name)}`, { body }]));
  const { server, origin } = await serve(root, routes, { gzip: true });
  const browser = await chromium.launch(chromiumOptions());
  const results = {};
  try {
    // A warm-up load, so the first measured page does not pay for the browser's own start-up.
    await timeOnce(browser, origin, 'form-picker');
    for (const name of Object.keys(PAGES)) {
      const ttis = [];
      for (let i = 0; i < runs; i++) ttis.push(await timeOnce(browser, origin, name));
      const last = await measureOnce(browser, origin, name);
      const latency = name === '50 instances' ? null : await keyLatency(last.page);
      await last.context.close();
      results[name] = {
        requests: last.requests,
        transferKB: round(last.bytes / 1024),
        interactiveMs: { median: round(median(ttis)), min: round(Math.min(...ttis)), max: round(Math.max(...ttis)), runs },
        heapMB: round(last.heap / 1024 / 1024, 2),
        keyToPaintMs: latency,
      };
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}
