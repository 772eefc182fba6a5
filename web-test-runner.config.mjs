import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';

// The system Chromium (Debian's `chromium`, or set CHROME_PATH). No test tool downloads a browser of its own.
const executablePath =
  process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

// A local xAPI endpoint for the LMS tests, one in-memory box per test name:
//   POST /test-lrs/<box>/statements  stores the statements (an array or one) and answers 200 with their ids, as an
//                                    LRS does; 400 when any statement's actor has a malformed mbox (an LRS checks it);
//                                    or fails as the box's next fault says;
//   GET  /test-lrs/<box>/statements  { statements, requests: [{ authorization, version, count, at }] };
//   POST /test-lrs/<box>/fail?n=N&kind=K[&retry-after=S]  makes the next N POSTs fail: `503` (default), `429`,
//        `401`, `redirect` (302 to a login page), `html` (200 with a login page), `hang` (no answer for 60 s).
const lrsBoxes = new Map();
const LOGIN = '<!doctype html><html><body><form action="/login"><input name="user"></form></body></html>';
async function testLrs(ctx, next) {
  const m = /^\/test-lrs\/([\w-]+)\/(statements|fail|login)$/.exec(ctx.path);
  if (!m) return next();
  const box = lrsBoxes.get(m[1]) ?? { statements: [], requests: [], faults: [] };
  lrsBoxes.set(m[1], box);
  if (m[2] === 'login') {
    ctx.type = 'text/html';
    ctx.body = LOGIN;
    return;
  }
  if (m[2] === 'fail') {
    const fault = { kind: String(ctx.query.kind ?? '503'), retryAfter: ctx.query['retry-after'] };
    for (let i = 0; i < Number(ctx.query.n ?? 1); i++) box.faults.push(fault);
    ctx.status = 204;
    return;
  }
  if (ctx.method === 'GET') {
    ctx.body = { statements: box.statements, requests: box.requests };
    return;
  }
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const list = Array.isArray(body) ? body : [body];
  box.requests.push({ authorization: ctx.get('authorization'), version: ctx.get('x-experience-api-version'), count: list.length, at: Date.now() });
  const fault = box.faults.shift();
  if (fault) {
    if (fault.retryAfter) ctx.set('Retry-After', String(fault.retryAfter));
    if (fault.kind === 'redirect') return ctx.redirect(`/test-lrs/${m[1]}/login`);
    if (fault.kind === 'html') {
      ctx.type = 'text/html';
      ctx.body = LOGIN;
      return;
    }
    if (fault.kind === 'hang') {
      await new Promise((resolve) => {
        const t = setTimeout(resolve, 60000);
        ctx.req.socket.once('close', () => (clearTimeout(t), resolve()));
      });
      ctx.status = 504;
      return;
    }
    ctx.status = Number(fault.kind) || 503;
    return;
  }
  if (list.some((st) => st?.actor?.mbox !== undefined && !/^mailto:[^@\s]+@[^@\s]+$/.test(st.actor.mbox))) {
    ctx.status = 400;
    ctx.body = { error: 'actor.mbox is not a mailto IRI' };
    return;
  }
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
