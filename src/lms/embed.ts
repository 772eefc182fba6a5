/**
 * Entry of dist/embed.js (all widgets, xAPI, the SCORM bridge and the iframe height reporter), loaded by
 * dist/embed.html and by each SCORM package's launch page. It renders one widget, full width, configured by
 * the query string (see embed-config.ts); a bad setting shows an alert panel naming it.
 */
import '../index.js';
import { setStateStore } from '../core/persistence.js';
import { defaultPack } from '../model/packs/en.js';
import { readEmbedConfig, type EmbedConfig, type EmbedIssue } from './embed-config.js';
import { reportHeight } from './iframe-child.js';
import { findApi, ScormSession } from './scorm.js';
import { activityTitle, GENERIC_TITLE } from './embed-title.js';
import { messagesFor } from '../core/i18n/catalog.js';
import { lms } from '../core/i18n/en/lms.js';
import { clip } from '../model/clip.js';
import { ignoreQueryParams } from '../core/state-key.js';
import { PASSED_ON } from './embed-config.js';
import { fileLanguage, loadLanguage } from '../core/languages.js';

/** The page's own few styles, adopted from script so that a strict CSP (no inline styles) allows them. */
const PAGE_STYLE = `html,body{margin:0;background:transparent}main{display:flow-root}
.cg-embed-error{margin:1rem;padding:1rem;border:2px solid #a4262c;border-radius:.5rem;background:#fbe3e4;color:#1b1f24;font:1rem/1.5 system-ui,sans-serif}
@media (prefers-color-scheme:dark){.cg-embed-error{background:#47191c;color:#e9edf1;border-color:#ff9aa0}}
@media (forced-colors:active){.cg-embed-error{border-color:CanvasText}}
.cg-visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

function adoptPageStyle(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PAGE_STYLE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Without constructable stylesheets the page still works, unstyled.
  }
}

/** The frame's own top-level heading, for screen-reader users who navigate by headings (the widget's start at h2). */
function pageHeading(): HTMLElement {
  const h1 = document.createElement('h1');
  h1.className = 'cg-visually-hidden';
  h1.textContent = document.title;
  return h1;
}

/**
 * The alert panel for a bad address, built with DOM calls and text only (no `innerHTML`), so it works under a
 * Trusted Types policy (`require-trusted-types-for 'script'`); each value quoted is at most a few hundred characters.
 */
function errorPanel(issues: EmbedIssue[]): HTMLElement {
  const panel = document.createElement('div');
  panel.className = 'cg-embed-error';
  panel.setAttribute('role', 'alert');
  const title = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = lms.embedTitle;
  title.append(strong, ` ${lms.embedIntro}`);
  const ul = document.createElement('ul');
  for (const issue of issues.slice(0, 20)) {
    const li = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = clip(issue.path);
    li.append(code, ` ${clip(issue.message, 600)}`);
    ul.append(li);
  }
  panel.append(title, ul);
  return panel;
}

function widgetFor(config: EmbedConfig): HTMLElement {
  const el = document.createElement(`cg-${config.widget}`);
  const attrs: Record<string, string | undefined> = {
    mode: config.mode,
    case: config.case,
    lang: config.lang,
    theme: config.theme,
    'state-key': config.stateKey ?? (config.scorm ? 'scorm' : undefined),
    src: config.src,
    // One word for the widget's grade and the gradebook's (see scorm-grade.ts).
    grading: config.grading,
    attempts: config.attempts,
  };
  for (const [name, value] of Object.entries({ ...attrs, ...config.attributes })) if (value) el.setAttribute(name, value);
  // A lecturer's pack carried in the page (a SCORM package made in the studio) moves into the widget.
  const pack = document.querySelector('script[type="application/json"]#cg-pack');
  if (pack) el.append(pack);
  return el;
}

/** Renders the configured widget into `main` (or the alert panel), and starts SCORM and the height reports. */
export async function boot(main: HTMLElement = document.querySelector('main') ?? document.body): Promise<HTMLElement> {
  try {
    return await start(main);
  } catch (error) {
    // Never left on "Loading…": whatever went wrong is said in the panel.
    console.warn('[collabgov] embed: could not start:', error);
    main.replaceChildren(pageHeading(), errorPanel([{ path: 'embed.html', message: lms.embedCrashed(String((error as Error)?.message ?? error)) }]));
    return main.lastElementChild as HTMLElement;
  }
}

async function start(main: HTMLElement): Promise<HTMLElement> {
  // The widget's saved work is keyed by its settings, not by this page's own parameters (core/state-key.ts).
  ignoreQueryParams(['widget', 'mode', 'case', 'lang', 'theme', 'state-key', 'src', 'grading', 'attempts', 'scorm', 'score', 'mastery', ...PASSED_ON]);
  const { config, issues } = readEmbedConfig(
    new URLSearchParams(location.search),
    document.documentElement.dataset,
    defaultPack,
    !!document.querySelector('script[type="application/json"]#cg-pack'),
  );
  adoptPageStyle();
  reportHeight(main);
  if (!config) {
    console.warn('[collabgov] embed: ' + issues.map((i) => `${clip(i.path)} ${clip(i.message, 600)}`).join(' '));
    main.replaceChildren(pageHeading(), errorPanel(issues));
    return main.lastElementChild as HTMLElement;
  }
  if (config.lang) document.documentElement.lang = config.lang;
  // The page's title in the activity's language: its file (collabgov-<lang>.js, beside embed.js) is loaded first, as
  // the widget would load it; if it cannot be, the title is English and the widget says why.
  const file = config.lang ? fileLanguage(config.lang) : undefined;
  const language = file ? await loadLanguage(file).catch(() => undefined) : undefined;
  if (!document.title.trim() || document.title === GENERIC_TITLE)
    document.title = activityTitle(config, language?.pack ?? defaultPack, messagesFor(language ? config.lang : 'en'));
  if (config.theme) document.documentElement.dataset.theme = config.theme;
  const el = widgetFor(config);
  if (config.scorm) {
    const api = findApi();
    const session = api ? await ScormSession.start(api, { scored: config.scored, mastery: config.mastery, score: config.score, grading: config.grading }) : null;
    if (session) {
      setStateStore(() => session.store);
      session.attach(el);
    } else if (api) console.warn('[collabgov] SCORM: the LMS did not start a session; work is saved in this browser only.');
  }
  main.replaceChildren(pageHeading(), el);
  return el;
}

void boot();
