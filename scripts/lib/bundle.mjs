// How each file of dist/ is bundled: shared by scripts/build.mjs (which writes them) and scripts/bench.mjs (which
// also bundles the budgeted files without their teaching text, to measure the code alone).
import { resolve } from 'node:path';
import { minifyCssTemplatesPlugin } from './minify-css-templates.mjs';

export const root = resolve(import.meta.dirname, '../..');

// `lazy`: what the file imports only on demand, from files beside it, for a lecturer's pack: the checker (zod and
// the pack's schemas) and, for one-widget files that carry only their widget's part of the English pack, the whole
// pack (a lecturer's pack is merged over it; collabgov.js holds it and hands it over, so never fetches it).
// embed.js carries everything English (SCORM packages, iframes). Every file loads the other languages on demand:
// collabgov-<lang>.js (src/lang/<lang>.ts: that language's chrome catalog and default pack), beside itself.
// The widgets import every language's file on demand, so each is always left out of the other files and built as its
// own (test/i18n/parity.test.ts fails while any of a language's translations is missing).
export const LANGUAGES = ['ja', 'cy'];
const LAZY_ALL = ['checks', 'en', ...LANGUAGES];
export const ENTRIES = [
  { entry: 'src/index.ts', name: 'collabgov', formats: ['es', 'iife'], lazy: LAZY_ALL },
  { entry: 'src/widgets/form-picker/index.ts', name: 'form-picker', formats: ['es'], lazy: LAZY_ALL },
  { entry: 'src/widgets/table-comparator/index.ts', name: 'table-comparator', formats: ['es'], lazy: LAZY_ALL },
  { entry: 'src/widgets/tension-sliders/index.ts', name: 'tension-sliders', formats: ['es'], lazy: LAZY_ALL },
  { entry: 'src/model/checks.ts', name: 'collabgov-checks', formats: ['es'] },
  { entry: 'src/model/packs/en.ts', name: 'collabgov-en', formats: ['es'] },
  ...LANGUAGES.map((l) => ({ entry: `src/lang/${l}.ts`, name: `collabgov-${l}`, formats: ['es'] })),
  { entry: 'src/model/index.ts', name: 'model', formats: ['es'] },
  { entry: 'src/lms/embed.ts', name: 'embed', formats: ['iife'], file: 'embed.js', lazy: LANGUAGES },
  { entry: 'src/lms/embed-resizer-entry.ts', name: 'embed-resizer', formats: ['iife'], file: 'embed-resizer.js' },
];

/** Points `import('…/model/checks.js')` and `import('…/packs/en.js')` at files resolved beside the importing script. */
const LAZY = {
  checks: [/(^|\/)model\/checks\.js$/, 'collabgov-checks.js'],
  en: [/(^|\/)packs\/en\.js$/, 'collabgov-en.js'],
  ...Object.fromEntries(LANGUAGES.map((l) => [l, [new RegExp(`(^|/)lang/${l}\\.js$`), `collabgov-${l}.js`]])),
};
const lazyPlugin = (names) => ({
  name: 'collabgov-lazy',
  resolveDynamicImport(specifier, importer) {
    if (typeof specifier !== 'string') return null;
    const path = resolve(importer ? resolve(importer, '..') : root, specifier).replaceAll('\\', '/');
    for (const name of names) if (LAZY[name][0].test(path)) return { id: `./${LAZY[name][1]}`, external: true };
    return null;
  },
});

/** The file name an entry gets in one format. */
export const fileOf = ({ name, file }, format) => file ?? (format === 'iife' ? `${name}.iife.js` : `${name}.js`);

/** vite's options for one entry in one format (`plugins`: more rolldown plugins, e.g. the bench's). */
export function libConfig(e, format, { outDir, write = true, plugins = [] } = {}) {
  return {
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      write,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      copyPublicDir: false,
      lib: { entry: resolve(root, e.entry), name: 'collabgov', formats: [format], fileName: () => fileOf(e, format) },
      rolldownOptions: {
        output: { minify: true, codeSplitting: false },
        plugins: [minifyCssTemplatesPlugin, ...(e.lazy?.length ? [lazyPlugin(e.lazy)] : []), ...plugins],
      },
    },
  };
}
