/**
 * One activity as a single HTML file that needs nothing else: opened from disk (`file://`), or uploaded where a
 * host serves it as a plain file (a Moodle File resource). It holds the widget's mount point
 * (`<div data-collabgov>`, see mount.ts), the lecturer's pack if any, and the whole script inline, so it makes no
 * request. Pure (strings in, a string out; no Node or DOM API), so the studio can build the same file in a browser.
 */
import { isWidget, modesOf, widgetNames } from './widgets.js';

export interface StandalonePageOptions {
  widget: string;
  /** The widget's mode; its first mode by default. */
  mode?: string;
  case?: string;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** Where the student's work is saved; by default `<widget>-<mode>[-<case>]`, so it survives the file's moving. */
  stateKey?: string;
  /** The page's title and heading; by default the activity's name. */
  title?: string;
  /** A content pack (its JSON text, or the value), merged over the default content. */
  pack?: string | object;
  /** The text of `dist/collabgov.iife.js` (all widgets, as a classic script). */
  script: string;
  /** With a pack: the text of `dist/collabgov-checks.js`, which the widget loads to check the pack. */
  checks?: string;
  /** For `lang` `ja` or `cy`: the text of `dist/collabgov-<lang>.js` (that language's words and content), carried inline. */
  language?: string;
  /** The widget's other attributes by name (`feedback`, `sort-by`, `tensions`, the xAPI ones), as `data-*`. */
  attributes?: Record<string, string>;
  /** `author`: the studio's preview, whose error panel speaks to the lecturer. */
  audience?: 'author';
}

/** The activity names, as the SCORM packages give them. */
export const TITLES: Record<string, string> = {
  'form-picker': 'Which governance form fits?',
  'table-comparator': 'Collaborative governance or governing collaborations?',
  'tension-sliders': 'Managing the tensions of collaboration',
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Script text that cannot end or change the inline `<script>` it sits in: `</script` and `<!--` become `\x3C/script`
 * and `\x3C!--`, which mean the same inside the strings, templates and regular expressions where they can occur in
 * a bundle (and no bundler writes either as bare code).
 */
export const inlineScript = (text: string) => text.replace(/<(?=\/script|!--)/gi, '\\x3C');

/** JSON that can sit in `<script type="application/json">`: every `<` written as `\u003c`, which JSON reads back. */
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** A `data:` URL of JavaScript text (UTF-8, base64), built with the APIs browsers and Node share. */
function dataUrl(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:text/javascript;base64,${btoa(binary)}`;
}

function fail(field: string, message: string): never {
  throw new Error(`standalonePage: ${field} ${message}`);
}

/** The HTML file of one activity. Throws an Error naming the option when one is wrong. */
export function standalonePage(o: StandalonePageOptions): string {
  if (!isWidget(o.widget)) fail('widget', `"${o.widget}" is not a collabgov widget (${widgetNames.join(', ')}).`);
  const modes = modesOf(o.widget);
  const mode = o.mode ?? modes[0]!;
  if (!modes.includes(mode)) fail('mode', `"${mode}" is not a mode of ${o.widget} (${modes.join(', ')}).`);
  if (o.case !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(o.case)) fail('case', `"${o.case}" is not a case id (lowercase letters, digits and hyphens).`);
  const lang = o.lang ?? 'en';
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(lang)) fail('lang', `"${lang}" is not a language tag such as "en" or "en-GB".`);
  if (o.theme !== undefined && !['light', 'dark', 'auto'].includes(o.theme)) fail('theme', `"${o.theme as string}" is not "light", "dark" or "auto".`);
  if (typeof o.script !== 'string' || !o.script.trim()) fail('script', 'is missing: give the text of dist/collabgov.iife.js.');

  let pack = '';
  const imports: Record<string, string> = {};
  const own = lang.toLowerCase().split('-')[0]!;
  if (own === 'ja' || own === 'cy') {
    if (typeof o.language !== 'string' || !o.language.trim()) fail('language', `is missing: lang "${lang}" needs the text of dist/collabgov-${own}.js.`);
    // The widget imports "./collabgov-<lang>.js" for its language: map that address to the file inside this page.
    imports[`./collabgov-${own}.js`] = dataUrl(o.language);
  }
  if (o.pack !== undefined) {
    let value: unknown = o.pack;
    if (typeof value === 'string') {
      try {
        value = JSON.parse(value);
      } catch (error) {
        fail('pack', `is not valid JSON: ${(error as Error).message}`);
      }
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) fail('pack', 'must be a JSON object.');
    if (typeof o.checks !== 'string' || !o.checks.trim()) fail('checks', 'is missing: a pack is checked by dist/collabgov-checks.js, so give its text.');
    pack = `<script type="application/json">${inlineJson(value)}</script>`;
    // The widget imports "./collabgov-checks.js" to check the pack: map that address to the checker inside this file.
    imports['./collabgov-checks.js'] = dataUrl(o.checks);
  }
  const importMap = Object.keys(imports).length ? `<script type="importmap">${inlineJson({ imports })}</script>\n` : '';

  const title = o.title ?? (mode === modes[0] && !o.case ? TITLES[o.widget]! : `${TITLES[o.widget]} (${[mode, o.case].filter(Boolean).join(', ')})`);
  const data: Record<string, string | undefined> = {
    collabgov: o.widget,
    mode,
    case: o.case,
    'state-key': o.stateKey ?? [o.widget, mode, o.case].filter(Boolean).join('-'),
    theme: o.theme === 'auto' ? undefined : o.theme,
    ...o.attributes,
  };
  for (const name of Object.keys(o.attributes ?? {})) if (!/^[a-z][a-z-]*$/.test(name)) fail('attributes', `has "${name}", which is not an attribute name.`);
  const attrs = Object.entries(data)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` data-${k}="${esc(v!)}"`)
    .join('');
  return `<!doctype html>
<html lang="${esc(lang)}"${o.audience === 'author' ? ' data-cg-audience="author"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="icon" href="data:,">
<style>:root{color-scheme:${o.theme === 'light' || o.theme === 'dark' ? o.theme : 'light dark'}}body{margin:0;padding:1rem;font:1rem/1.5 system-ui,sans-serif}main{max-width:64rem;margin:0 auto}h1{font-size:1.5rem}</style>
${importMap}</head>
<body>
<main>
<h1>${esc(title)}</h1>
<div${attrs}>${pack}<noscript>This activity needs JavaScript.</noscript></div>
</main>
<script>${inlineScript(o.script)}</script>
</body>
</html>
`;
}
