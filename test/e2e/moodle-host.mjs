// Shared by test/e2e/moodle-*.test.mjs: the built SCORM zips (dist/scorm/*.zip, unzipped into a temporary packages
// folder) played by the Moodle 4.5.6 SCORM player stand-in (test/hosts/moodle-scorm: Moodle's own player JS and PHP,
// with its failure injection), in the system Chromium. Each learner launch gets a fresh browser context unless the
// test passes one (the same computer). Run after `npm run build`; needs php-cli, php-xml and php-mbstring.
import { before, after } from 'node:test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { chromiumOptions } from '../../scripts/lib/static-server.mjs';

export const root = resolve(import.meta.dirname, '../..');
const host = resolve(root, 'test/hosts/moodle-scorm');

const freePort = () =>
  new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => ok(p));
    });
  });

/** Unzips every dist/scorm/*.zip into `dir/<name>/`; returns the names. */
export function unzipPackages(dir) {
  const names = [];
  for (const file of readdirSync(resolve(root, 'dist/scorm')).filter((f) => f.endsWith('.zip'))) {
    const name = file.replace(/\.zip$/, '');
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(resolve(root, 'dist/scorm', file))))) {
      const out = join(dir, name, path);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, bytes);
    }
    names.push(name);
  }
  return names;
}

/**
 * For a test file: starts the stand-in (with `start.sh` options such as `['--scormstandard', '1']`) and Chromium.
 * Returns { base, names, get(path), fail(pkg, n), launch(pkg, user, opts), exit(l), packages }.
 */
export function moodle(options = []) {
  const m = { problems: [] };
  let state, packages;
  before(async () => {
    packages = mkdtempSync(join(tmpdir(), 'cg-moodle-pkgs-'));
    state = mkdtempSync(join(tmpdir(), 'cg-moodle-state-'));
    m.packages = packages;
    m.names = unzipPackages(packages);
    const port = await freePort();
    m.base = `http://127.0.0.1:${port}`;
    execFileSync('sh', [join(host, 'start.sh'), '--port', String(port), '--packages', packages, '--state', state, ...options], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    m.browser = await chromium.launch(chromiumOptions());
  });
  after(async () => {
    await m.browser?.close();
    if (state) execFileSync('sh', [join(host, 'stop.sh'), '--state', state], { stdio: 'ignore' });
    for (const dir of [state, packages]) if (dir) rmSync(dir, { recursive: true, force: true });
  });
  m.get = async (path) => (await fetch(m.base + path)).json();
  m.state = (pkg, user) => m.get(`/state?pkg=${pkg}&user=${user}`);
  m.fail = (pkg, n) => m.get(`/fail?pkg=${pkg}&n=${n}`);
  /**
   * Opens the activity as learner `user` (in `context`, else a new browser context: another computer) and waits for
   * the SCO's LMSInitialize. Gives { context, page, sco (FrameLocator), frame() (the SCO's Frame), problems }.
   */
  m.launch = async (pkg, user, { context, query = '' } = {}) => {
    const ctx = context ?? (await m.browser.newContext());
    const page = await ctx.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    await page.goto(`${m.base}/player?pkg=${pkg}&user=${user}${query}`);
    await page.waitForFunction(() => window.standinApiLog?.some((c) => c.fn === 'LMSInitialize' && c.result === 'true'));
    const sco = page.frameLocator('#scorm_object');
    await sco.locator('main > :not([role=status])').first().waitFor();
    return { context: ctx, page, sco, problems, frame: () => page.frames().find((f) => f.url().includes('/pluginfile.php/')) };
  };
  /** Leaves as a learner does ("Exit activity"), then waits until the stand-in has logged the LMSFinish request. */
  m.exit = async (l, pkg, user) => {
    const before = (await m.get(`/log?pkg=${pkg}&user=${user}`)).length;
    await l.page.click('text=Exit activity');
    await l.page.waitForURL(/\/course\/view\.php/);
    const end = Date.now() + 5000;
    for (;;) {
      const log = await m.get(`/log?pkg=${pkg}&user=${user}`);
      if (log.slice(before).some((e) => e.elements['cmi.core.total_time'] !== undefined)) return log.slice(before);
      if (Date.now() > end) return log.slice(before);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return m;
}

/** Reads suspend_data of format 2 as the package wrote it (plain JSON, or base64 deflate-raw). */
export function readSuspend(data) {
  if (data.startsWith('cg2z')) return JSON.parse(inflateRawSync(Buffer.from(data.slice(4), 'base64')).toString('utf8'));
  if (data.startsWith('cg2')) return JSON.parse(data.slice(3));
  throw new Error(`not format 2: ${data.slice(0, 20)}`);
}

/** The widget's saved state inside suspend data (format 2), by its storage key without `collabgov:`. */
export const savedState = (data, key) => readSuspend(data).e[key][2];

/** Waits until `check(state)` holds for the learner's /state, or throws with the last state after `ms`. */
export async function untilState(m, pkg, user, check, ms = 15000) {
  const end = Date.now() + ms;
  let st;
  for (;;) {
    st = await m.state(pkg, user);
    if (check(st)) return st;
    if (Date.now() > end) throw new Error(`state never matched: ${JSON.stringify({ ...st, attempts: undefined }).slice(0, 1500)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Opens the i-th tension's note (a disclosure, closed while empty) as a student would, then types `text` into it. */
export async function fillNote(sco, i, text) {
  const note = sco.locator('cg-tension-sliders details.note').nth(i);
  if (!(await note.evaluate((d) => d.open))) await note.locator('summary').click();
  await note.locator('textarea').fill(text);
}
