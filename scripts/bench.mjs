// npm run bench: measures what ships (run `npm run build` first).
// 1. The bytes of every file in dist/ (raw and gzip -9), against the target budgets and the enforced ceilings.
// 2. In headless Chromium (scripts/bench-browser.mjs): requests and bytes over the wire, time to interactive,
//    JS heap, key-press-to-paint latency, and a page of 50 instances. Results go to bench/results.json.
// Flags: --sizes-only (skip the browser; CI uses this), --check-budgets (exit 1 when a file is over its ceiling).
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'collabgov.js'))) {
  console.error('bench: dist/collabgov.js is missing; run `npm run build` first.');
  process.exit(2);
}

/** Target budgets (gzip): all widgets with the English pack in one file, and one widget's entry. Not met yet. */
export const BUDGETS = {
  'collabgov.js': 35 * 1024,
  'collabgov.iife.js': 35 * 1024,
  'form-picker.js': 20 * 1024,
  'table-comparator.js': 20 * 1024,
  'tension-sliders.js': 20 * 1024,
};

/**
 * Enforced ceilings (gzip): what CI fails on. They sit just above the sizes measured when they were set, so any
 * growth is a deliberate decision (raise the ceiling in the same commit and say why); lower them as sizes drop.
 */
export const CEILINGS = {
  'collabgov.js': 50.5 * 1024,
  'collabgov.iife.js': 50.5 * 1024,
  'collabgov-checks.js': 14 * 1024,
  'collabgov-en.js': 16 * 1024,
  'embed.js': 66 * 1024,
  'form-picker.js': 29 * 1024,
  'table-comparator.js': 29 * 1024,
  'tension-sliders.js': 29.5 * 1024,
};

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'types') yield* files(p);
    } else yield p;
  }
}

const sizes = [];
for (const file of files(dist)) {
  const buf = readFileSync(file);
  sizes.push({ file: relative(dist, file), bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
}
sizes.sort((a, b) => a.file.localeCompare(b.file));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = 0;
console.log('file'.padEnd(34), 'raw'.padStart(10), 'gzip'.padStart(10), 'target'.padStart(10), 'ceiling'.padStart(10), '');
for (const s of sizes) {
  const target = BUDGETS[s.file];
  const ceiling = CEILINGS[s.file];
  const over = ceiling !== undefined && s.gzip > ceiling;
  if (over) failed++;
  const status = over ? 'OVER CEILING' : target !== undefined ? (s.gzip <= target ? 'within target' : `target +${kb(s.gzip - target)}`) : '';
  console.log(
    s.file.padEnd(34),
    kb(s.bytes).padStart(10),
    kb(s.gzip).padStart(10),
    (target ? kb(target) : '').padStart(10),
    (ceiling ? kb(ceiling) : '').padStart(10),
    status,
  );
}
let browser = null;
if (!process.argv.includes('--sizes-only')) {
  const { benchBrowser } = await import('./bench-browser.mjs');
  browser = await benchBrowser(root);
  console.log('\npage'.padEnd(24), 'requests'.padStart(9), 'transfer'.padStart(10), 'interactive median (min–max)'.padStart(30), 'heap'.padStart(9), 'key→paint p50/p95'.padStart(19));
  for (const [name, r] of Object.entries(browser)) {
    const i = r.interactiveMs;
    console.log(
      name.padEnd(23),
      String(r.requests).padStart(9),
      `${r.transferKB} KB`.padStart(10),
      `${i.median} ms (${i.min}–${i.max})`.padStart(30),
      `${r.heapMB} MB`.padStart(9),
      (r.keyToPaintMs ? `${r.keyToPaintMs.p50} / ${r.keyToPaintMs.p95} ms` : '–').padStart(19),
    );
  }
}
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/results.json'), JSON.stringify({ date: new Date().toISOString(), sizes, browser }, null, 2) + '\n');
if (failed && process.argv.includes('--check-budgets')) {
  console.error(`bench: ${failed} file(s) over their enforced gzip ceiling.`);
  process.exit(1);
}
console.log(failed ? `bench: ${failed} file(s) over their ceiling (pass --check-budgets to fail on it).` : 'bench: every file within its ceiling.');
