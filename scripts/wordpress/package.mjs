// The WordPress plugin's zip (scripts/release.mjs calls `wordpressZip`; so do the WordPress tests), after `npm run
// build`. The plugin's source is integrations/wordpress/collabgov/; the zip adds what the build makes:
//   collabgov/                    the plugin folder WordPress unpacks into wp-content/plugins/
//     collabgov.php, includes/, readme.txt, block/   from the source, with the version written in
//     block/block.json            with its `attributes` written from the vocabulary
//     vocabulary.json             what the shortcode and the block accept, from custom-elements.json and the pack
//     dist/                       the built files the plugin prints at display time
// The zip is the same bytes for the same sources and dist/.
import { LANGUAGES } from '../lib/bundle.mjs';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strToU8, zipSync } from 'fflate';

/** The built files the plugin uses: the classic script (with the files it loads on demand) and the iframe page. */
export const PLUGIN_DIST = ['collabgov.iife.js', 'collabgov-checks.js', 'collabgov-en.js', ...LANGUAGES.map((l) => `collabgov-${l}.js`), 'embed.html', 'embed.js', 'embed-resizer.js'];

/** The query parameters dist/embed.html reads for a widget (src/lms/embed-config.ts), so the iframe form's attributes. */
export const IFRAME_ATTRIBUTES = ['mode', 'case', 'lang', 'theme', 'state-key', 'src'];

/** What a string attribute holds, where its manifest type (`string`) says no more. Anything else is free text. */
const KINDS = { case: 'case', tensions: 'tensions', lang: 'lang', src: 'url', 'lrs-endpoint': 'url' };

/** One attribute's rule from its manifest type: a list of values, a boolean, or a string of some kind. */
function rule(name, type = 'string') {
  const parts = type.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  if (parts.length && parts.every((p) => /^'[^']*'$/.test(p))) return { kind: 'values', values: parts.map((p) => p.slice(1, -1)) };
  if (parts.length === 1 && parts[0] === 'boolean') return { kind: 'boolean' };
  if (parts.length === 1 && parts[0] === 'string') return { kind: KINDS[name] ?? 'text' };
  throw new Error(`wordpress: the attribute ${name} has the type "${type}", which the plugin's vocabulary cannot express.`);
}

/**
 * What the shortcode and the block accept: every widget and each of its attributes (from custom-elements.json, the
 * manifest `npm run build` writes), and the default pack's cases and tensions (from dist/collabgov-en.js).
 */
export async function vocabulary({ root, dist }) {
  const file = resolve(root, 'custom-elements.json');
  if (!existsSync(file)) throw new Error('wordpress: custom-elements.json is missing; run `npm run build` first.');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const { defaultPack } = await import(pathToFileURL(resolve(dist, 'collabgov-en.js')).href);
  const { TITLES } = await titles(root);
  const widgets = {};
  // By tag name, so the lists a lecturer reads (and the zip) do not depend on the order the analyzer found the files in.
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).sort((x, y) => String(x.tagName).localeCompare(String(y.tagName)));
  for (const d of declarations) {
    if (!d.tagName?.startsWith('cg-')) continue;
    const name = d.tagName.slice(3);
    const attributes = {};
    for (const a of d.attributes ?? []) attributes[a.name] = rule(a.name, a.type?.text);
    if (attributes.mode?.kind !== 'values') throw new Error(`wordpress: ${d.tagName} has no list of modes in the manifest.`);
    widgets[name] = { title: TITLES[name] ?? name, modes: attributes.mode.values, attributes };
  }
  if (!Object.keys(widgets).length) throw new Error('wordpress: custom-elements.json declares no cg- element.');
  return {
    widgets,
    cases: defaultPack.cases.map((c) => ({ id: c.id, name: c.name })),
    tensions: defaultPack.tensions.map((t) => t.id),
    iframe: IFRAME_ATTRIBUTES,
  };
}

/** The widgets' titles (src/lms/standalone-page.ts), read from the source so that no bundling is needed. */
async function titles(root) {
  const text = readFileSync(resolve(root, 'src/lms/standalone-page.ts'), 'utf8');
  const block = text.match(/export const TITLES[^{]*\{([^}]*)\}/)?.[1] ?? '';
  return { TITLES: Object.fromEntries([...block.matchAll(/'([a-z-]+)':\s*'([^']*)'/g)].map((m) => [m[1], m[2]])) };
}

/** block.json's attributes: every attribute of every widget (booleans as booleans), the widget and the display. */
function blockAttributes(vocab) {
  const attributes = { widget: { type: 'string' } };
  for (const w of Object.values(vocab.widgets)) {
    for (const [name, r] of Object.entries(w.attributes)) attributes[name] = { type: r.kind === 'boolean' ? 'boolean' : 'string' };
  }
  attributes.display = { type: 'string' };
  attributes.height = { type: 'string' };
  return attributes;
}

/** readme.txt's list of every widget's attributes. */
function attributeList(vocab) {
  const one = ([name, r]) =>
    r.kind === 'values' ? `\`${name}\` (${r.values.join(', ')})` : r.kind === 'boolean' ? `\`${name}\` (true or false; alone, true)` : `\`${name}\``;
  return Object.entries(vocab.widgets)
    .map(([w, spec]) => `* ${w}: ${Object.entries(spec.attributes).map(one).join(', ')}`)
    .join('\n');
}

const walk = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

/** The plugin's zip, as bytes. */
export async function wordpressZip({ root, dist, version }) {
  const source = resolve(root, 'integrations/wordpress/collabgov');
  const missing = PLUGIN_DIST.filter((f) => !existsSync(resolve(dist, f)));
  if (missing.length) throw new Error(`wordpress: dist/ lacks ${missing.join(', ')}; run \`npm run build\` first.`);
  const vocab = await vocabulary({ root, dist });
  const files = {};
  for (const path of walk(source)) {
    const name = relative(source, path).replaceAll('\\', '/');
    let bytes = readFileSync(path);
    if (/\.(php|txt|js)$/.test(name)) {
      bytes = strToU8(bytes.toString('utf8').replaceAll('{{version}}', version).replaceAll('{{attributes}}', attributeList(vocab)));
    }
    if (name === 'block/block.json') {
      const json = JSON.parse(bytes.toString('utf8'));
      bytes = strToU8(JSON.stringify({ ...json, version, attributes: blockAttributes(vocab) }, null, 2) + '\n');
    }
    files[`collabgov/${name}`] = bytes;
  }
  files['collabgov/vocabulary.json'] = strToU8(JSON.stringify(vocab, null, 2) + '\n');
  for (const f of PLUGIN_DIST) files[`collabgov/dist/${f}`] = readFileSync(resolve(dist, f));
  return zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
}
