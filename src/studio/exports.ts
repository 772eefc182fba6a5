/**
 * What the studio hands a lecturer: the script-tag snippet (content inline), the iframe snippet, the pack file,
 * one self-contained HTML page (src/lms/standalone-page.ts) and a SCORM 1.2 zip (scripts/scorm/package.mjs, the
 * same code and manifest as the build's packages). Pure: strings and bytes in, strings and bytes out.
 */
import { standalonePage, TITLES } from '../lms/standalone-page.js';
import { isScored } from '../lms/widgets.js';
import { scormZip } from '../../scripts/scorm/package.mjs';
import { attributesOf, isEmptyPack, stateKeyOf, type Activity } from './activity.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Attributes the exports may carry (what the widgets declare, less `src`: the studio carries content inline). */
export interface ExportContext {
  activity: Activity;
  /** The lecturer's content pack (partial, as they would write it); `{}` for the default content. */
  pack: object;
  /** Names of the attributes the chosen widget declares. */
  allowed: readonly string[];
  /** The address where the files of web/ are, ending in `/`. */
  base?: string;
  /** The title students see; by default the activity's name. */
  title?: string;
  caseName?: string;
}

const settings = (x: ExportContext) => {
  const a = x.activity;
  return { mode: a.mode, ...(a.case ? { case: a.case } : {}), ...attributesOf(a, x.pack, x.allowed) };
};

export const titleOf = (x: ExportContext) =>
  x.title || `${TITLES[x.activity.widget]}${x.caseName ? `: ${x.caseName}` : ''}${x.activity.mode === 'quiz' || x.activity.mode === 'sort' ? ` (${x.activity.mode})` : ''}`;

const baseOf = (x: ExportContext) => {
  const b = (x.base ?? '').trim() || 'https://YOUR-SERVER/collabgov/';
  return b.endsWith('/') ? b : `${b}/`;
};

/** The `<div data-collabgov>` mount point with the script, and the pack inside it: one paste, nothing else to upload. */
export function scriptSnippet(x: ExportContext): string {
  const attrs = Object.entries(settings(x))
    .map(([k, v]) => ` data-${k}="${esc(v)}"`)
    .join('');
  const pack = isEmptyPack(x.pack) ? '' : `<script type="application/json">${inlineJson(x.pack)}</script>`;
  return `<script src="${esc(baseOf(x))}collabgov.iife.js"></script>\n<div data-collabgov="${x.activity.widget}"${attrs}>${pack}</div>`;
}

/** The file name the iframe snippet expects the pack under, beside embed.html. */
export const packFileName = (x: ExportContext) => `${stateKeyOf(x.activity, x.pack)}.json`;

/** The iframe of embed.html (with the resizer line); with own content, the pack file beside embed.html. */
export function iframeSnippet(x: ExportContext): string {
  const query = new URLSearchParams([['widget', x.activity.widget], ...Object.entries(settings(x))]);
  if (!isEmptyPack(x.pack)) query.set('src', packFileName(x));
  return (
    `<iframe src="${esc(baseOf(x))}embed.html?${esc(query.toString())}" title="${esc(titleOf(x))}" ` +
    `style="width:100%;height:700px;border:0" loading="lazy"></iframe>\n<script src="${esc(baseOf(x))}embed-resizer.js"></script>`
  );
}

/** The pack as the lecturer would write it, as a file that imports back unchanged. */
export const packJson = (pack: object) => JSON.stringify(pack, null, 2) + '\n';

/** One HTML file with the widget, the content and the scripts inline (a Moodle File resource, email, offline). */
export function standaloneHtml(x: ExportContext, files: { iife: string; checks: string; languages?: Record<string, string> }, audience?: 'author'): string {
  const a = x.activity;
  const { theme, lang, ...rest } = attributesOf(a, x.pack, x.allowed);
  delete rest['state-key'];
  return standalonePage({
    widget: a.widget,
    mode: a.mode,
    case: a.case || undefined,
    lang: lang || undefined,
    theme: (theme || undefined) as 'light' | 'dark' | 'auto' | undefined,
    stateKey: stateKeyOf(a, x.pack),
    title: titleOf(x),
    pack: isEmptyPack(x.pack) ? undefined : x.pack,
    script: files.iife,
    checks: files.checks,
    language: lang ? files.languages?.[lang.toLowerCase().split('-')[0]!] : undefined,
    attributes: rest,
    audience,
  });
}

/** The SCORM 1.2 zip: the launch page carries the settings and the pack; embed.js is the build's. */
export function scormPackage(x: ExportContext, embedJs: Uint8Array, languages: Record<string, string> = {}): Uint8Array {
  const a = x.activity;
  const { lang, ...rest } = attributesOf(a, x.pack, x.allowed);
  delete rest['state-key'];
  const name = [a.widget, a.mode, a.case].filter(Boolean).join('-');
  const variant = { widget: a.widget, mode: a.mode, case: a.case || undefined, title: titleOf(x), scored: isScored(a.widget, a.mode), name };
  const file = lang ? languages[lang.toLowerCase().split('-')[0]!] : undefined;
  const languageFile = file === undefined ? undefined : new TextEncoder().encode(file);
  return scormZip(variant, embedJs, { pack: isEmptyPack(x.pack) ? undefined : x.pack, settings: rest, lang: lang || undefined, languageFile });
}

/** A file name for the activity's downloads. */
export const fileBase = (x: ExportContext) => stateKeyOf(x.activity, x.pack);
