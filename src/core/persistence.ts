import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { decodeState, encodeState, type StateCodec } from '../model/state.js';

/** Where learner state is kept. `localStorage` by default; the SCORM bridge supplies its own. */
export interface StateStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  /**
   * Optional: calls `listener` now and whenever the store has something to tell the student about where their work
   * is (null: nothing now); returns a function that stops it. The SCORM bridge raises the `lms*` notices.
   */
  watch?(listener: (notice: StoreNotice | null) => void): () => void;
  /** Optional: about how many more characters of text the store can hold (null: no known limit). */
  room?(): number | null;
}

/** Notices a store raises (strings in `core`): see src/lms/scorm.ts. */
export type StoreNotice = 'lmsFull' | 'lmsNearlyFull' | 'lmsUnreadable' | 'lmsRestored' | 'lmsNewerElsewhere' | 'lmsBackupSetAside' | 'lmsSaveFailing';

let storeFactory: () => StateStore | null = () => window.localStorage;

/** Replaces where every widget keeps its state (for example an LMS's suspend data). */
export function setStateStore(factory: () => StateStore | null): void {
  storeFactory = factory;
}

/** Which controller saves under each key on this page, to warn when two instances share one. */
const inUse = new Map<string, PersistenceController<unknown>>();

export type PersistenceNotice = 'storageUnavailable' | 'saveFailed' | 'stateSetAside' | 'stateMigrated' | StoreNotice;

type Host = ReactiveControllerHost & HTMLElement & { stateKey?: string | null };

/**
 * Keeps one widget instance's learner state: restores it on connect and saves every change.
 * - Key: `collabgov:<tag>:<state-key>`, or without a `state-key`, one derived from the page's path and
 *   query, the tag and the element's position among its kind on the page.
 * - When storage throws (private mode, disabled, quota) the widget keeps working in memory and says so.
 * - Saved state that cannot be read is copied aside under `<key>:set-aside:<time>` with a warning; if even
 *   that copy fails, this instance never writes over the unreadable state.
 */
export class PersistenceController<T> implements ReactiveController {
  state: T;
  notice: PersistenceNotice | null = null;
  key = '';
  private store: StateStore | null = null;
  private writable = true;
  private unwatch?: () => void;
  private fromStore = false;

  constructor(
    private host: Host,
    private codec: StateCodec<T>,
  ) {
    this.state = codec.initial();
    host.addController(this);
  }

  hostConnected(): void {
    const key = this.deriveKey();
    const other = inUse.get(key);
    if (other && other !== this && other.host.isConnected) {
      console.warn(
        `[collabgov] two <${this.host.localName}> on this page save under "${key}", so each overwrites the other's ` +
          'work. Give each its own state-key.',
      );
    }
    inUse.set(key, this);
    if (key !== this.key) {
      this.key = key;
      this.load();
    }
  }

  hostDisconnected(): void {
    if (inUse.get(this.key) === this) inUse.delete(this.key);
  }

  /** About how many more characters of text the store can hold (null: no known limit), for a field to show. */
  room(): number | null {
    return this.store?.room?.() ?? null;
  }

  /** Sets the state, saves it and re-renders the host. */
  set(next: T): void {
    this.state = next;
    this.save();
    this.host.requestUpdate();
  }

  /** Drops the saved state's notice (after the student has read it). */
  dismissNotice(): void {
    this.notice = null;
    this.host.requestUpdate();
  }

  private deriveKey(): string {
    const tag = this.host.localName;
    if (this.host.stateKey) return `collabgov:${tag}:${this.host.stateKey}`;
    const index = Array.from(this.host.ownerDocument.querySelectorAll(tag)).indexOf(this.host);
    return `collabgov:${tag}:${location.pathname}${location.search}:${Math.max(index, 0)}`;
  }

  private load(): void {
    this.state = this.codec.initial();
    this.writable = true;
    this.notice = null;
    let raw: string | null = null;
    try {
      this.store = storeFactory();
      if (!this.store) throw new Error('no storage');
      raw = this.store.getItem(this.key);
      this.unwatch?.();
      this.unwatch = this.store.watch?.((notice) => {
        if (!notice && !this.fromStore) return;
        this.notice = notice;
        this.fromStore = !!notice;
        this.host.requestUpdate();
      });
    } catch (error) {
      this.store = null;
      this.notice = 'storageUnavailable';
      console.warn(`[collabgov] <${this.host.localName}>: storage is not available, work is kept in memory only.`, error);
      return;
    }
    if (raw === null) return;
    const decoded = decodeState(this.codec, raw);
    if (decoded.ok) {
      this.state = decoded.state;
      if (decoded.migrated) {
        this.notice = 'stateMigrated';
        this.save();
      }
      return;
    }
    const aside = `${this.key}:set-aside:${Date.now()}`;
    try {
      this.store.setItem(aside, raw);
      console.warn(`[collabgov] <${this.host.localName}>: ${decoded.reason}; it was kept under "${aside}".`);
    } catch {
      this.writable = false;
      console.warn(`[collabgov] <${this.host.localName}>: ${decoded.reason}; it could not be set aside, so it is left untouched under "${this.key}" and new work stays in memory.`);
    }
    this.notice = 'stateSetAside';
  }

  private save(): void {
    if (!this.store || !this.writable) return;
    try {
      this.store.setItem(this.key, encodeState(this.codec, this.state));
      if (this.notice === 'saveFailed') this.notice = null;
    } catch (error) {
      this.notice = 'saveFailed';
      console.warn(`[collabgov] <${this.host.localName}>: could not save (${String(error)}); work is kept in memory.`);
    }
  }
}
