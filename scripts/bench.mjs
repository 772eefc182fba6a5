// npm run bench: measures what ships. For now the bytes of every file in dist/ (raw and gzip -9) against
// the byte budgets, which are deterministic and so may fail CI. Run `npm run build` first.
// Flags: --sizes-only (skip browser timings; CI uses this).
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'collabgov.js'))) {
  console.error('bench: dist/collabgov.js is missing; run `npm run build` first.');
  process.exit(2);
}

/** Byte budgets (gzip): all widgets with the English pack in one file, and one widget's entry. */
export const BUDGETS = {
  'collabgov.js': 35 * 1024,
  'collabgov.iife.js': 35 * 1024,
  'form-picker.js': 20 * 1024,
  'table-comparator.js': 20 * 1024,
  'tension-sliders.js': 20 * 1024,
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
console.log('file'.padEnd(34), 'raw'.padStart(10), 'gzip'.padStart(10), 'budget'.padStart(10), '');
for (const s of sizes) {
  const budget = BUDGETS[s.file];
  const over = budget !== undefined && s.gzip > budget;
  if (over) failed++;
  console.log(
    s.file.padEnd(34),
    kb(s.bytes).padStart(10),
    kb(s.gzip).padStart(10),
    (budget ? kb(budget) : '').padStart(10),
    budget ? (over ? 'over budget' : 'ok') : '',
  );
}
let browser = null;
if (!process.argv.includes('--sizes-only')) {
  const { benchBrowser } = await import('./bench-browser.mjs');
  browser = await benchBrowser(root);
  console.log('\npage'.padEnd(20), 'requests'.padStart(9), 'transfer'.padStart(10), 'interactive median (min–max)'.padStart(30), 'heap'.padStart(9), 'key→paint p50/p95'.padStart(19));
  for (const [name, r] of Object.entries(browser)) {
    const i = r.interactiveMs;
    console.log(
      name.padEnd(19),
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
if (failed && process.argv.includes("--check-budgets")) {
  console.error(`bench: ${failed} file(s) over their gzip budget.`);
  process.exit(1);
}
console.log(
  failed
    ? `bench: ${failed} file(s) over their gzip budget (reported only; pass --check-budgets to fail on it).`
    : 'bench: every file within its byte budget.',
);
