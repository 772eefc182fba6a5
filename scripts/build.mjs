// Builds every file a lecturer or a bundler needs into dist/:
//   collabgov.js (ES module, all widgets), collabgov.iife.js (classic script), one ES file per widget,
//   collabgov-checks.js (zod and the schemas, loaded by the files above only for a lecturer's pack or saved work),
//   model.js (the model alone, registers no element), types (.d.ts), content-pack.schema.json,
//   embed.html + embed.js (one widget in an iframe, configured by the query string; all widgets + the LMS glue),
//   embed-resizer.js (for the host page), scorm/<widget>[-<mode>].zip (SCORM 1.2 packages).
// Each file is self-contained (lit bundled in) so with the default content it runs from an LMS file area with no
// further fetches; with a lecturer's pack or saved work it also loads collabgov-checks.js from beside itself.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { minifyCssTemplatesPlugin } from './lib/minify-css-templates.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
rmSync(dist, { recursive: true, force: true });

// `lazy`: what the file imports only on demand, from files beside it: the checker (zod and the schemas, for a
// lecturer's pack or saved work) and, for one-widget files that carry only their widget's part of the English pack,
// the whole pack (a lecturer's pack is merged over it; collabgov.js holds it and hands it over, so never fetches it).
// embed.js carries everything (SCORM packages, iframes).
const entries = [
  { entry: 'src/index.ts', name: 'collabgov', formats: ['es', 'iife'], lazy: ['checks', 'en'] },
  { entry: 'src/widgets/form-picker/index.ts', name: 'form-picker', formats: ['es'], lazy: ['checks', 'en'] },
  { entry: 'src/widgets/table-comparator/index.ts', name: 'table-comparator', formats: ['es'], lazy: ['checks', 'en'] },
  { entry: 'src/widgets/tension-sliders/index.ts', name: 'tension-sliders', formats: ['es'], lazy: ['checks', 'en'] },
  { entry: 'src/model/checks.ts', name: 'collabgov-checks', formats: ['es'] },
  { entry: 'src/model/packs/en.ts', name: 'collabgov-en', formats: ['es'] },
  { entry: 'src/model/index.ts', name: 'model', formats: ['es'] },
  { entry: 'src/lms/embed.ts', name: 'embed', formats: ['iife'], file: 'embed.js' },
  { entry: 'src/lms/embed-resizer-entry.ts', name: 'embed-resizer', formats: ['iife'], file: 'embed-resizer.js' },
];

/** Points `import('…/model/checks.js')` and `import('…/packs/en.js')` at files resolved beside the importing script. */
const LAZY = { checks: [/(^|\/)model\/checks\.js$/, 'collabgov-checks.js'], en: [/(^|\/)packs\/en\.js$/, 'collabgov-en.js'] };
const lazyPlugin = (names) => ({
  name: 'collabgov-lazy',
  resolveDynamicImport(specifier, importer) {
    if (typeof specifier !== 'string') return null;
    const path = resolve(importer ? resolve(importer, '..') : root, specifier).replaceAll('\\', '/');
    for (const name of names) if (LAZY[name][0].test(path)) return { id: `./${LAZY[name][1]}`, external: true };
    return null;
  },
});

async function bundle({ entry, name, formats, outDir = dist, file, lazy = [] }) {
  for (const format of formats) {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      publicDir: false,
      build: {
        outDir,
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: false,
        copyPublicDir: false,
        lib: {
          entry: resolve(root, entry),
          name: 'collabgov',
          formats: [format],
          fileName: () => file ?? (format === 'iife' ? `${name}.iife.js` : `${name}.js`),
        },
        rolldownOptions: { output: { minify: true, codeSplitting: false }, plugins: [minifyCssTemplatesPlugin, ...(lazy.length ? [lazyPlugin(lazy)] : [])] },
      },
    });
  }
}

for (const e of entries) await bundle(e);

// The iframe page and the SCORM 1.2 packages.
const { embedPage, scormVariants, scormZip } = await import(pathToFileURL(resolve(root, 'scripts/scorm/package.mjs')).href);
writeFileSync(resolve(dist, 'embed.html'), embedPage());
mkdirSync(resolve(dist, 'scorm'), { recursive: true });
const embedJs = readFileSync(resolve(dist, 'embed.js'));
for (const variant of scormVariants()) writeFileSync(resolve(dist, 'scorm', `${variant.name}.zip`), scormZip(variant, embedJs));

// The JSON Schema of what a lecturer may write (any part of a pack), for completion and checking in editors.
const tmp = resolve(root, 'node_modules/.cache/collabgov');
mkdirSync(tmp, { recursive: true });
await bundle({ entry: 'scripts/json-schema-entry.ts', name: 'json-schema-entry', formats: ['es'], outDir: tmp });
const { jsonSchema } = await import(pathToFileURL(resolve(tmp, 'json-schema-entry.js')).href);
writeFileSync(resolve(dist, 'content-pack.schema.json'), JSON.stringify(jsonSchema(), null, 2) + '\n');

// Types for bundler users.
execFileSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
console.log('built dist/');
