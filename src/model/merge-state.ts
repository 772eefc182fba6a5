/**
 * Three-way merge of a widget's saved state, for two tabs (or two instances) that save under one key: `base` is
 * what both started from (what storage held when this copy last read or wrote it), `mine` this copy's state,
 * `theirs` what the other saved since. Pure; no DOM.
 * - A part only one side changed takes that side's value; objects (records by id) merge key by key.
 * - Arrays of plain values (the tensions touched, the rows hidden) merge as sets: what the other side added is added,
 *   what it removed is removed.
 * - A part both sides changed differently keeps `mine`, and its path is listed in `conflicts` so the caller can set
 *   the other copy aside rather than lose it.
 * Keys are read as own properties only, so an id such as `constructor` merges like any other.
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPlain = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** Structural equality of JSON values, key order ignored. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
  }
  return false;
}

const own = (v: unknown, k: string): unknown => (isRecord(v) && Object.hasOwn(v, k) ? v[k] : undefined);

export interface Merged {
  value: unknown;
  /** Paths (`notes.goals`) both sides changed differently; `mine` was kept there. */
  conflicts: string[];
}

export function mergeState(base: unknown, mine: unknown, theirs: unknown, path = ''): Merged {
  if (sameJson(mine, theirs) || sameJson(theirs, base)) return { value: mine, conflicts: [] };
  if (sameJson(mine, base)) return { value: theirs, conflicts: [] };
  if (isRecord(mine) && isRecord(theirs) && (base === undefined || isRecord(base))) {
    const conflicts: string[] = [];
    const entries: [string, unknown][] = [];
    for (const k of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const m = mergeState(own(base, k), own(mine, k), own(theirs, k), path ? `${path}.${k}` : k);
      conflicts.push(...m.conflicts);
      if (m.value !== undefined) entries.push([k, m.value]);
    }
    // Object.fromEntries makes own properties, so a key `__proto__` stays data.
    return { value: Object.fromEntries(entries), conflicts };
  }
  if (Array.isArray(mine) && Array.isArray(theirs) && [...mine, ...theirs].every(isPlain)) {
    const before = Array.isArray(base) ? base : [];
    const added = theirs.filter((x) => !before.includes(x) && !mine.includes(x));
    const removed = before.filter((x) => !theirs.includes(x));
    return { value: [...mine, ...added].filter((x) => !removed.includes(x)), conflicts: [] };
  }
  return { value: mine, conflicts: [path || '(all)'] };
}

/** `value` with every string longer than `max` cut to `max` characters; `cut` says whether any was. */
export function cutStrings(value: unknown, max: number): { value: unknown; cut: boolean } {
  let cut = false;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string' && v.length > max) {
      cut = true;
      return v.slice(0, max);
    }
    if (Array.isArray(v)) return v.map(walk);
    if (isRecord(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return { value: walk(value), cut };
}
