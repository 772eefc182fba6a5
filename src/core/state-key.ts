/**
 * Where a widget without a `state-key` saves: a key that stays the same when the page's address gains tracking
 * parameters or the page gains other blocks.
 *
 * `collabgov:<tag>:<page>:<settings>:<n>`, where
 * - `<page>` is the page's path and its query without tracking parameters (`utm_*`, `fbclid`, `gclid`, `dclid`,
 *   `gbraid`, `wbraid`, `msclkid`, `mc_cid`, `mc_eid`, `_ga`, `_gl`, `igshid`, `yclid`), the rest sorted by name
 *   (`/course/view.php?id=3`); the hash is never part of it. On collabgov's own iframe page (embed.html) its own
 *   parameters are left out too, since the widget's settings below carry them;
 * - `<settings>` are the widget's own attributes that say what it shows (`mode`, `case`, `tensions`, `src`,
 *   `feedback`, `sort-by`), or `#<id>` when the widget or its `data-collabgov` div has an `id`;
 * - `<n>` counts the widgets before it on the page with the same tag and settings (0 for the first).
 * So a block added above with other settings moves nothing; only an identical widget added above an identical one
 * shifts them (give each a `state-key`).
 *
 * Earlier versions used `collabgov:<tag>:<path><query>:<position among that tag>`: `legacyKeys` lists those that
 * may hold this widget's work, which the controller moves to the new key once.
 */
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|yclid)$/i;
const SETTINGS = ['mode', 'case', 'tensions', 'src', 'feedback', 'sort-by'];
/** Query parameters left out of `<page>` on this page (embed.ts adds its own). */
const ignored = new Set<string>();

/** Leaves these query parameters out of the page part of derived keys (the iframe page's own settings). */
export function ignoreQueryParams(names: readonly string[]): void {
  for (const n of names) ignored.add(n);
}

function query(drop: (name: string) => boolean, sort: boolean): string {
  const kept = [...new URLSearchParams(location.search)].filter(([k]) => !drop(k));
  if (sort) kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const q = new URLSearchParams(kept).toString();
  return q ? `?${q}` : '';
}

function settingsOf(el: Element): string {
  const mount = el.parentElement?.hasAttribute('data-collabgov') ? el.parentElement : null;
  const id = el.id || mount?.id;
  if (id) return `#${id}`;
  return SETTINGS.flatMap((a) => (el.hasAttribute(a) ? [`${a}=${el.getAttribute(a)}`] : [])).join('&');
}

/** The key of a widget without a `state-key`. */
export function derivedKey(el: Element): string {
  const tag = el.localName;
  const settings = settingsOf(el);
  const alike = Array.from(el.ownerDocument.querySelectorAll(tag)).filter((x) => !x.hasAttribute('state-key') && settingsOf(x) === settings);
  const page = location.pathname + query((k) => TRACKING.test(k) || ignored.has(k), true);
  return `collabgov:${tag}:${page}:${settings}:${Math.max(0, alike.indexOf(el))}`;
}

/** Keys earlier versions gave this widget: by its position among its tag, with the query as it is and without tracking. */
export function legacyKeys(el: Element): string[] {
  const tag = el.localName;
  const index = Math.max(0, Array.from(el.ownerDocument.querySelectorAll(tag)).indexOf(el));
  const keys = [location.search, query((k) => TRACKING.test(k), false)].map((q) => `collabgov:${tag}:${location.pathname}${q}:${index}`);
  return [...new Set(keys)];
}
