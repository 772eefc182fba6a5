/**
 * xAPI: what a widget emits becomes xAPI 1.0.3 statements, fired from the element as `cg-xapi` (detail: the
 * statement): `cg-score` -> `answered`, `cg-complete` -> `completed`, and each settled burst of `cg-change` -> one
 * `interacted` (see installXapi). With an `lrs-endpoint` attribute the statement is also sent to
 * `<endpoint>/statements` by xapi-sender.ts (queued, batched, retried with a back-off, one sender per browser).
 * Only the files with every widget (collabgov.js, collabgov.iife.js, embed.js) install this: a one-widget file
 * fires no `cg-xapi` and warns when it meets an `lrs-endpoint`.
 *
 * Attributes read from the widget element (or its nearest ancestor that has them):
 * - `activity-id`: base IRI of the activity ids (default: the page's address); object id
 *   `<base>/<widget>/<mode>[/<case>]`.
 * - `answered` and `completed` of a scored mode carry the attempt number (from 1) in `context.extensions` under
 *   `http://id.tincanapi.com/extension/attempt-id`, so an LRS can tell a retry from an overwrite.
 * - `lrs-endpoint`: the LRS's xAPI base URL. `lrs-auth`: the Authorization header's value (kept in memory,
 *   never written to storage). `actor-mbox`: the learner as `mailto:` (default: an anonymous account, a random
 *   id kept in this browser).
 */
import { onEmit, type CgEventMap, type CgScoreDetail } from '../core/events.js';
import { languageOf } from '../core/i18n/catalog.js';
import { modeOf, widgetOf } from './widgets.js';
import { persistStatements, queueStatement, xapiSettings, XAPI_VERSION } from './xapi-sender.js';

export { XAPI_VERSION, xapiSettings };
export { flush, pendingStatements, type Queued } from './xapi-sender.js';
const ADL = 'http://adlnet.gov/expapi/';
const VERBS: Record<keyof CgEventMap, string> = { 'cg-change': 'interacted', 'cg-score': 'answered', 'cg-complete': 'completed' };
const LEARNER_KEY = 'collabgov:xapi:learner';
/** The context extension carrying the attempt number (the xAPI registry's "attempt-id"). */
export const ATTEMPT_EXTENSION = 'http://id.tincanapi.com/extension/attempt-id';

type LangMap = Record<string, string>;
export interface XapiScore {
  raw: number;
  min: number;
  max: number;
  scaled: number;
}
export interface XapiStatement {
  id: string;
  actor: { objectType: 'Agent'; mbox?: string; account?: { homePage: string; name: string } };
  verb: { id: string; display: LangMap };
  object: { objectType: 'Activity'; id: string; definition: { type: string; name: LangMap } };
  result?: { score?: XapiScore; completion?: boolean };
  context: {
    platform: string;
    language: string;
    contextActivities: { parent: { objectType: 'Activity'; id: string }[] };
    /** `answered` and `completed` of a scored mode: the attempt, from 1 (ATTEMPT_EXTENSION). */
    extensions?: Record<string, unknown>;
  };
  timestamp: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cg-xapi': CustomEvent<XapiStatement>;
  }
}

/** An RFC 4122 version 4 id; works outside secure contexts, where `crypto.randomUUID` is missing. */
export function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const web = () => /^https?:$/.test(location.protocol);
const attr = (el: Element, name: string) => el.closest(`[${name}]`)?.getAttribute(name)?.trim() || '';

/** The base IRI of an element's activities: its `activity-id`, else the page's address. */
export function activityBase(el: Element): string {
  return (attr(el, 'activity-id') || (web() ? location.origin + location.pathname : 'urn:collabgov')).replace(/\/+$/, '');
}

let memoryLearner = '';
/**
 * The anonymous learner's id. It is kept in this browser (so an LRS sees one learner across visits) only when the
 * element sends statements to an LRS; otherwise it lasts for this page view and nothing is stored.
 */
function anonymousName(persist: boolean): string {
  if (!persist) return (memoryLearner ||= uuid());
  try {
    let id = localStorage.getItem(LEARNER_KEY);
    if (!id) localStorage.setItem(LEARNER_KEY, (id = uuid()));
    return id;
  } catch {
    return (memoryLearner ||= uuid());
  }
}

function actorOf(el: Element): XapiStatement['actor'] {
  const mbox = attr(el, 'actor-mbox');
  if (mbox) return { objectType: 'Agent', mbox: mbox.startsWith('mailto:') ? mbox : `mailto:${mbox}` };
  const name = anonymousName(!!attr(el, 'lrs-endpoint'));
  return { objectType: 'Agent', account: { homePage: web() ? location.origin : 'urn:collabgov', name } };
}

const lastScore = new WeakMap<Element, XapiScore>();

/** The statement for one emitted event of a widget element. */
export function buildStatement(el: Element, name: keyof CgEventMap, detail: unknown): XapiStatement {
  const widget = widgetOf(el);
  const mode = modeOf(el);
  const kase = el.getAttribute('case');
  const base = activityBase(el);
  const lang = languageOf(el);
  const path = [widget, mode, kase].filter(Boolean).map((p) => encodeURIComponent(p!));
  const verb = VERBS[name];
  const statement: XapiStatement = {
    id: uuid(),
    actor: actorOf(el),
    verb: { id: `${ADL}verbs/${verb}`, display: { 'en-US': verb } },
    object: {
      objectType: 'Activity',
      id: `${base}/${path.join('/')}`,
      definition: { type: `${ADL}activities/interaction`, name: { [lang]: `${widget} (${mode}${kase ? `, ${kase}` : ''})` } },
    },
    context: { platform: 'collabgov', language: lang, contextActivities: { parent: [{ objectType: 'Activity', id: base }] } },
    timestamp: new Date().toISOString(),
  };
  const attempt = (detail as { attempt?: unknown } | null)?.attempt;
  if (name !== 'cg-change' && Number.isInteger(attempt)) statement.context.extensions = { [ATTEMPT_EXTENSION]: attempt };
  if (name === 'cg-score') {
    const { raw, max } = detail as CgScoreDetail;
    const score = { raw, min: 0, max, scaled: max > 0 ? Math.round((raw / max) * 1e4) / 1e4 : 0 };
    lastScore.set(el, score);
    statement.result = { score };
  } else if (name === 'cg-complete') {
    const score = lastScore.get(el);
    statement.result = score ? { completion: true, score } : { completion: true };
  }
  return statement;
}

// ---- coalescing and dispatch ----

/** The `interacted` statement waiting for a widget's burst of changes to settle, with where it goes. */
interface Waiting {
  statement: XapiStatement;
  endpoint: string;
  auth: string;
  timer: ReturnType<typeof setTimeout>;
}
const waiting = new Map<Element, Waiting>();

function dispatch(el: Element, statement: XapiStatement, endpoint: string, auth: string): void {
  el.dispatchEvent(new CustomEvent('cg-xapi', { detail: statement, bubbles: true, composed: true }));
  if (endpoint) queueStatement(endpoint, auth, statement);
}

/** Sends the element's waiting `interacted` now (before a graded statement, or when the page is left). */
function settle(el: Element): void {
  const w = waiting.get(el);
  if (!w) return;
  clearTimeout(w.timer);
  waiting.delete(el);
  dispatch(el, w.statement, w.endpoint, w.auth);
}

function settleAll(): void {
  for (const el of [...waiting.keys()]) settle(el);
  persistStatements();
}

let installed = false;
let badEndpoint = '';

/** The element's `lrs-endpoint` as an absolute http(s) address ('' for none, with a warning for a bad one). */
function endpointOf(el: Element): string {
  const value = attr(el, 'lrs-endpoint');
  if (!value) return '';
  try {
    const url = new URL(value, document.baseURI);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href.replace(/\/+$/, '');
  } catch {
    /* warned below */
  }
  if (badEndpoint !== value) console.warn(`[collabgov] xAPI: lrs-endpoint "${value.slice(0, 200)}" is not an http(s) address; nothing is sent.`);
  badEndpoint = value;
  return '';
}

/**
 * Turns every emitted `cg-*` event into a `cg-xapi` event, and sends it when the element names an LRS. Each
 * `cg-change` (one per settled change: a drag, a run of keys, a typed note) is one `interacted`. With
 * `xapiSettings.coalesce` above 0, the changes of one widget within that many ms of each other also make one,
 * fired once they settle (timestamped at the last change), before the widget's next `answered` or `completed`, or
 * when the page is hidden or left.
 */
export function installXapi(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  onEmit((target, name, detail) => {
    if (!(target instanceof Element) || !target.localName.startsWith('cg-') || !(name in VERBS)) return;
    const statement = buildStatement(target, name, detail);
    // Read now: an element removed from the page no longer sees its ancestors' attributes.
    const endpoint = endpointOf(target);
    const auth = attr(target, 'lrs-auth');
    if (name === 'cg-change' && xapiSettings.coalesce > 0) {
      clearTimeout(waiting.get(target)?.timer);
      waiting.set(target, { statement, endpoint, auth, timer: setTimeout(() => settle(target), xapiSettings.coalesce) });
      return;
    }
    settle(target);
    dispatch(target, statement, endpoint, auth);
  });
  addEventListener('pagehide', settleAll);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && settleAll());
}
