/**
 * SCORM 1.2 run-time bridge: keeps every widget's learner state in cmi.suspend_data (suspend-data.ts), reports
 * score and status as scorm-grade.ts decides, and never loses the student's work:
 * - Every change is kept in a browser backup (localStorage, per student and package) until a commit that really
 *   reached the LMS's server holds it (scorm-api.ts says when a commit counts as confirmed), and committed after a
 *   short pause. A failed commit is retried with a back-off; each commit sends every value the server may lack.
 *   After two failures in a row the student is told their work is kept in the browser.
 * - Writing is synchronous, so the last edit goes out on `pagehide` (with LMSFinish) and when the page is hidden.
 * - At launch the backup and the LMS's copy are reconciled: the newer work wins; an older, different backup is set
 *   aside in the browser; the student is told when the browser's copy was used.
 * - suspend_data that cannot be read (cut short, a later format, not ours) is never written over in this session;
 *   a copy is also set aside in the browser, the student is told, and their new work is kept in the browser.
 * - Work larger than the LMS takes (it refuses the value: 405) stays whole in the browser; the LMS keeps the last
 *   copy that fitted, marked so that another computer says newer work exists elsewhere; the student is told.
 * - The limit is probed at launch with the LMS's own copy padded by spaces (still the same data), so the student
 *   is warned when close to it, and `store.room()` tells a field about how many more characters fit.
 */
import { addEnglish } from '../core/i18n/catalog.js';
import { lms } from '../core/i18n/en/lms.js';
import { flushSaves, type StateStore, type StoreNotice } from '../core/persistence.js';
import { findApi, LmsLink, type Scorm12Api } from './scorm-api.js';
import { Grader, type GradeValues, type Grading, type ScoreDetail, type ScoreWhen } from './scorm-grade.js';
import { compactJson, decodeSuspend, encodeSuspend, FORMAT, type Entries, type Suspended } from './suspend-data.js';

export { findApi, type Scorm12Api };

addEnglish('lms', lms);

export interface ScormOptions {
  /** The mode is scored: report passed/failed. */
  scored?: boolean;
  /** Mastery score (0–100) from the manifest, used when the LMS gives none. */
  mastery?: number;
  /** When a score is sent (scorm-grade.ts); `completion` by default. */
  score?: ScoreWhen;
  /** `best` (default), `last` or `first`: which attempt counts (src/model/attempts.ts). */
  grading?: Grading;
  /** Pause before a commit, ms. */
  debounce?: number;
  /** First retry delay after a failed commit, ms (doubles up to 60 s). */
  retry?: number;
  /** Where the browser backup is kept; localStorage by default. */
  backup?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

/** The browser backup: the work and values not yet confirmed by the LMS. */
interface Backup extends Suspended {
  values: GradeValues;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SUSPEND = 'cmi.suspend_data';
/** SCORM 1.2's limit, and Moodle's when its "SCORM standard mode" is off. */
const LIMITS = [4096, 64000];

function timespan(ms: number): string {
  const s = ms / 1000;
  const pad = (n: number, d = 2) => String(Math.floor(n)).padStart(d, '0');
  return `${pad(s / 3600, 4)}:${pad((s / 60) % 60)}:${pad(s % 60)}.${pad((s * 100) % 100)}`;
}

export class ScormSession {
  /** The state store to give `setStateStore` before any widget connects. */
  readonly store: StateStore;
  readonly link: LmsLink;
  entries: Entries = {};
  mastery?: number;
  grader!: Grader;
  /** What the student is told now about where their work is. */
  notice: StoreNotice | null = null;
  /** The largest suspend_data the LMS takes, as far as known (Infinity: more than the largest tried). */
  limit = LIMITS[0]!;
  /** Element values to be held by the LMS (score, status...), sent until a confirmed commit holds them. */
  private values = new Map<string, string>();
  private n = 0;
  private changedAt = 0;
  /** The work or values have changes the LMS has not confirmed. */
  private unconfirmed = false;
  /** The LMS's suspend_data could not be read: it is never written. */
  private frozen = false;
  /** The last work that fitted the LMS, for the marker written when newer work does not. */
  private lastFit?: Suspended;
  private over = false;
  private lastSize = { json: 0, data: 0 };
  private listeners = new Set<(n: StoreNotice | null) => void>();
  private timer?: ReturnType<typeof setTimeout>;
  private failures = 0;
  private finished = false;
  private readonly started = Date.now();
  private backupKey = 'collabgov:scorm';
  /** The last copy of the student's work set aside (the LMS's unreadable data, an older browser backup), to download. */
  private asideCopy?: string;
  private get local() {
    return this.opts.backup ?? localStorage;
  }

  private constructor(
    api: Scorm12Api,
    private opts: ScormOptions,
  ) {
    this.link = new LmsLink(api);
    this.store = {
      getItem: (key) => (Object.hasOwn(this.entries, key) ? this.entries[key]! : null),
      setItem: (key, value) => {
        if (Object.hasOwn(this.entries, key) && this.entries[key] === value) return;
        this.entries[key] = value;
        this.changedAt = Math.max(Date.now(), this.changedAt + 1);
        this.changed();
      },
      removeItem: (key) => {
        if (!Object.hasOwn(this.entries, key)) return;
        delete this.entries[key];
        this.changedAt = Math.max(Date.now(), this.changedAt + 1);
        this.changed();
      },
      keys: () => Object.keys(this.entries),
      setAside: () => this.asideCopy ?? null,
      watch: (listener) => {
        this.listeners.add(listener);
        listener(this.notice);
        return () => this.listeners.delete(listener);
      },
      room: () => this.room(),
    };
  }

  /** Initializes the LMS session (retrying twice) and loads the saved state; null when the LMS refuses. */
  static async start(api: Scorm12Api, opts: ScormOptions = {}): Promise<ScormSession | null> {
    const s = new ScormSession(api, opts);
    for (const delay of [0, 300, 1000]) {
      await wait(delay);
      if (s.link.call('LMSInitialize', '')) return (await s.load(), s);
    }
    return null;
  }

  private tell(notice: StoreNotice | null): void {
    if (notice === this.notice) return;
    this.notice = notice;
    for (const listener of this.listeners) listener(notice);
  }

  private async load(): Promise<void> {
    const get = (key: string) => this.link.get(key, true);
    this.backupKey = `collabgov:scorm:${get('cmi.core.student_id')}:${location.pathname}`;
    const backup = this.readBackup();
    const mastery = parseFloat(get('cmi.student_data.mastery_score'));
    this.mastery = Number.isFinite(mastery) ? mastery : this.opts.mastery;
    const status = get('cmi.core.lesson_status');
    for (const key of ['cmi.core.score.min', 'cmi.core.score.max']) get(key);
    const credit = get('cmi.core.credit') !== 'no-credit';
    this.grader = new Grader(
      { scored: !!this.opts.scored, mastery: this.mastery, score: this.opts.score ?? 'completion', grading: this.opts.grading ?? 'best', credit },
      get('cmi.core.score.raw'),
      status,
    );
    if (credit && (!status || status === 'not attempted')) this.values.set('cmi.core.lesson_status', 'incomplete');

    const raw = get(SUSPEND);
    const lms = await decodeSuspend(raw);
    if (!lms.ok) {
      this.frozen = true;
      this.aside('lms', raw);
      console.warn(`[collabgov] SCORM: the suspend data the LMS holds could not be read (${lms.reason}: ${lms.detail}); it is left untouched, and new work is kept in this browser.`);
      this.take(backup ?? { n: 0, t: 0, entries: {} });
      this.tell('lmsUnreadable');
    } else {
      this.probe(raw);
      this.lastFit = lms;
      const differs = !!backup && compactJson(backup.entries) !== compactJson(lms.entries);
      const fromBackup = differs && backup!.t > lms.t;
      this.take(fromBackup ? backup! : lms);
      this.n = Math.max(lms.n, backup?.n ?? 0);
      if (fromBackup) {
        this.unconfirmed = true;
        this.tell('lmsRestored');
      } else if (differs) {
        this.aside('backup', JSON.stringify(backup));
        this.tell('lmsBackupSetAside');
      } else if (lms.o && lms.o > lms.t && !(backup && backup.t >= lms.o)) this.tell('lmsNewerElsewhere');
    }
    if (backup) {
      // Values of an earlier session that never reached the LMS's server (it holds something else).
      const lost = Object.fromEntries(Object.entries(backup.values).filter(([k, v]) => this.link.held(k) !== v));
      for (const [k, v] of Object.entries(this.grader.restore(lost) ?? {})) this.values.set(k, v);
    }
    if (this.unconfirmed || this.values.size) this.changed(0);
    else if (!this.frozen) this.dropBackup();
  }

  private take(copy: Suspended): void {
    this.entries = { ...copy.entries };
    this.n = copy.n;
    this.changedAt = copy.t;
  }

  /**
   * Learns the LMS's suspend_data limit: sets its own copy padded with spaces (the same data to every reader) past
   * each known limit, then sets it back before anything is committed.
   */
  private probe(raw: string): void {
    for (const size of LIMITS) {
      if (raw.length > size) continue;
      let taken = false;
      try {
        taken = String(this.link.api.LMSSetValue(SUSPEND, raw + ' '.repeat(size + 1 - raw.length))) === 'true';
      } catch {
        /* taken stays false */
      }
      if (!taken) return void (this.limit = size);
      try {
        this.link.api.LMSSetValue(SUSPEND, raw);
      } catch {
        /* the padded copy reads the same */
      }
    }
    this.limit = Infinity;
  }

  /** Listens for the widget's score and completion, finishes the session on pagehide, commits when hidden. */
  attach(target: EventTarget): void {
    target.addEventListener('cg-score', (e) => this.want(this.grader.score((e as CustomEvent<ScoreDetail>).detail)));
    target.addEventListener('cg-complete', () => this.want(this.grader.complete()));
    addEventListener('pagehide', () => this.finish());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') {
        if (this.unconfirmed) this.commit();
      } else if (this.unconfirmed) this.schedule(0);
    });
  }

  /** Queues element values for the LMS (kept in the backup until confirmed). */
  want(values: GradeValues | null): void {
    if (!values) return;
    for (const [k, v] of Object.entries(values)) this.values.set(k, v);
    this.changed();
  }

  private changed(delay?: number): void {
    this.unconfirmed = true;
    this.writeBackup();
    this.schedule(delay);
  }

  private schedule(delay = this.opts.debounce ?? 1000): void {
    if (this.finished) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.commit(), delay);
  }

  /** About how many more characters of text fit in the LMS (null: no known limit). */
  room(): number | null {
    if (this.frozen || this.over) return 0;
    if (!Number.isFinite(this.limit) || !this.lastSize.data) return Number.isFinite(this.limit) ? this.limit : null;
    const ratio = Math.max(1, this.lastSize.json / this.lastSize.data);
    return Math.max(0, Math.floor((this.limit - this.lastSize.data) * ratio));
  }

  /** Commits everything the LMS may lack. True when the LMS took all of it (confirmed or not). */
  commit(finish = false): boolean {
    // The widgets' last edits (coalesced by their persistence) go with this commit.
    flushSaves();
    clearTimeout(this.timer);
    if (this.finished) return false;
    const values = new Map(this.values);
    let fits: Suspended | undefined;
    if (!this.frozen) {
      const body = { n: this.n + 1, t: this.changedAt, entries: { ...this.entries } };
      const data = encodeSuspend(body);
      this.lastSize = { json: compactJson(body.entries).length, data: data.length };
      if (data.length <= this.limit) {
        values.set(SUSPEND, data);
        this.over = false;
        fits = body;
      } else this.overflow(values);
      this.n++;
    }
    if (finish) {
      this.finished = true;
      values.set('cmi.core.session_time', timespan(Date.now() - this.started));
      values.set('cmi.core.exit', 'suspend');
    }
    const result = this.link.commit(values, finish);
    const refused = result.refused.get(SUSPEND);
    if (refused !== undefined && values.get(SUSPEND)!.length > LIMITS[0]! && !finish) {
      // Too long for this LMS: learn its limit, and write what fits instead.
      this.limit = LIMITS.filter((l) => l < values.get(SUSPEND)!.length).pop()!;
      return this.commit();
    }
    if (fits && !result.refused.has(SUSPEND)) this.lastFit = fits;
    if (result.ok) {
      this.failures = 0;
      if (this.notice === 'lmsSaveFailing') this.tell(null);
      if (this.over) this.tell('lmsFull');
      else if (this.notice === 'lmsFull') this.tell(null);
      if (!this.over && !this.frozen && Number.isFinite(this.limit) && this.lastSize.data > 0.9 * this.limit) this.tell('lmsNearlyFull');
      else if (this.notice === 'lmsNearlyFull') this.tell(null);
    }
    if (result.confirmed) {
      for (const [k, v] of values) if (k !== SUSPEND && this.values.get(k) === v && this.link.held(k) === v) this.values.delete(k);
      this.values.delete('cmi.core.session_time');
      this.values.delete('cmi.core.exit');
      this.unconfirmed = false;
      if (!this.over && !this.frozen) this.dropBackup();
      else this.writeBackup();
    } else if (!result.ok && !finish) {
      if (++this.failures >= 2) this.tell('lmsSaveFailing');
      this.schedule(Math.min(60_000, (this.opts.retry ?? 1000) * 2 ** (this.failures - 1)));
    }
    return result.ok;
  }

  /** The work does not fit: keep it whole in the browser; send the last copy that fitted, marked as superseded. */
  private overflow(values: Map<string, string>): void {
    if (!this.over) console.warn(`[collabgov] SCORM: the work is longer than the LMS takes (${this.limit} characters) even compressed; it is kept whole in this browser.`);
    this.over = true;
    if (!this.lastFit) return;
    const data = encodeSuspend({ ...this.lastFit, n: this.n + 1, o: this.changedAt });
    if (data.length <= this.limit) values.set(SUSPEND, data);
  }

  /** Commits what the LMS lacks with LMSFinish (once). The backup stays: a commit while leaving is not confirmed. */
  finish(): void {
    if (this.finished) return;
    this.link.leaving = true;
    this.commit(true);
  }

  private readBackup(): Backup | null {
    try {
      const text = this.local.getItem(this.backupKey);
      if (!text) return null;
      const data = JSON.parse(text) as Partial<Backup> & { format?: number };
      if (data.format === FORMAT && data.entries && typeof data.t === 'number') {
        return { n: data.n ?? 0, t: data.t, entries: data.entries, values: data.values ?? {} };
      }
      // Format 1 kept only the entries, while a commit was pending: newer than the LMS's copy.
      return { n: 0, t: Date.now(), entries: data as unknown as Entries, values: {} };
    } catch {
      return null;
    }
  }

  private writeBackup(): void {
    const backup = { format: FORMAT, n: this.n, t: this.changedAt, entries: this.entries, values: Object.fromEntries(this.values) };
    try {
      this.local.setItem(this.backupKey, JSON.stringify(backup));
    } catch {
      /* the LMS copy is all there is */
    }
  }

  private aside(what: string, data: string): void {
    this.asideCopy = data;
    try {
      this.local.setItem(`${this.backupKey}:${what}-set-aside:${Date.now()}`, data);
    } catch {
      /* nowhere to keep a copy: the original stays where it is */
    }
  }

  private dropBackup(): void {
    try {
      this.local.removeItem(this.backupKey);
    } catch {
      /* nothing to drop */
    }
  }
}
