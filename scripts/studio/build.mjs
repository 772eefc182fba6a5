// Builds dist/studio/: index.html and studio.js, one classic script (IIFE) that runs from disk or any static host.
// studio.js carries the texts of the files it exports (collabgov.iife.js, collabgov-checks.js, embed.js, as built
// just before), and the widgets' declared attributes, read from the Custom Elements Manifest (the analyzer runs
// first), so a new attribute appears in the studio without a change there.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { libConfig, LANGUAGES } from '../lib/bundle.mjs';

/** Per widget, its attributes from custom-elements.json: { name, type, description }. */
export function widgetAttributes(manifest) {
  const out = {};
  for (const mod of manifest.modules ?? [])
    for (const d of mod.declarations ?? [])
      if (d.tagName?.startsWith('cg-'))
        out[d.tagName.slice(3)] = (d.attributes ?? []).map((a) => ({ name: a.name, type: a.type?.text ?? 'string', description: a.description ?? '' }));
  return out;
}

export async function buildStudio({ root, dist }) {
  execFileSync(process.execPath, [resolve(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { cwd: root, stdio: 'ignore' });
  const attributes = widgetAttributes(JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8')));
  const read = (f) => readFileSync(resolve(dist, f), 'utf8');
  const version = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version;
  const languages = Object.fromEntries(LANGUAGES.map((l) => [l, read(`collabgov-${l}.js`)]));
  const files = { iife: read('collabgov.iife.js'), checks: read('collabgov-checks.js'), embed: read('embed.js'), version, languages };
  const modules = {
    'virtual:cg-studio-files': `export default ${JSON.stringify(files)};`,
    'virtual:cg-attributes': `export default ${JSON.stringify(attributes)};`,
  };
  const virtual = {
    name: 'collabgov-studio-virtual',
    resolveId: (id) => (id in modules ? `\0${id}` : null),
    load: (id) => (id.startsWith('\0') && id.slice(1) in modules ? modules[id.slice(1)] : null),
  };
  const outDir = resolve(dist, 'studio');
  mkdirSync(outDir, { recursive: true });
  await build(libConfig({ entry: 'src/studio/main.ts', name: 'studio', formats: ['iife'], file: 'studio.js' }, 'iife', { outDir, plugins: [virtual] }));
  copyFileSync(resolve(root, 'src/studio/index.html'), resolve(outDir, 'index.html'));
}
