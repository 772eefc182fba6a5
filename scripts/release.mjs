// `npm run release` (after `npm run build`): the files a lecturer can get without Node, in one zip:
//   release/collabgov-<version>.zip
//     collabgov-<version>/GUIDE.txt        which file for which host, step by step
//     collabgov-<version>/studio/          the studio: open studio/index.html to make your own activities
//     collabgov-<version>/web/             the built files to put on a web server (dist/, less what bundlers use)
//     collabgov-<version>/scorm/*.zip      the SCORM 1.2 packages (dist/scorm)
//     collabgov-<version>/activities/*.html one self-contained page per default activity (no other file needed)
//     collabgov-<version>/wordpress/collabgov-wordpress.zip  the WordPress plugin, when scripts/wordpress exists
//     collabgov-<version>/LICENSE
//   release/collabgov-wordpress.zip        the plugin alone, to install from WordPress's plugin page
// `--out DIR` writes elsewhere (the tests use it). The zips are the same bytes for the same dist/.
import { LANGUAGES } from './lib/bundle.mjs';
import { build } from 'vite';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { libConfig, root } from './lib/bundle.mjs';

const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
export const version = pkg.version;
const dist = resolve(root, 'dist');

/** The files of dist/ a lecturer uploads (model.js and the types are for bundlers). */
export const WEB_FILES = [
  'collabgov.js',
  'collabgov.iife.js',
  'form-picker.js',
  'table-comparator.js',
  'tension-sliders.js',
  'collabgov-checks.js',
  'collabgov-en.js',
  // Japanese and Welsh: upload the one your pages use beside the others (each loads only on a page in that language).
  ...LANGUAGES.map((l) => `collabgov-${l}.js`),
  'embed.html',
  'embed.js',
  'embed-resizer.js',
  'content-pack.schema.json',
];

/** The studio (dist/studio/), which runs opened from disk. */
export const STUDIO_FILES = ['studio/index.html', 'studio/studio.js'];

/** Modes that show nothing useful without a case: one activity per case that has what they need. */
const NEEDS_CASE = { 'tension-sliders': { compare: (c) => !!c.tensions } };

/** The page builder and the widgets' modes, bundled from the sources for Node. */
export async function sources() {
  const outDir = resolve(root, 'node_modules/.cache/collabgov');
  await build(libConfig({ entry: 'scripts/release/entry.ts', name: 'release-entry', formats: ['es'] }, 'es', { outDir }));
  return import(`${pathToFileURL(resolve(outDir, 'release-entry.js')).href}?${Date.now()}`);
}

/** Every default activity: { name, widget, mode, case?, caseName? }. */
export async function activities(WIDGETS) {
  const { defaultPack } = await import(pathToFileURL(resolve(dist, 'collabgov-en.js')).href);
  return Object.entries(WIDGETS).flatMap(([widget, { modes }]) =>
    modes.flatMap((mode, i) => {
      const base = i === 0 ? widget : `${widget}-${mode}`;
      const needs = NEEDS_CASE[widget]?.[mode];
      if (!needs) return [{ name: base, widget, mode }];
      return defaultPack.cases.filter(needs).map((c) => ({ name: `${base}-${c.id}`, widget, mode, case: c.id, caseName: c.name }));
    }),
  );
}

/** The WordPress plugin's zip, from scripts/wordpress/package.mjs (its engineer's), or null while it is not there. */
async function wordpress() {
  const file = resolve(root, 'scripts/wordpress/package.mjs');
  if (!existsSync(file)) {
    console.log('release: scripts/wordpress/package.mjs is not in this tree yet, so collabgov-wordpress.zip is left out.');
    return null;
  }
  const { wordpressZip } = await import(pathToFileURL(file).href);
  return wordpressZip({ root, dist, version });
}

/** Writes the release; returns { zip, files } (the zip's path and the names inside it). */
export async function release(out = resolve(root, 'release')) {
  const missing = [...WEB_FILES, 'scorm', ...STUDIO_FILES].filter((f) => !existsSync(resolve(dist, f)));
  if (missing.length) throw new Error(`release: dist/ lacks ${missing.join(', ')}; run \`npm run build\` first.`);
  const { standalonePage, TITLES, WIDGETS } = await sources();
  const top = `collabgov-${version}`;
  const files = {};
  const add = (path, bytes) => (files[`${top}/${path}`] = bytes);

  add('GUIDE.txt', strToU8(readFileSync(resolve(root, 'scripts/release/GUIDE.txt'), 'utf8').replaceAll('{{version}}', version)));
  add('LICENSE', readFileSync(resolve(root, 'LICENSE')));
  for (const f of WEB_FILES) add(`web/${f}`, readFileSync(resolve(dist, f)));
  for (const f of STUDIO_FILES) add(f, readFileSync(resolve(dist, f)));
  for (const f of readdirSync(resolve(dist, 'scorm')).sort()) add(`scorm/${f}`, readFileSync(resolve(dist, 'scorm', f)));
  const script = readFileSync(resolve(dist, 'collabgov.iife.js'), 'utf8');
  for (const a of await activities(WIDGETS)) {
    const title = a.caseName ? `${TITLES[a.widget]}: compare with ${a.caseName}` : undefined;
    add(`activities/${a.name}.html`, strToU8(standalonePage({ widget: a.widget, mode: a.mode, case: a.case, title, script })));
  }
  const plugin = await wordpress();
  if (plugin) add('wordpress/collabgov-wordpress.zip', plugin);

  mkdirSync(out, { recursive: true });
  const zip = resolve(out, `${top}.zip`);
  const mtime = new Date('2026-01-01T00:00:00Z');
  writeFileSync(zip, zipSync(files, { level: 9, mtime }));
  if (plugin) writeFileSync(resolve(out, 'collabgov-wordpress.zip'), plugin);
  return { zip, files: Object.keys(files) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--out');
  const { zip, files } = await release(at > 0 ? resolve(process.argv[at + 1]) : undefined);
  console.log(`release: wrote ${zip} (${files.length} files, ${(readFileSync(zip).length / 1024).toFixed(0)} KB)`);
}
