import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { decodeState, encodeState, revisionOf, salvageState, type StateCodec } from '../model/state.js';
import { mergeState, sameJson } from '../model/merge-state.js';
import { NOTE_MAX } from '../model/limits.js';
import { derivedKey, legacyKeys } from './state-key.js';

/** Where learner state is kept. `localStorage` by default; the SCORM bridge supplies its own. */
export interface StateStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  /** Optional: removes a key (a set-aside copy the student deleted after downloading it, a key moved elsewhere). */
  removeItem?(key: string): void;
  /** Optional: the keys it holds, to find work set aside earlier. */
  keys?(): string[];
  /**
   * Optional: calls `listener` now and whenever the store has something to tell the student about where their work
   * is (null: nothing now); returns a function that stops it. The SCORM bridge raises the `lms*` notices.
   */
  watch?(listener: (notice: StoreNotice | null) => void): () => void;
  /** Optional: about how many more characters of text the store can hold (null: no known limit). */
  room?(): number | null;
  /** Optional: the copy of the student's work the store set aside (`lmsUnreadable`, `lmsBackupSetAside`), to download. */
  setAside?(): string | null;
}

/** Notices a store raises (strings in `core`): see src/lms/scorm.ts. */
export type StoreNotice = 'lmsFull' | 'lmsNearlyFull' | 'lmsUnreadable' | 'lmsRestored' | 'lmsNewerElsewhere' | 'lmsBackupSetAside' | 'lmsSaveFailing';

let storeFactory: () => StateStore | null = () => window.localStorage;

/** Replaces where every widget keeps its state (for example an LMS's suspend data). */
export function setStateStore(factory: () => StateStore | null): void {
  storeFactory = factory;
}

/** Every controller on this page by key: two instances under one key share their work, and tabs' writes reach each. */
const byKey = new Map<string, Set<PersistenceController<unknown>>>();
/** Controllers with a change not yet written. */
const dirty = new Set<PersistenceController<unknown>>();
/** Writes every pending change now (the SCORM bridge calls it before each commit). */
export function flushSaves(): void {
  dirty.forEach((c) => c.write());
}

let listening = false;
/** Registered when this module loads, so its `pagehide` runs before the SCORM bridge's (which finishes the session). */
function listen(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  addEventListener('pagehide', flushSaves);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushSaves());
  // Another tab or window of this site saved: bring its work in (localStorage only; an LMS store has no such event).
  addEventListener('storage', (e) => {
    if (e.key) byKey.get(e.key)?.forEach((c) => c.external(e.storageArea, e.newValue));
  });
}

listen();

export type PersistenceNotice =
  | 'storageUnavailable'
  | 'saveFailed'
  | 'stateSetAside'
  | 'stateMigrated'
  | 'stateRestored'
  | 'tabMerged'
  | 'tabConflict'
  | 'tabUnreadable'
  | StoreNotice;

/** Saved work this instance could not read and set aside, offered back to the student. */
export interface SetAside {
  key: string;
  raw: string;
  /** This version can read it (`cut`: once notes longer than NOTE_MAX are cut to it). */
  restorable: boolean;
  cut: boolean;
  /** The student downloaded it in this page view (then they may delete it). */
  downloaded: boolean;
}

type Host = ReactiveControllerHost & HTMLElement & { stateKey?: string | null };

/**
 * Keeps one widget instance's learner state: restores it on connect and saves every change.
 * - Key: `collabgov:<tag>:<state-key>`, or without a `state-key`, one derived as state-key.ts says (stable under
 *   tracking parameters and blocks added to the page); work under an earlier version's key is moved to it once.
 * - Writes are coalesced: at most one every `PersistenceController.saveEvery` ms, the last edit written at the end
 *   of that pause and at once on `pagehide`, when the page is hidden and when the widget is removed.
 * - Two tabs (or two instances on one page) under one key merge their work (merge-state.ts): what only one changed
 *   is kept from it; where both changed the same answer, this copy's is kept and the other's is set aside.
 * - When storage throws (private mode, disabled, quota) the widget keeps working in memory and says so.
 * - Saved state that cannot be read is copied aside under `<key>:set-aside:<time>` with a warning; if even
 *   that copy fails, this instance never writes over the unreadable state. Set-aside copies are offered back: the
 *   notice lets the student download the copy, restore it when this version can read it, and then delete it.
 */
export class PersistenceController<T> implements ReactiveController {
  /** At most one write per this many ms. */
  static saveEvery = 500;
  state: T;
  notice: PersistenceNotice | null = null;
  key = '';
  /** The newest set-aside copy of this key's work, if any (see SetAside). */
  aside: SetAside | null = null;
  /** The student dismissed the offer of the set-aside copy in this page view. */
  asideHidden = false;
  private store: StateStore | null = null;
  private writable = true;
  private unwatch?: () => void;
  private fromStore = false;
  /** What the store held when this instance last read or wrote it (the base of a merge). */
  private base: string | null = null;
  private pending = false;
  private lastWrite = 0;
  /** The revision of `base`, and the states of the revisions this instance has written or seen (merge ancestors). */
  private rev = '';
  private seen = new Map<string, T>();
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private host: Host,
    private codec: StateCodec<T>,
  ) {
    this.state = codec.initial();
    host.addController(this);
  }

  private get peers(): Set<PersistenceController<unknown>> {
    let set = byKey.get(this.key);
    if (!set) byKey.set(this.key, (set = new Set()));
    return set;
  }

  hostConnected(): void {
    const key = this.deriveKey();
    if (key !== this.key) {
      this.write();
      this.peers.delete(this as PersistenceController<unknown>);
      this.key = key;
      // Another instance on this page under this key writes its last edit first, so this one loads it.
      for (const peer of this.peers) peer.write();
      this.load();
    }
    const others = [...this.peers].filter((c) => c !== this && c.host.isConnected);
    if (others.length) {
      console.warn(
        `[collabgov] two <${this.host.localName}> on this page save under "${key}", so they share one copy of the student's work. ` +
          'Give each its own state-key.',
      );
    }
    this.peers.add(this as PersistenceController<unknown>);
  }

  hostDisconnected(): void {
    this.write();
    this.peers.delete(this as PersistenceController<unknown>);
  }

  /** About how many more characters of text the store can hold (null: no known limit), for a field to show. */
  room(): number | null {
    return this.store?.room?.() ?? null;
  }

  /** The copy the store itself set aside (an LMS's unreadable data), to download; null when none. */
  storeCopy(): string | null {
    return this.store?.setAside?.() ?? null;
  }

  /** Sets the state, saves it (coalesced) and re-renders the host. */
  set(next: T): void {
    this.state = next;
    this.save();
    this.host.requestUpdate();
  }

  /** Drops the saved state's notice and the set-aside offer, for this page view (after the student has read it). */
  dismissNotice(): void {
    this.notice = null;
    this.asideHidden = true;
    this.host.requestUpdate();
  }

  private deriveKey(): string {
    const tag = this.host.localName;
    return this.host.stateKey ? `collabgov:${tag}:${this.host.stateKey}` : derivedKey(this.host);
  }

  private load(): void {
    this.state = this.codec.initial();
    this.writable = true;
    this.notice = null;
    this.aside = null;
    let raw: string | null = null;
    try {
      this.store = storeFactory();
      if (!this.store) throw new Error('no storage');
      raw = this.store.getItem(this.key);
      if (raw === null && !this.host.stateKey) raw = this.moveLegacy();
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
    this.base = raw;
    this.findAside();
    if (raw === null) return;
    const decoded = decodeState(this.codec, raw);
    if (decoded.ok) {
      this.state = decoded.state;
      this.remember(revisionOf(raw).r, decoded.state);
      if (decoded.migrated) {
        this.notice = 'stateMigrated';
        this.save();
      }
      return;
    }
    if (this.setAside(raw, decoded.reason)) {
      // Moved aside, so a later visit offers that copy rather than set the same work aside again.
      this.base = null;
      try {
        this.store.removeItem?.(this.key);
      } catch {
        /* the original stays too */
      }
    } else this.writable = false;
    this.notice = 'stateSetAside';
  }

  /** Work saved under an earlier version's key for this widget, moved to the current key. */
  private moveLegacy(): string | null {
    const store = this.store!;
    for (const old of legacyKeys(this.host)) {
      if (old === this.key || [...byKey.keys()].includes(old)) continue;
      const raw = store.getItem(old);
      if (raw === null) continue;
      try {
        store.setItem(this.key, raw);
        store.removeItem?.(old);
      } catch {
        /* read from the old key this time; moved once storage takes it */
      }
      return raw;
    }
    return null;
  }

  /** Copies `raw` aside under `<key>:set-aside:<time>`; false when even that fails. */
  private setAside(raw: string, reason: string): boolean {
    const aside = `${this.key}:set-aside:${Date.now()}`;
    try {
      this.store!.setItem(aside, raw);
      console.warn(`[collabgov] <${this.host.localName}>: ${reason}; it was kept under "${aside}".`);
      this.offer(aside, raw);
      return true;
    } catch {
      console.warn(`[collabgov] <${this.host.localName}>: ${reason}; it could not be set aside, so it is left untouched under "${this.key}" and new work stays in memory.`);
      this.offer(this.key, raw);
      return false;
    }
  }

  private offer(key: string, raw: string): void {
    const s = salvageState(this.codec, raw, NOTE_MAX);
    // A copy left under the key itself (storage too full to set it aside) is never written over by a restore.
    this.asideHidden = false;
    this.aside = { key, raw, restorable: s.ok && key !== this.key, cut: !!s.cut, downloaded: false };
  }

  /** The newest copy set aside under this key on an earlier visit. */
  private findAside(): void {
    let keys: string[] = [];
    try {
      keys = this.store?.keys?.() ?? (this.store === window.localStorage ? Object.keys(localStorage) : []);
    } catch {
      return;
    }
    const prefix = `${this.key}:set-aside:`;
    const newest = keys.filter((k) => k.startsWith(prefix)).sort((a, b) => Number(b.slice(prefix.length)) - Number(a.slice(prefix.length)))[0];
    const raw = newest ? this.store!.getItem(newest) : null;
    if (newest && raw !== null) this.offer(newest, raw);
  }

  /** Puts the set-aside copy back, and sets what was shown aside in its place: nothing is lost either way. */
  restoreAside(): void {
    const a = this.aside;
    if (!a?.restorable || !this.store) return;
    const s = salvageState(this.codec, a.raw, NOTE_MAX);
    if (!s.ok) return;
    const current = encodeState(this.codec, this.state);
    if (!sameJson(this.state, this.codec.initial()) && !this.setAside(current, 'the work shown before a restore')) return;
    if (this.aside === a) this.aside = null;
    try {
      this.store.removeItem?.(a.key);
    } catch {
      /* the copy stays where it was */
    }
    this.writable = true;
    this.state = s.state;
    this.pending = true;
    this.write();
    this.notice = 'stateRestored';
    this.host.requestUpdate();
  }

  /** Removes the set-aside copy (offered only once the student has downloaded it). */
  deleteAside(): void {
    const a = this.aside;
    if (!a?.downloaded || a.key === this.key) return;
    try {
      this.store?.removeItem?.(a.key);
    } catch {
      return;
    }
    this.aside = null;
    if (this.notice === 'stateSetAside' || this.notice === 'tabConflict') this.notice = null;
    this.host.requestUpdate();
  }

  /** Marks the set-aside copy as downloaded. */
  downloadedAside(): void {
    if (this.aside) this.aside.downloaded = true;
    this.host.requestUpdate();
  }

  private save(): void {
    if (!this.store || !this.writable) return;
    this.pending = true;
    dirty.add(this as PersistenceController<unknown>);
    if (this.timer) return;
    const wait = this.lastWrite + PersistenceController.saveEvery - Date.now();
    if (wait <= 0) this.write();
    else this.timer = setTimeout(() => this.write(), wait);
  }

  /** Writes the pending change now (no-op when there is none). */
  write(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    dirty.delete(this as PersistenceController<unknown>);
    if (!this.pending || !this.store || !this.writable) return;
    this.pending = false;
    const r = Math.random().toString(36).slice(2, 10);
    const raw = encodeState(this.codec, this.state, { r, ...(this.rev ? { p: this.rev } : {}) });
    try {
      this.store.setItem(this.key, raw);
      this.base = raw;
      this.remember(r, this.state);
      this.lastWrite = Date.now();
      if (this.notice === 'saveFailed') this.notice = null;
    } catch (error) {
      this.notice = 'saveFailed';
      console.warn(`[collabgov] <${this.host.localName}>: could not save (${String(error)}); work is kept in memory.`);
      this.host.requestUpdate();
      return;
    }
    // Another instance on this page under the same key brings this work in.
    for (const peer of this.peers) if (peer !== this) peer.external(this.store, raw);
  }

  private remember(r: string | undefined, state: T): void {
    this.rev = r ?? '';
    if (!r) return;
    this.seen.set(r, state);
    if (this.seen.size > 32) this.seen.delete(this.seen.keys().next().value!);
  }

  /** Another tab or instance wrote `raw` under this key: merge it with this copy's work. */
  external(area: unknown, raw: string | null): void {
    if (area !== this.store || raw === null || raw === this.base) return;
    const theirs = decodeState(this.codec, raw);
    if (!theirs.ok) {
      // Written by a version this one cannot read: never write over it from here.
      this.writable = false;
      this.notice = 'tabUnreadable';
      this.host.requestUpdate();
      return;
    }
    // The common ancestor: the revision the other copy was made from, when this instance wrote or saw it. Without
    // one (an older version wrote it, or too long ago) the merge keeps what either side has and conflicts keep ours.
    const { r, p } = revisionOf(raw);
    const ancestor = p === undefined ? undefined : this.seen.get(p);
    const merged = mergeState(ancestor, this.state, theirs.state);
    if (merged.conflicts.length) {
      this.setAside(raw, `another tab changed ${merged.conflicts.join(', ')} too; this tab's version is kept`);
      this.notice = 'tabConflict';
    } else if (!sameJson(this.state, merged.value)) this.notice = 'tabMerged';
    this.base = raw;
    this.remember(r, theirs.state);
    const value = merged.value as T;
    this.state = value;
    if (!sameJson(value, theirs.state)) {
      this.pending = true;
      this.write();
    }
    this.host.requestUpdate();
  }
}
