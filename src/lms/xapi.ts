/**
 * xAPI: every `cg-change`, `cg-score` and `cg-complete` a widget emits becomes an xAPI 1.0.3 statement, fired
 * from the element as `cg-xapi` (detail: the statement). With an `lrs-endpoint` attribute the statement is
 * also POSTed to `<endpoint>/statements`; statements wait in localStorage while offline or after a failure
 * and are sent again on `online`, after a back-off, and with the next statement.
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

export const XAPI_VERSION = '1.0.3';
const ADL = 'http://adlnet.gov/expapi/';
const VERBS: Record<keyof CgEventMap, string> = { 'cg-change': 'interacted', 'cg-score': 'answered', 'cg-complete': 'completed' };
const QUEUE_KEY = 'collabgov:xapi:queue';
const LEARNER_KEY = 'collabgov:xapi:learner';
const MAX_QUEUE = 500;
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

// ---- sending ----

interface Queued {
  endpoint: string;
  statement: XapiStatement;
}
let memoryQueue: Queued[] = [];
const auths = new Map<string, string>();
const busy = new Set<string>();
const attempts = new Map<string, number>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();

function readQueue(): Queued[] {
  try {
    const raw = localStorage.getItem(QUEUE_KEY);
    return raw ? (JSON.parse(raw) as Queued[]) : memoryQueue;
  } catch {
    return memoryQueue;
  }
}
function writeQueue(queue: Queued[]): void {
  if (queue.length > MAX_QUEUE) {
    console.warn(`[collabgov] xAPI: ${queue.length - MAX_QUEUE} unsent statement(s) dropped (the queue keeps ${MAX_QUEUE}).`);
    queue = queue.slice(-MAX_QUEUE);
  }
  memoryQueue = queue;
  try {
    if (queue.length) localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
    else localStorage.removeItem(QUEUE_KEY);
  } catch {
    /* kept in memory */
  }
}

/** Statements waiting to be sent (for host pages and tests). */
export function pendingStatements(): Queued[] {
  return readQueue();
}

/** Queues a statement for `endpoint` and sends every queued statement for it. */
export function sendStatement(endpoint: string, auth: string, statement: XapiStatement): Promise<void> {
  auths.set(endpoint, auth);
  writeQueue([...readQueue(), { endpoint, statement }]);
  return flush(endpoint);
}

/** Sends the statements queued for `endpoint` in one POST; keeps them when that fails. */
export async function flush(endpoint: string): Promise<void> {
  if (busy.has(endpoint) || navigator.onLine === false) return;
  const batch = readQueue().filter((q) => q.endpoint === endpoint);
  if (!batch.length) return;
  busy.add(endpoint);
  clearTimeout(timers.get(endpoint));
  let retry = false;
  try {
    const auth = auths.get(endpoint);
    const response = await fetch(`${endpoint.replace(/\/+$/, '')}/statements`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': XAPI_VERSION, ...(auth ? { Authorization: auth } : {}) },
      body: JSON.stringify(batch.map((q) => q.statement)),
    });
    // 400 and 409: the LRS will never take these statements, so holding them would block the queue.
    if (!response.ok && response.status !== 400 && response.status !== 409) throw new Error(`HTTP ${response.status}`);
    if (!response.ok) console.warn(`[collabgov] xAPI: the LRS refused ${batch.length} statement(s) (HTTP ${response.status}); they are dropped.`);
    const sent = new Set(batch.map((q) => q.statement.id));
    writeQueue(readQueue().filter((q) => !sent.has(q.statement.id)));
    attempts.delete(endpoint);
    retry = readQueue().some((q) => q.endpoint === endpoint);
  } catch (error) {
    const n = (attempts.get(endpoint) ?? 0) + 1;
    attempts.set(endpoint, n);
    console.warn(`[collabgov] xAPI: could not send ${batch.length} statement(s) to ${endpoint} (${String(error)}); they are kept and retried.`);
    timers.set(endpoint, setTimeout(() => void flush(endpoint), Math.min(300_000, 2000 * 2 ** n)));
  } finally {
    busy.delete(endpoint);
  }
  if (retry) await flush(endpoint);
}

let installed = false;

/** Turns every emitted `cg-*` event into a `cg-xapi` event, and sends it when the element names an LRS. */
export function installXapi(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  onEmit((target, name, detail) => {
    if (!(target instanceof Element) || !target.localName.startsWith('cg-') || !(name in VERBS)) return;
    const statement = buildStatement(target, name, detail);
    target.dispatchEvent(new CustomEvent('cg-xapi', { detail: statement, bubbles: true, composed: true }));
    const endpoint = attr(target, 'lrs-endpoint');
    if (endpoint) void sendStatement(endpoint, attr(target, 'lrs-auth'), statement);
  });
  addEventListener('online', () => {
    for (const endpoint of auths.keys()) void flush(endpoint);
  });
}
