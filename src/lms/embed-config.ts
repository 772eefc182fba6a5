/**
 * The configuration of one embedded widget (dist/embed.html and the SCORM launch page), read from the query
 * string (`?widget=&mode=&case=&lang=&theme=&state-key=&src=`; SCORM launch pages also `score=`; `grading=` and `attempts=` go to the widget and the SCORM bridge) over the page's `<html data-*>` defaults, and
 * checked: each problem names the parameter and says what is allowed.
 */
import type { ContentPack } from '../model/types.js';
import { parseAttempts, parseGrading, type Grading } from '../model/attempts.js';
import { isScored, isWidget, modesOf, widgetNames, type WidgetName } from './widgets.js';
import { clip } from '../model/clip.js';
import { lms } from '../core/i18n/en/lms.js';

export interface EmbedConfig {
  widget: WidgetName;
  mode: string;
  scored: boolean;
  case?: string;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  stateKey?: string;
  src?: string;
  /** The widget's other attributes (`feedback`, `sort-by`, `tensions`), passed on as given: the widget checks them. */
  attributes: Record<string, string>;
  /** SCORM launch page: look for the LMS's API. */
  scorm: boolean;
  /** Mastery score from the manifest (0–100). */
  mastery?: number;
  /** SCORM: when a score is sent (`completion`, `progress`, `none`); see scorm-grade.ts. */
  score?: 'completion' | 'progress' | 'none';
  /** Which attempt counts, for the widget and for SCORM: `best` (never lower than the LMS holds), `last` or `first`. */
  grading?: Grading;
  /** How many attempts the widget allows (a whole number of 1 or more); unlimited when absent. */
  attempts?: string;
}

export interface EmbedIssue {
  path: string;
  message: string;
}

const list = (items: readonly string[]) => items.map((i) => `"${i}"`).join(', ');

/** Attributes passed to the widget as they are (it reports a bad value itself, naming it). */
export const PASSED_ON = ['feedback', 'sort-by', 'tensions'];

/** `inlinePack`: the page carries the lecturer's pack (a SCORM package from the studio), so cases are checked by the widget. */
/**
 * Why `src` may not be loaded by the page at `page` (null: it may). The iframe page takes its settings from its
 * address, which anyone can write in a link: so it loads a content pack only from its own origin over http(s), never
 * a `data:` or `javascript:` URL, another site's file or a protocol-relative `//host/...` address, any of which
 * would show a stranger's text under the university's address.
 */
export function srcProblem(src: string, page: string): string | null {
  const shown = clip(src);
  if (/^\s*[\\/]{2}/.test(src)) return lms.srcTwoSlashes(shown);
  let url: URL;
  try {
    url = new URL(src, page);
  } catch {
    return lms.srcNotAddress(shown);
  }
  const own = new URL(page);
  if (url.protocol !== own.protocol || !/^(https?|file):$/.test(url.protocol)) return lms.srcScheme(shown, own.protocol.slice(0, -1), url.protocol);
  if (url.origin !== own.origin) return lms.srcOrigin(shown, clip(url.origin), own.origin);
  return null;
}

export function readEmbedConfig(
  query: URLSearchParams,
  defaults: Record<string, string | undefined>,
  pack: ContentPack,
  inlinePack = false,
  page = typeof location === 'undefined' ? 'http://localhost/' : location.href,
): { config?: EmbedConfig; issues: EmbedIssue[] } {
  const get = (name: string) => query.get(name) ?? defaults[name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] ?? undefined;
  const issues: EmbedIssue[] = [];
  const widget = get('widget');
  if (!isWidget(widget)) {
    issues.push({
      path: 'widget',
      message: widget ? `names "${clip(widget)}", which is not a collabgov widget. Known widgets: ${list(widgetNames)}.` : `is missing. Give one of ${list(widgetNames)}.`,
    });
    return { issues };
  }
  const modes = modesOf(widget);
  const mode = get('mode') || modes[0]!;
  if (!modes.includes(mode)) issues.push({ path: 'mode', message: `is "${clip(mode)}", which ${widget} does not have. Its modes: ${list(modes)}.` });
  const theme = get('theme') || undefined;
  if (theme && theme !== 'light' && theme !== 'dark' && theme !== 'auto') issues.push({ path: 'theme', message: `is "${clip(theme)}". Use "light", "dark" or "auto".` });
  const lang = get('lang') || undefined;
  if (lang && !/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(lang)) issues.push({ path: 'lang', message: `is "${clip(lang)}", which is not a language tag such as "en" or "en-GB".` });
  const src = get('src') || undefined;
  const bad = src ? srcProblem(src, page) : null;
  if (bad) issues.push({ path: 'src', message: bad });
  const kase = get('case') || undefined;
  // With the lecturer's own pack (src) the widget checks the case once the pack has loaded.
  if (kase && !src && !inlinePack && !pack.cases.some((c) => c.id === kase)) {
    issues.push({ path: 'case', message: `names "${clip(kase)}", which the content has no case for. Known cases: ${list(pack.cases.map((c) => c.id))}.` });
  }
  const mastery = parseFloat(get('mastery') ?? '');
  const score = get('score') || undefined;
  if (score && score !== 'completion' && score !== 'progress' && score !== 'none') {
    issues.push({ path: 'score', message: `is "${clip(score)}". Use "completion" (the default), "progress" or "none".` });
  }
  const grading = get('grading') || undefined;
  if (grading && !parseGrading(grading)) issues.push({ path: 'grading', message: `is "${clip(grading)}". Use "best" (the default), "last" or "first".` });
  const attempts = get('attempts') || undefined;
  if (attempts && !parseAttempts(attempts)) issues.push({ path: 'attempts', message: `is "${clip(attempts)}". Use a whole number of 1 or more (1: no retry), or leave it out for no limit.` });
  const config: EmbedConfig = {
    widget,
    mode,
    scored: isScored(widget, mode),
    case: kase,
    lang,
    theme: theme === 'light' || theme === 'dark' || theme === 'auto' ? theme : undefined,
    stateKey: get('state-key') || undefined,
    src,
    attributes: Object.fromEntries(PASSED_ON.flatMap((a) => (get(a) ? [[a, get(a)!]] : []))),
    scorm: get('scorm') === '1' || get('scorm') === 'true',
    mastery: Number.isFinite(mastery) ? mastery : undefined,
    score: score as EmbedConfig['score'],
    grading: grading as EmbedConfig['grading'],
    attempts,
  };
  return issues.length ? { issues } : { config, issues };
}
