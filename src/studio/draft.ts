/**
 * The lecturer's draft: their content pack (partial, as they would write it: what they leave out comes from the
 * default content) and the activity's settings. Every change is a new state (unchanged parts shared), so undo and
 * redo are a list of states; the draft is kept in localStorage as the lecturer types and survives a reload.
 *
 * Why no library: JSON Forms and rjsf render with React (or Angular/Vue), @json-editor/json-editor brings its own
 * DOM and themes and cannot offer "the levels of the factor this case names"; undo over immutable states needs no
 * patch library (immer) since a state shares all it did not change.
 */
import { defaultActivity, type Activity } from './activity.js';

export interface StudioState {
  pack: Record<string, unknown>;
  activity: Activity;
  /** Where the lecturer's files are on a web server (for the snippets). */
  base: string;
}

export const STORAGE_KEY = 'collabgov-studio-draft';
const LIMIT = 200;

export const emptyState = (): StudioState => ({ pack: {}, activity: defaultActivity(), base: '' });

type Step = string | number;

/** The value at a path. */
export function getIn(value: unknown, path: readonly Step[]): unknown {
  let v = value;
  for (const s of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<Step, unknown>)[s];
  }
  return v;
}

/** A copy of `value` with `path` set (or removed, for `undefined`), sharing every part it does not change. */
export function setIn<T>(value: T, path: readonly Step[], next: unknown): T {
  if (!path.length) return next as T;
  const [head, ...rest] = path;
  const here = (value ?? (typeof head === 'number' ? [] : {})) as Record<Step, unknown> | unknown[];
  const child = setIn((here as Record<Step, unknown>)[head!], rest, next);
  if (Array.isArray(here)) {
    const copy = [...here];
    if (child === undefined && !rest.length) copy.splice(head as number, 1);
    else copy[head as number] = child;
    return copy as T;
  }
  const copy = { ...(here as Record<string, unknown>) };
  if (child === undefined) delete copy[head as string];
  else copy[head as string] = child;
  return copy as T;
}

export class Draft extends EventTarget {
  state: StudioState;
  private past: StudioState[] = [];
  private future: StudioState[] = [];
  /** The key of the last change, so typing in one field is one undo step. */
  private lastKey = '';
  private lastAt = 0;
  private saveTimer?: ReturnType<typeof setTimeout>;
  /** A note when the browser could not keep the draft. */
  storageProblem = false;

  constructor(private storage: Storage | null = safeStorage()) {
    super();
    this.state = this.load() ?? emptyState();
    addEventListener('pagehide', () => this.flush());
  }

  private load(): StudioState | null {
    try {
      const raw = this.storage?.getItem(STORAGE_KEY);
      if (!raw) return null;
      const s = JSON.parse(raw) as StudioState;
      if (!s || typeof s.pack !== 'object' || !s.activity) return null;
      return { ...emptyState(), ...s, activity: { ...defaultActivity(), ...s.activity, attrs: { ...s.activity.attrs } } };
    } catch {
      return null;
    }
  }

  /** Applies a change. `key` names what changed: changes with the same key within 1.5 s are one undo step. */
  change(next: StudioState, key = ''): void {
    if (next === this.state) return;
    const now = Date.now();
    const merge = key && key === this.lastKey && now - this.lastAt < 1500;
    if (!merge) {
      this.past.push(this.state);
      if (this.past.length > LIMIT) this.past.shift();
    }
    this.future = [];
    this.lastKey = key;
    this.lastAt = now;
    this.commit(next);
  }

  /** Sets a value in the state at `path` (a change keyed by the path). */
  set(path: readonly Step[], value: unknown, key = path.join('.')): void {
    this.change(setIn(this.state, path, value), key);
  }

  get canUndo() {
    return this.past.length > 0;
  }
  get canRedo() {
    return this.future.length > 0;
  }

  undo(): void {
    const prev = this.past.pop();
    if (!prev) return;
    this.future.push(this.state);
    this.lastKey = '';
    this.commit(prev);
  }

  redo(): void {
    const next = this.future.pop();
    if (!next) return;
    this.past.push(this.state);
    this.lastKey = '';
    this.commit(next);
  }

  private commit(next: StudioState): void {
    this.state = next;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flush(), 250);
    this.dispatchEvent(new Event('change'));
  }

  /** Writes the draft to localStorage now. */
  flush(): void {
    clearTimeout(this.saveTimer);
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify(this.state));
      this.storageProblem = !this.storage;
    } catch {
      this.storageProblem = true;
    }
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
