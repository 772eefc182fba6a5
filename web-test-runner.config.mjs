import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';

// The system Chromium (Debian's `chromium`, or set CHROME_PATH). No test tool downloads a browser of its own.
const executablePath =
  process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

// A local xAPI endpoint for the LMS tests, one in-memory box per test name:
//   POST /test-lrs/<box>/statements  stores the statements (an array or one), answers 200 with their ids,
//                                    or 503 while the box has failures left;
//   GET  /test-lrs/<box>/statements  { statements, requests: [{ authorization, version }] };
//   POST /test-lrs/<box>/fail?n=N    makes the next N POSTs fail.
const lrsBoxes = new Map();
async function testLrs(ctx, next) {
  const m = /^\/test-lrs\/([\w-]+)\/(statements|fail)$/.exec(ctx.path);
  if (!m) return next();
  const box = lrsBoxes.get(m[1]) ?? { statements: [], requests: [], fail: 0 };
  lrsBoxes.set(m[1], box);
  if (m[2] === 'fail') {
    box.fail = Number(ctx.query.n ?? 1);
    ctx.status = 204;
    return;
  }
  if (ctx.method === 'GET') {
    ctx.body = { statements: box.statements, requests: box.requests };
    return;
  }
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  box.requests.push({ authorization: ctx.get('authorization'), version: ctx.get('x-experience-api-version') });
  if (box.fail > 0) {
    box.fail--;
    ctx.status = 503;
    return;
  }
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const list = Array.isArray(body) ? body : [body];
  box.statements.push(...list);
  ctx.body = list.map((st) => st.id);
}

const cdpSessions = new WeakMap();

// GET /test-slow/<anything>: answers only after 5 seconds, for content-pack timeouts.
async function testSlow(ctx, next) {
  if (!ctx.path.startsWith('/test-slow/')) return next();
  await new Promise((resolve) => setTimeout(resolve, 5000));
  ctx.body = '{}';
}

export default {
  middleware: [testLrs, testSlow],
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // `executeServerCommand('cg-media-features', [{ name: 'forced-colors', value: 'active' }, ...])` sets the page's
    // emulated media features (replacing earlier ones) through CDP: the bundled emulateMedia command and puppeteer
    // have no forced-colors option.
    {
      name: 'cg-media-features',
      async executeCommand({ command, payload, session }) {
        if (command !== 'cg-media-features') return undefined;
        const page = session.browser.getPage(session.id);
        // Emulation lasts as long as the CDP session that set it, so keep one session per page.
        if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
        await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
        return true;
      },
    },
    // `executeServerCommand('cg-ax-tree')`: the page's accessibility tree as Chromium gives it to screen readers (CDP
    // Accessibility.getFullAXTree), as a list of { role, name, valuetext, live } for the nodes not ignored.
    // Accessibility tests read names and live regions from it rather than from the DOM.
    {
      name: 'cg-ax-tree',
      async executeCommand({ command, session }) {
        if (command !== 'cg-ax-tree') return undefined;
        const page = session.browser.getPage(session.id);
        if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
        const { nodes } = await cdpSessions.get(page).send('Accessibility.getFullAXTree');
        const prop = (n, name) => n.properties?.find((p) => p.name === name)?.value?.value;
        return nodes
          .filter((n) => !n.ignored)
          .map((n) => ({
            role: n.role?.value ?? '',
            name: n.name?.value ?? '',
            valuetext: prop(n, 'valuetext') ?? null,
            live: prop(n, 'live') ?? null,
          }));
      },
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
      // Each page gets its own browser context, so test files running side by side never share localStorage,
      // and opens as a window: a second page opened as a tab would be in the background, where rAF never fires.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage({ type: 'window' }),
    }),
  ],
};
