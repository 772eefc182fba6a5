// Builds every file a lecturer or a bundler needs into dist/:
//   collabgov.js (ES module, all widgets), collabgov.iife.js (classic script), one ES file per widget,
//   model.js (the model alone, registers no element), types (.d.ts), content-pack.schema.json.
// Each file is self-contained (lit and zod bundled in) so it runs from an LMS file area with no further fetches.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
rmSync(dist, { recursive: true, force: true });

const entries = [
  { entry: 'src/index.ts', name: 'collabgov', formats: ['es', 'iife'] },
  { entry: 'src/widgets/form-picker/index.ts', name: 'form-picker', formats: ['es'] },
  { entry: 'src/widgets/table-comparator/index.ts', name: 'table-comparator', formats: ['es'] },
  { entry: 'src/widgets/tension-sliders/index.ts', name: 'tension-sliders', formats: ['es'] },
  { entry: 'src/model/index.ts', name: 'model', formats: ['es'] },
];

async function bundle({ entry, name, formats, outDir = dist }) {
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
          fileName: () => (format === 'iife' ? `${name}.iife.js` : `${name}.js`),
        },
        rolldownOptions: { output: { minify: true, codeSplitting: false } },
      },
    });
  }
}

for (const e of entries) await bundle(e);

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
