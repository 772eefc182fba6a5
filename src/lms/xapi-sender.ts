/**
 * Sends xAPI statements to an LRS so that none is lost or sent twice, whatever the network, the LRS or the browser
 * does. What it promises (docs/security.md and the README's xAPI section say it to lecturers):
 * - **Queue.** Statements wait in `localStorage` (`collabgov:xapi:queue`, shared by every tab of the site) until the
 *   LRS has taken them. When storage is full or refused they wait in this page's memory instead and this page sends
 *   them itself. The queue holds at most `xapiSettings.max` statements: past that the oldest `interacted` are
 *   dropped first, so a graded statement (`answered`, `completed`) is never dropped for interaction noise.
 *   Storage is written after a short pause (`xapiSettings.persist`) and at once on `pagehide` / hidden.
 * - **Sending.** One POST of up to `xapiSettings.batch` statements at a time, in order. A success is a 2xx answer
 *   that is not a redirect and whose body is JSON (the ids). A redirect (a login page), an HTML or other non-JSON
 *   answer, a network error, no answer within `xapiSettings.timeout` (the request is aborted), 401/403/429/5xx:
 *   all failures; the statements are kept and sent again after a back-off (doubling from `xapiSettings.retry` up
 *   to `xapiSettings.retryMax`, or the LRS's `Retry-After` when longer) shared by every tab; new statements wait
 *   for it rather than re-sending the queue.
 * - **One bad statement.** A 400 or 413 for a batch splits it in halves and sends each again, so only the statement
 *   the LRS refuses on its own is dropped (with a console warning); a 409 for one statement means the LRS has it.
 * - **One sender per browser.** Every tab queues into the same storage, and a send happens only while holding the
 *   Web Lock `collabgov:xapi:send:<endpoint>` (or, without Web Locks, a lease in storage), re-reading the queue
 *   inside it, so no statement is POSTed by two tabs.
 * - **Damage.** A queue in storage that cannot be read is set aside under `collabgov:xapi:queue:damaged` and
 *   sending starts afresh; entries that are not statements are dropped one by one, the others kept.
 * The `Authorization` value stays in memory: the queue records only a short fingerprint of it, to send each
 * statement with the credential of the page that made it.
 */
import type { XapiStatement } from './xapi.js';

export const XAPI_VERSION = '1.0.3';

/** Timings and bounds (ms and counts); tests and host pages may change them before statements flow. */
export const xapiSettings = {
  /**
   * The widgets fire one `cg-change` per settled change (core/settle.ts), so each is one `interacted`. Above 0, the
   * changes of one widget that follow each other within this many ms also make one `interacted`, sent after the last.
   */
  coalesce: 0,
  /** How long to wait for the LRS's answer before aborting the request. */
  timeout: 15000,
  /** The first retry after a failure; doubles each time, up to `retryMax`. */
  retry: 2000,
  retryMax: 300_000,
  /** Statements per POST. */
  batch: 50,
  /** Statements kept at most (in storage, and in memory when storage fails). */
  max: 500,
  /** Pause before the queue is written to storage. */
  persist: 250,
};

const QUEUE_KEY = 'collabgov:xapi:queue';
const DAMAGED_KEY = 'collabgov:xapi:queue:damaged';
const WAIT_KEY = 'collabgov:xapi:wait';
const LEASE_KEY = 'collabgov:xapi:lease';
const GRADED = /\/(answered|completed)$/;

/** A statement waiting to be sent: where to, and the fingerprint of the credential it goes with. */
export interface Queued {
  endpoint: string;
  statement: XapiStatement;
  /** Fingerprint of the page's `lrs-auth` ('' for none); the credential itself is never stored. */
  auth?: string;
}

const warn = (message: string) => console.warn(`[collabgov] xAPI: ${message}`);
const tab = Math.random().toString(36).slice(2);
const locks = (): LockManager | undefined => (typeof navigator !== 'undefined' ? navigator.locks : undefined);

/** A short, non-reversible fingerprint (FNV-1a, 32 bits) of a credential, to tell credentials apart. */
export function fingerprint(auth: string): string {
  if (!auth) return '';
  let h = 0x811c9dc5;
  for (let i = 0; i < auth.length; i++) h = Math.imul(h ^ auth.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

// ---- the queue ----

/** Statements this page has not yet written to storage (all of them while storage fails). */
let local: Queued[] = [];
let persistTimer: ReturnType<typeof setTimeout> | undefined;

const isQueued = (q: unknown): q is Queued => {
  const x = q as Queued | null;
  return (
    typeof x === 'object' && x !== null && typeof x.endpoint === 'string' && /^https?:\/\//i.test(x.endpoint) &&
    typeof x.statement === 'object' && x.statement !== null && typeof x.statement.id === 'string' &&
    typeof x.statement.verb?.id === 'string' && (x.auth === undefined || typeof x.auth === 'string') &&
    JSON.stringify(x).length < 65536
  );
};

/** The queue in storage (damage recovered), or null when storage cannot be read at all. */
function readStored(): Queued[] | null {
  let raw: string | null;
  try {
    raw = localStorage.getItem(QUEUE_KEY);
  } catch {
    return null;
  }
  if (!raw) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  if (!Array.isArray(data)) {
    warn(`the queue in storage could not be read; it was set aside under "${DAMAGED_KEY}" and sending starts afresh.`);
    try {
      localStorage.setItem(DAMAGED_KEY, raw);
    } catch {
      /* no room for the copy: it is dropped rather than block sending for good */
    }
    writeStored([]);
    return [];
  }
  const good = data.filter(isQueued);
  if (good.length < data.length) warn(`${data.length - good.length} damaged entr${data.length - good.length === 1 ? 'y' : 'ies'} of the queue dropped.`);
  return good;
}

function writeStored(queue: Queued[]): boolean {
  try {
    if (queue.length) localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
    else localStorage.removeItem(QUEUE_KEY);
    return true;
  } catch {
    return false;
  }
}

/** `queue` without repeated ids, cut to `xapiSettings.max`: the oldest `interacted` go first, graded ones last. */
function bound(queue: Queued[]): Queued[] {
  const seen = new Set<string>();
  let out = queue.filter((q) => !seen.has(q.statement.id) && !!seen.add(q.statement.id));
  let over = out.length - xapiSettings.max;
  if (over <= 0) return out;
  const noise = out.filter((q) => !GRADED.test(q.statement.verb.id)).slice(0, over);
  const dropped = new Set(noise.map((q) => q.statement.id));
  out = out.filter((q) => !dropped.has(q.statement.id));
  warn(`${dropped.size} unsent interacted statement(s) dropped (the queue keeps ${xapiSettings.max}; graded statements are kept).`);
  over = out.length - xapiSettings.max;
  if (over > 0) {
    warn(`${over} unsent graded statement(s) dropped: more than ${xapiSettings.max} are waiting.`);
    out = out.slice(over);
  }
  return out;
}

/** Runs `work` holding the Web Lock `name` (exclusive across this site's tabs), or at once without Web Locks. */
async function withLock<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const manager = locks();
  return manager ? (manager.request(name, () => work()) as Promise<T>) : work();
}

/** Writes this page's statements into the shared queue now, without waiting for a lock (pagehide). */
function persistNow(): void {
  clearTimeout(persistTimer);
  if (!local.length) return;
  const stored = readStored();
  if (stored === null) {
    local = bound(local);
    return;
  }
  const merged = bound([...stored, ...local]);
  if (writeStored(merged)) local = [];
  else local = bound(local);
}

/** Writes this page's statements into the shared queue under the queue's lock, then sends. */
function persistSoon(lane: string): void {
  clearTimeout(persistTimer);
  persistTimer = setTimeout(() => void withLock('collabgov:xapi:queue', persistNow).then(() => drain(lane)), xapiSettings.persist);
}

/** Every statement waiting to be sent: in storage and in this page's memory. */
export function pendingStatements(): Queued[] {
  const all = bound([...(readStored() ?? []), ...local]);
  return all.map(({ endpoint, statement }) => ({ endpoint, statement }));
}

async function remove(ids: Set<string>): Promise<void> {
  if (!ids.size) return;
  local = local.filter((q) => !ids.has(q.statement.id));
  await withLock('collabgov:xapi:queue', () => {
    const stored = readStored();
    if (stored?.some((q) => ids.has(q.statement.id))) writeStored(stored.filter((q) => !ids.has(q.statement.id)));
  });
}

// ---- lanes: an endpoint with a credential ----

/** Lane (endpoint + ' ' + fingerprint) -> the credential, for the lanes this page sends to. */
const lanes = new Map<string, { endpoint: string; auth: string; fp: string }>();
const laneOf = (endpoint: string, fp: string) => `${endpoint} ${fp}`;
const inLane = (q: Queued, endpoint: string, fp: string) => q.endpoint === endpoint && (q.auth ?? fp) === fp;

/** The shared back-off: lane -> { until (ms), n (failures in a row) }. */
function waits(): Record<string, { until: number; n: number }> {
  try {
    const data = JSON.parse(localStorage.getItem(WAIT_KEY) ?? '{}') as unknown;
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, { until: number; n: number }>) : {};
  } catch {
    return memoryWaits;
  }
}
let memoryWaits: Record<string, { until: number; n: number }> = {};
function setWait(lane: string, wait: { until: number; n: number } | null): void {
  const all = { ...waits() };
  if (wait) all[lane] = wait;
  else delete all[lane];
  memoryWaits = all;
  try {
    if (Object.keys(all).length) localStorage.setItem(WAIT_KEY, JSON.stringify(all));
    else localStorage.removeItem(WAIT_KEY);
  } catch {
    /* kept in memory */
  }
}

// ---- one POST ----

type Outcome = { kind: 'ok' } | { kind: 'refused'; why: string } | { kind: 'failed'; why: string; retryAfter: number };

function retryAfter(response: Response): number {
  const value = response.headers.get('retry-after');
  if (!value) return 0;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(0, ms), 3_600_000) : 0;
}

async function post(endpoint: string, auth: string, items: Queued[]): Promise<Outcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), xapiSettings.timeout);
  try {
    const response = await fetch(`${endpoint.replace(/\/+$/, '')}/statements`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': XAPI_VERSION, ...(auth ? { Authorization: auth } : {}) },
      body: JSON.stringify(items.map((q) => q.statement)),
      signal: controller.signal,
      redirect: 'manual',
    });
    const status = response.status;
    if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) return { kind: 'failed', why: 'the LRS answered with a redirect (a login page?)', retryAfter: 0 };
    if (status === 409 && items.length === 1) return { kind: 'ok' };
    if (status === 400 || status === 409 || status === 413) return { kind: 'refused', why: `HTTP ${status}` };
    if (!response.ok) return { kind: 'failed', why: `HTTP ${status}`, retryAfter: retryAfter(response) };
    if (status === 204) return { kind: 'ok' };
    const text = await response.text();
    let ids: unknown;
    try {
      ids = JSON.parse(text);
    } catch {
      ids = undefined;
    }
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
      const type = response.headers.get('content-type') ?? 'no type';
      return { kind: 'failed', why: `the answer is not an xAPI one (HTTP ${status}, ${type.split(';')[0]}: ${JSON.stringify(text.slice(0, 60))})`, retryAfter: 0 };
    }
    return { kind: 'ok' };
  } catch (error) {
    const why = controller.signal.aborted ? `no answer within ${Math.round(xapiSettings.timeout / 1000)} s` : String(error);
    return { kind: 'failed', why, retryAfter: 0 };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends `items` in order; a refused batch is split so that only a statement refused on its own is dropped.
 * Returns the ids the LRS took (or refused alone), and the failure that stopped it, if any.
 */
async function deliver(endpoint: string, auth: string, items: Queued[]): Promise<{ done: string[]; failed?: Outcome & { kind: 'failed' } }> {
  const outcome = await post(endpoint, auth, items);
  if (outcome.kind === 'ok') return { done: items.map((q) => q.statement.id) };
  if (outcome.kind === 'failed') return { done: [], failed: outcome };
  if (items.length === 1) {
    warn(`the LRS refused statement ${items[0]!.statement.id} (${outcome.why}); it is dropped, the others are sent.`);
    return { done: [items[0]!.statement.id] };
  }
  const half = Math.ceil(items.length / 2);
  const first = await deliver(endpoint, auth, items.slice(0, half));
  if (first.failed) return first;
  const second = await deliver(endpoint, auth, items.slice(half));
  return { done: [...first.done, ...second.done], failed: second.failed };
}

// ---- draining a lane ----

const draining = new Set<string>();
const again = new Set<string>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();

function later(lane: string, ms: number): void {
  clearTimeout(timers.get(lane));
  timers.set(lane, setTimeout(() => void drain(lane), Math.max(0, ms)));
}

/** Without Web Locks: a lease in storage, so that one tab at a time sends. True when this tab holds it. */
async function takeLease(lane: string): Promise<boolean> {
  const now = Date.now();
  try {
    const [owner, until] = (localStorage.getItem(LEASE_KEY) ?? '').split(' ');
    if (owner && owner !== tab && Number(until) > now) return false;
    localStorage.setItem(LEASE_KEY, `${tab} ${now + xapiSettings.timeout * 2} ${lane}`);
    await new Promise((r) => setTimeout(r, 50));
    return localStorage.getItem(LEASE_KEY)?.startsWith(`${tab} `) ?? false;
  } catch {
    return true;
  }
}
function dropLease(): void {
  try {
    if (localStorage.getItem(LEASE_KEY)?.startsWith(`${tab} `)) localStorage.removeItem(LEASE_KEY);
  } catch {
    /* nothing to drop */
  }
}

/** Sends what waits for `lane`, holding the lane's lock; honours the shared back-off. */
export async function drain(lane: string): Promise<void> {
  const target = lanes.get(lane);
  if (!target) return;
  if (draining.has(lane)) return void again.add(lane);
  draining.add(lane);
  try {
    await withLock(`collabgov:xapi:send:${lane}`, async () => {
      if (!locks() && !(await takeLease(lane))) return later(lane, 1000);
      try {
        do {
          again.delete(lane);
          await sendLane(lane, target);
        } while (again.has(lane));
      } finally {
        if (!locks()) dropLease();
      }
    });
  } finally {
    draining.delete(lane);
  }
}

async function sendLane(lane: string, { endpoint, auth, fp }: { endpoint: string; auth: string; fp: string }): Promise<void> {
  for (;;) {
    if (navigator.onLine === false) return;
    const wait = waits()[lane];
    if (wait && wait.until > Date.now()) return later(lane, wait.until - Date.now());
    const items = bound([...(readStored() ?? []), ...local]).filter((q) => inLane(q, endpoint, fp)).slice(0, xapiSettings.batch);
    if (!items.length) return;
    const { done, failed } = await deliver(endpoint, auth, items);
    await remove(new Set(done));
    if (!failed) {
      if (wait) setWait(lane, null);
      continue;
    }
    const n = (wait?.n ?? 0) + 1;
    const delay = Math.max(Math.min(xapiSettings.retryMax, xapiSettings.retry * 2 ** (n - 1)), failed.retryAfter);
    const left = items.length - done.length;
    warn(`could not send ${left} statement(s) to ${endpoint} (${failed.why}); they are kept and retried in ${Math.round(delay / 1000)} s.`);
    setWait(lane, { until: Date.now() + delay, n });
    return later(lane, delay);
  }
}

// ---- what the statement side calls ----

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  const all = () => lanes.forEach((_, lane) => void drain(lane));
  addEventListener('online', all);
  addEventListener('pagehide', persistNow);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && persistNow());
  // Another tab queued statements, or finished a back-off: send what this page has a credential for.
  addEventListener('storage', (e) => {
    if (e.key === QUEUE_KEY || e.key === WAIT_KEY || e.key === null) all();
  });
}

/** Queues a statement for `endpoint` (with the page's `lrs-auth`) and sends it with the others. */
export function queueStatement(endpoint: string, auth: string, statement: XapiStatement): void {
  install();
  const fp = fingerprint(auth);
  const lane = laneOf(endpoint, fp);
  const known = lanes.has(lane);
  lanes.set(lane, { endpoint, auth, fp });
  local = bound([...local, { endpoint, statement, auth: fp }]);
  persistSoon(lane);
  // Statements left from an earlier visit go out too.
  if (!known) void drain(lane);
}

/** Sends at once (waiting for a lock and honouring the back-off) what is queued for `endpoint`; for tests and hosts. */
export async function flush(endpoint?: string): Promise<void> {
  await withLock('collabgov:xapi:queue', persistNow);
  await Promise.all([...lanes.entries()].filter(([, l]) => !endpoint || l.endpoint === endpoint).map(([lane]) => drain(lane)));
}

/** Writes this page's statements to storage now (before leaving the page). */
export const persistStatements = persistNow;
