/**
 * SCORM 1.2 run-time bridge: finds the LMS's API object, keeps every widget's learner state in
 * cmi.suspend_data (see suspend-data.ts), and reports status and score.
 * - Status: `incomplete` on the first launch; on `cg-complete`, `completed`, or in a scored mode `passed` /
 *   `failed` against the mastery score (cmi.student_data.mastery_score, else the manifest's, given as `mastery`).
 * - Score: `cg-score` {raw, max} is reported as a percentage (cmi.core.score.raw 0–100, min 0, max 100), so
 *   the LMS's default maximum grade of 100 and the mastery score read it alike.
 * - Every change is committed after a short pause (LMSCommit); LMSFinish runs on pagehide.
 * - A call that fails (returns "false" or throws) is logged with LMSGetLastError/LMSGetErrorString and
 *   retried with a back-off. Until a commit succeeds the state is also kept in localStorage, and a later
 *   launch resumes from that copy, so nothing is lost.
 */
import type { StateStore } from '../core/persistence.js';
import { compactJson, decodeSuspend, encodeSuspend, SUSPEND_LIMIT, type Entries } from './suspend-data.js';

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

export interface ScormOptions {
  /** The mode is scored: report passed/failed. */
  scored?: boolean;
  /** Mastery score (0–100) from the manifest, used when the LMS gives none. */
  mastery?: number;
  /** Pause before a commit, ms. */
  debounce?: number;
  /** First retry delay after a failed call, ms (doubles up to 60 s). */
  retry?: number;
  /** Where the copy of uncommitted work is kept; localStorage by default. */
  backup?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

const yes = (r: unknown) => r === true || r === 'true';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function timespan(ms: number): string {
  const s = ms / 1000;
  const pad = (n: number, d = 2) => String(Math.floor(n)).padStart(d, '0');
  return `${pad(s / 3600, 4)}:${pad((s / 60) % 60)}:${pad(s % 60)}.${pad((s * 100) % 100)}`;
}

export class ScormSession {
  /** The state store to give `setStateStore` before any widget connects. */
  readonly store: StateStore;
  entries: Entries = {};
  mastery?: number;
  /** The last score reported, as a percentage. */
  percent?: number;
  private dirty = new Map<string, string>();
  private changes = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private failures = 0;
  private committing?: Promise<boolean>;
  private lastEncoded?: { data: string; changes: number };
  private finished = false;
  private readonly started = Date.now();
  private backupKey = 'collabgov:scorm';
  private get local() {
    return this.opts.backup ?? localStorage;
  }

  private constructor(
    readonly api: Scorm12Api,
    private opts: ScormOptions,
  ) {
    this.store = {
      getItem: (key) => this.entries[key] ?? null,
      setItem: (key, value) => {
        this.entries[key] = value;
        this.changed();
      },
    };
  }

  /** Initializes the LMS session (retrying twice) and loads the saved state; null when the LMS refuses. */
  static async start(api: Scorm12Api, opts: ScormOptions = {}): Promise<ScormSession | null> {
    const s = new ScormSession(api, opts);
    for (const delay of [0, 300, 1000]) {
      await wait(delay);
      if (s.call('LMSInitialize', '')) return (await s.load(), s);
    }
    return null;
  }

  /** One API call; a failure is logged with the LMS's error code and text, and gives false. */
  call(fn: 'LMSInitialize' | 'LMSCommit' | 'LMSFinish', arg: ''): boolean;
  call(fn: 'LMSSetValue', key: string, value: string): boolean;
  call(fn: string, ...args: string[]): boolean {
    let detail = '';
    try {
      if (yes((this.api as unknown as Record<string, (...a: string[]) => unknown>)[fn]!(...args))) return true;
      const code = String(this.api.LMSGetLastError());
      detail = `error ${code}: ${this.api.LMSGetErrorString(code)}`;
    } catch (error) {
      detail = String(error);
    }
    console.warn(`[collabgov] SCORM ${fn}(${args.slice(0, 1).join('')}) failed (${detail}).`);
    return false;
  }

  private get(key: string): string {
    try {
      return String(this.api.LMSGetValue(key) ?? '');
    } catch {
      return '';
    }
  }

  private async load(): Promise<void> {
    this.backupKey = `collabgov:scorm:${this.get('cmi.core.student_id')}:${location.pathname}`;
    const mastery = parseFloat(this.get('cmi.student_data.mastery_score'));
    this.mastery = Number.isFinite(mastery) ? mastery : this.opts.mastery;
    const status = this.get('cmi.core.lesson_status');
    if ((!status || status === 'not attempted') && !this.call('LMSSetValue', 'cmi.core.lesson_status', 'incomplete')) {
      this.setValue('cmi.core.lesson_status', 'incomplete');
    }
    let backup: string | null = null;
    try {
      backup = this.local.getItem(this.backupKey);
    } catch {
      /* no local copy */
    }
    try {
      // A local copy exists only while a commit is pending, so it is newer than the LMS's suspend data.
      this.entries = backup ? (JSON.parse(backup) as Entries) : await decodeSuspend(this.get('cmi.suspend_data'));
      if (backup) this.changed();
    } catch (error) {
      console.warn('[collabgov] SCORM: the saved suspend data could not be read; the activity starts afresh.', error);
      this.entries = {};
    }
    if (this.dirty.size) this.schedule();
  }

  /** Listens for the widget's score and completion, and finishes the session on pagehide. */
  attach(target: EventTarget): void {
    target.addEventListener('cg-score', (e) => {
      const { raw, max } = (e as CustomEvent<{ raw: number; max: number }>).detail;
      this.percent = max > 0 ? Math.round(Math.min(1, Math.max(0, raw / max)) * 10000) / 100 : 0;
      this.setValue('cmi.core.score.min', '0');
      this.setValue('cmi.core.score.max', '100');
      this.setValue('cmi.core.score.raw', String(this.percent));
    });
    target.addEventListener('cg-complete', () => {
      const graded = this.opts.scored && this.mastery !== undefined && this.percent !== undefined;
      this.setValue('cmi.core.lesson_status', graded ? (this.percent! >= this.mastery! ? 'passed' : 'failed') : 'completed');
    });
    addEventListener('pagehide', () => this.finish());
  }

  /** Queues a value for the next commit. */
  setValue(key: string, value: string): void {
    this.dirty.set(key, value);
    this.schedule();
  }

  private changed(): void {
    this.changes++;
    try {
      this.local.setItem(this.backupKey, JSON.stringify(this.entries));
    } catch {
      /* the LMS copy is all there is */
    }
    this.schedule();
  }

  private schedule(delay = this.opts.debounce ?? 1000): void {
    if (this.finished) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.commit(), delay);
  }

  /** Writes the queued values and the suspend data, then LMSCommit. True when all of it succeeded. */
  async commit(): Promise<boolean> {
    while (this.committing) await this.committing;
    this.committing = this.commitNow();
    try {
      return await this.committing;
    } finally {
      this.committing = undefined;
    }
  }

  private async commitNow(): Promise<boolean> {
    clearTimeout(this.timer);
    const changes = this.changes;
    const encoded = await encodeSuspend(this.entries);
    if (this.finished) return false;
    if (encoded === null) console.warn(`[collabgov] SCORM: the state is longer than ${SUSPEND_LIMIT} characters even compressed; it is kept in this browser only.`);
    else this.lastEncoded = { data: encoded, changes };
    const ok = this.flushValues(encoded ?? undefined);
    if (ok && changes === this.changes && encoded !== null) this.dropBackup();
    if (ok) this.failures = 0;
    else if (!this.finished) this.schedule(Math.min(60_000, (this.opts.retry ?? 1000) * 2 ** this.failures++));
    return ok;
  }

  private flushValues(suspend?: string): boolean {
    let ok = true;
    if (suspend !== undefined && !this.call('LMSSetValue', 'cmi.suspend_data', suspend)) ok = false;
    for (const [key, value] of [...this.dirty]) {
      if (this.call('LMSSetValue', key, value)) this.dirty.delete(key);
      else ok = false;
    }
    return this.call('LMSCommit', '') && ok;
  }

  private dropBackup(): void {
    try {
      this.local.removeItem(this.backupKey);
    } catch {
      /* nothing to drop */
    }
  }

  /** Commits synchronously what it can and calls LMSFinish (once). The local copy stays if that fails. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    clearTimeout(this.timer);
    const json = compactJson(this.entries);
    const fits = json.length <= SUSPEND_LIMIT;
    // The compressed form is made asynchronously; at pagehide only the last one made is at hand.
    const suspend = fits ? json : this.lastEncoded?.data;
    this.dirty.set('cmi.core.session_time', timespan(Date.now() - this.started));
    this.dirty.set('cmi.core.exit', 'suspend');
    const ok = this.flushValues(suspend);
    if (ok && (fits || this.lastEncoded?.changes === this.changes)) this.dropBackup();
    this.call('LMSFinish', '');
  }
}
