// SCORM 1.2 packages and the iframe page: pure functions the build (scripts/build.mjs) writes to dist/, and that
// the studio (src/studio/) runs in the browser to build a lecturer's own package: the same manifest either way.
// One zip per widget and mode: imsmanifest.xml, index.html (the launch page) and embed.js (self-contained); a zip in
// Japanese or Welsh also carries collabgov-<lang>.js, which embed.js loads from beside itself.
import { strToU8, zipSync } from 'fflate';

/** Widgets, their modes (the first is the default) and titles. Scored modes carry a mastery score. */
export const PACKAGES = [
  { widget: 'form-picker', title: 'Which governance form fits?', modes: ['explore', 'quiz'], scored: ['quiz'] },
  { widget: 'table-comparator', title: 'Collaborative governance or governing collaborations?', modes: ['table', 'sort', 'case'], scored: ['sort'] },
  { widget: 'tension-sliders', title: 'Managing the tensions of collaboration', modes: ['reflect', 'compare'], scored: [] },
];
export const MASTERY = 80;

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Modes that need a case: one package per case of the pack that has what the mode compares with. */
const PER_CASE = { 'tension-sliders': { compare: (c) => !!c.tensions && Object.keys(c.tensions).length > 0 } };

/**
 * Every widget and mode: { widget, mode, case?, title, scored, name } with the zip's base name. `cases` are the
 * default pack's (`defaultPack.cases`): a mode that needs a case gets one package per case that fits it
 * (`tension-sliders-compare-<case>`).
 */
export function scormVariants(cases) {
  if (!Array.isArray(cases)) throw new Error('scormVariants(cases): give the default pack\'s cases');
  return PACKAGES.flatMap((p) =>
    p.modes.flatMap((mode, i) => {
      const base = {
        widget: p.widget,
        mode,
        scored: p.scored.includes(mode),
        title: i === 0 ? p.title : `${p.title} (${mode})`,
        name: i === 0 ? p.widget : `${p.widget}-${mode}`,
      };
      const fits = PER_CASE[p.widget]?.[mode];
      if (!fits) return [base];
      return cases.filter(fits).map((c) => ({ ...base, case: c.id, title: `${p.title}: ${c.name}`, name: `${base.name}-${c.id}` }));
    }),
  );
}


/** JSON that can sit in `<script type="application/json">`: every `<` written as `\u003c`, which JSON reads back. */
const inlineJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The page that shows one widget: dist/embed.html (configured by its query) or a SCORM launch page (by data-*).
 * `pack`: a lecturer's content pack (a value), carried in the page; `lang`: the page's language. The default title is
 * replaced at load by one naming the activity (src/lms/embed-title.ts, GENERIC_TITLE).
 */
export function embedPage({ title = 'collabgov activity', data = {}, script = 'embed.js', pack, lang = 'en' } = {}) {
  const attrs = Object.entries(data)
    .map(([k, v]) => ` data-${k}="${esc(v)}"`)
    .join('');
  const inline = pack === undefined ? '' : `\n<script type="application/json" id="cg-pack">${inlineJson(pack)}</script>`;
  return `<!doctype html>
<html lang="${esc(lang)}"${attrs}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<script defer src="${esc(script)}"></script>
</head>
<body>
<main><p role="status">Loading…</p></main>
<noscript><p>This activity needs JavaScript.</p></noscript>${inline}
</body>
</html>
`;
}

/** imsmanifest.xml for one SCO whose files are `files` (the launch page first). */
export function manifest({ name, title, scored, files }) {
  const id = `collabgov-${name}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${esc(id)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${esc(id)}-org">
    <organization identifier="${esc(id)}-org">
      <title>${esc(title)}</title>
      <item identifier="${esc(id)}-item" identifierref="${esc(id)}-sco" isvisible="true">
        <title>${esc(title)}</title>${scored ? `\n        <adlcp:masteryscore>${MASTERY}</adlcp:masteryscore>` : ''}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${esc(id)}-sco" type="webcontent" adlcp:scormtype="sco" href="${esc(files[0])}">
${files.map((f) => `      <file href="${esc(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * The zip (bytes) of one variant, given the bytes of the self-contained embed script. A lecturer's package (from the
 * studio) also gives `pack` (their content pack, a value), `settings` (the widget's other attributes by name, e.g.
 * `{ theme: 'dark', tensions: 'goals,trust', 'state-key': '...' }`) and `lang`. `languageFile`: the bytes of
 * collabgov-<lang>.js for a `lang` other than English (required then: the launch page makes no request elsewhere).
 */
export function scormZip(variant, embedJs, { pack, settings = {}, lang, languageFile } = {}) {
  const own = lang ? String(lang).toLowerCase().split('-')[0] : 'en';
  if (own !== 'en' && ['ja', 'cy'].includes(own) && !languageFile) throw new Error(`scormZip: lang "${lang}" needs languageFile (the bytes of collabgov-${own}.js)`);
  const data = {
    widget: variant.widget,
    mode: variant.mode,
    ...(variant.case ? { case: variant.case } : {}),
    ...settings,
    scorm: '1',
    ...(variant.scored ? { mastery: String(MASTERY) } : {}),
  };
  const files = {
    'index.html': strToU8(embedPage({ title: variant.title, data, pack, lang })),
    'embed.js': embedJs,
    ...(languageFile && own !== 'en' ? { [`collabgov-${own}.js`]: languageFile } : {}),
  };
  const xml = manifest({ ...variant, files: Object.keys(files) });
  const mtime = new Date('2026-01-01T00:00:00Z');
  return zipSync({ 'imsmanifest.xml': strToU8(xml), ...files }, { level: 9, mtime });
}
