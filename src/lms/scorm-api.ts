/**
 * The SCORM 1.2 API of the LMS, and the one way this package writes to it (`LmsLink.commit`), which makes sure
 * every value really reaches the LMS's server, even behind an API that behaves as Moodle's does:
 * - Moodle's API sends, at each commit, only the elements whose value differs from the value it last sent, and
 *   marks them as sent *before* the request succeeds. After a failed commit, setting the same value again sends
 *   nothing, and the next commit returns "true".
 * - So the link keeps, per element, the value the API last took in a commit (`marked`) and the value known to be on
 *   the server (`stored`: confirmed by a commit that reached it). A value that is marked but not stored is first
 *   set back to the stored value and committed (which writes nothing new: the server already holds it), then set
 *   again and committed, so the API sees a difference and sends it.
 * - A commit is confirmed only when it returned "true" while the page was visible and not being left: during
 *   `pagehide` or while hidden, Moodle sends with `navigator.sendBeacon`, whose "true" says only that it was queued.
 */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetValue(key: string): string;
  LMSSetValue(key: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}

type ApiWindow = Window & { API?: Scorm12Api };

/** The SCORM 1.2 way: this window and up to 7 parents, then the opener and its parents. */
export function findApi(win: Window = window): Scorm12Api | null {
  const search = (start: Window | null): Scorm12Api | null => {
    let w = start;
    for (let tries = 0; w && tries <= 7; tries++) {
      try {
        const api = (w as ApiWindow).API;
        if (api && typeof api.LMSInitialize === 'function') return api;
      } catch {
        /* a cross-origin frame: keep walking up */
      }
      if (w.parent === w) break;
      w = w.parent;
    }
    return null;
  };
  return search(win) ?? search(win.opener as Window | null);
}

const yes = (r: unknown) => r === true || r === 'true';

/** Elements whose value may be set back to the stored one to make Moodle's API send them again. */
const RESENDABLE = new Set(['cmi.core.lesson_status', 'cmi.core.score.raw', 'cmi.core.score.min', 'cmi.core.score.max']);
/** A value the API accepts back (SCORM 1.2 lets no SCO set "not attempted"). */
const settable = (key: string, value: string | undefined) =>
  value !== undefined && !(key === 'cmi.core.lesson_status' && (value === '' || value === 'not attempted'));
const same = (key: string, a: string | undefined, b: string | undefined) =>
  a === b || (key.startsWith('cmi.core.score.') && a !== undefined && b !== undefined && a !== '' && b !== '' && Number(a) === Number(b));

export interface CommitResult {
  /** Every value was taken and the commit (or finish) returned true. */
  ok: boolean;
  /** ... and it really reached the server (see above). */
  confirmed: boolean;
  /** Elements the API refused to take, with its error code (e.g. cmi.suspend_data: "405" when too long). */
  refused: Map<string, string>;
}

export class LmsLink {
  /** The value the API last took in a commit, whether or not that commit reached the server. */
  private marked = new Map<string, string>();
  /** The value the server holds, as far as this session knows (from launch, then from confirmed commits). */
  private stored = new Map<string, string>();
  /** Set while the page is being left. */
  leaving = false;

  constructor(readonly api: Scorm12Api) {}

  /** One API call; a failure is logged with the LMS's error code and text, and gives false. */
  call(fn: 'LMSInitialize' | 'LMSCommit' | 'LMSFinish', arg: ''): boolean;
  call(fn: 'LMSSetValue', key: string, value: string): boolean;
  call(fn: string, ...args: string[]): boolean {
    let detail = '';
    try {
      if (yes((this.api as unknown as Record<string, (...a: string[]) => unknown>)[fn]!(...args))) return true;
      const code = this.lastError();
      detail = `error ${code}: ${this.api.LMSGetErrorString(code)}`;
    } catch (error) {
      detail = String(error);
    }
    console.warn(`[collabgov] SCORM ${fn}(${args.slice(0, 1).join('')}) failed (${detail}).`);
    return false;
  }

  lastError(): string {
    try {
      return String(this.api.LMSGetLastError());
    } catch {
      return '101';
    }
  }

  /** LMSGetValue that never throws; read at launch, it is also taken as what the server holds. */
  get(key: string, atLaunch = false): string {
    let value = '';
    try {
      value = String(this.api.LMSGetValue(key) ?? '');
    } catch {
      /* unreadable: '' */
    }
    if (atLaunch) this.stored.set(key, value);
    return value;
  }

  /** What the server holds for `key`, as far as this session knows. */
  held(key: string): string | undefined {
    return this.stored.get(key);
  }

  private get trusted(): boolean {
    return !this.leaving && (typeof document === 'undefined' || document.visibilityState === 'visible');
  }

  /**
   * Sets `values` (those the server may not hold yet), then commits, or finishes the session when `finish`.
   * Values the API took in a failed commit are first set back to what the server holds, and committed.
   */
  commit(values: Map<string, string>, finish = false): CommitResult {
    const wanted = [...values].filter(([k, v]) => k === 'cmi.suspend_data' || !same(k, this.stored.get(k), v));
    const flips = wanted.filter(
      ([k, v]) => RESENDABLE.has(k) && this.marked.has(k) && same(k, this.marked.get(k), v) && settable(k, this.stored.get(k)) && !same(k, this.stored.get(k), v),
    );
    if (flips.length) {
      const back = flips.filter(([k]) => this.call('LMSSetValue', k, this.stored.get(k)!));
      // Whether this commit reaches the server or not, the API now marks the stored values, which is all it is for.
      this.call('LMSCommit', '');
      for (const [k] of back) this.marked.set(k, this.stored.get(k)!);
    }
    const refused = new Map<string, string>();
    const taken: [string, string][] = [];
    for (const [k, v] of wanted) {
      if (this.call('LMSSetValue', k, v)) taken.push([k, v]);
      else refused.set(k, this.lastError());
    }
    const ok = finish ? this.call('LMSFinish', '') : this.call('LMSCommit', '');
    const confirmed = ok && this.trusted;
    // An unconfirmed commit (failed, or sent by beacon) counts as not stored: the next one sends its values again.
    for (const [k, v] of taken) {
      this.marked.set(k, v);
      if (confirmed) this.stored.set(k, v);
    }
    return { ok: ok && refused.size === 0, confirmed: confirmed && refused.size === 0, refused };
  }
}
