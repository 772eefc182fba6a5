// Builds every file a lecturer or a bundler needs into dist/:
//   collabgov.js (ES module, all widgets), collabgov.iife.js (classic script), one ES file per widget,
//   collabgov-checks.js and collabgov-en.js (loaded by the files above only for a lecturer's pack),
//   collabgov-ja.js and collabgov-cy.js (Japanese and Welsh: chrome and content, loaded only on a page in that language),
//   model.js (the model alone, registers no element), types (.d.ts), content-pack.schema.json,
//   embed.html + embed.js (one widget in an iframe, configured by the query string; all widgets + the LMS glue),
//   embed-resizer.js (for the host page), scorm/<widget>[-<mode>].zip (SCORM 1.2 packages),
//   studio/ (the lecturer's studio: index.html + studio.js, see scripts/studio/build.mjs).
// Each file is self-contained (lit bundled in) so with the default content it runs from an LMS file area with no
// further fetches; with a lecturer's pack it also loads the checker (and the whole pack) from beside itself.
// How each file is bundled: scripts/lib/bundle.mjs.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENTRIES, LANGUAGES, libConfig, root } from './lib/bundle.mjs';

const dist = resolve(root, 'dist');
rmSync(dist, { recursive: true, force: true });

async function bundle(e, outDir = dist) {
  for (const format of e.formats) await build(libConfig(e, format, { outDir }));
}

for (const e of ENTRIES) await bundle(e);

// The iframe page and the SCORM 1.2 packages.
const { embedPage, scormVariants, scormZip } = await import(pathToFileURL(resolve(root, 'scripts/scorm/package.mjs')).href);
writeFileSync(resolve(dist, 'embed.html'), embedPage());
mkdirSync(resolve(dist, 'scorm'), { recursive: true });
const embedJs = readFileSync(resolve(dist, 'embed.js'));
const { defaultPack } = await import(pathToFileURL(resolve(dist, 'model.js')).href);
for (const variant of scormVariants(defaultPack.cases)) writeFileSync(resolve(dist, 'scorm', `${variant.name}.zip`), scormZip(variant, embedJs));
// The same packages in each other language: <name>-<lang>.zip, which also carry collabgov-<lang>.js.
for (const lang of LANGUAGES) {
  const languageFile = readFileSync(resolve(dist, `collabgov-${lang}.js`));
  const { language } = await import(pathToFileURL(resolve(dist, `collabgov-${lang}.js`)).href);
  for (const variant of scormVariants(language.pack.cases))
    writeFileSync(resolve(dist, 'scorm', `${variant.name}-${lang}.zip`), scormZip({ ...variant, name: `${variant.name}-${lang}` }, embedJs, { lang, languageFile }));
}

// The JSON Schema of what a lecturer may write (any part of a pack), for completion and checking in editors.
const tmp = resolve(root, 'node_modules/.cache/collabgov');
mkdirSync(tmp, { recursive: true });
await bundle({ entry: 'scripts/json-schema-entry.ts', name: 'json-schema-entry', formats: ['es'] }, tmp);
const { jsonSchema } = await import(pathToFileURL(resolve(tmp, 'json-schema-entry.js')).href);
writeFileSync(resolve(dist, 'content-pack.schema.json'), JSON.stringify(jsonSchema(), null, 2) + '\n');

// The lecturer's studio (dist/studio/), which carries the files above that it exports.
const { buildStudio } = await import(pathToFileURL(resolve(root, 'scripts/studio/build.mjs')).href);
await buildStudio({ root, dist });

// Types for bundler users.
execFileSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
console.log('built dist/');
