/**
 * Merging a lecturer's partial pack over a base pack (normally the default English pack).
 *
 * The rule, in full:
 * 1. A collection you leave out (`cases`, `tensions`, ...) comes whole from the base pack.
 * 2. A collection you supply is merged *by id*: an item whose `id` matches a base item replaces that item
 *    whole (fields are not merged one by one); an item with a new id is added after the base items.
 *    `predictors` are keyed by `form` + `factor`, `evolution` by `from` + `to`.
 * 3. To use only your own items, list the collection in `replace`, e.g. `"replace": ["tensions"]`.
 *    In `comparison`, `rows` and `statements` merge the same way (and may be listed in `replace`);
 *    `logics`, `title` and `intro` replace the base's when given. `readings` merge text by text.
 * 4. `id`, `lang` and `title` replace the base's when given.
 * The merged pack is then checked as a whole, so a dangling id anywhere is reported.
 */
import type { ContentPack, PartialContentPack } from './types.js';

type Keyed = Record<string, unknown>;

/** How issue paths name an item that came from the base pack. */
export const DEFAULT_ORIGIN = '(default pack)';

/** Where each merged item came from, for issue paths: `cases[2]` or `(default pack) cases "lsp"`. */
export type Origins = WeakMap<object, string>;

const keyOf = (collection: string, item: Keyed): string => {
  if (collection === 'predictors') return `${item.form}/${item.factor}`;
  if (collection === 'evolution') return `${item.from}/${item.to}`;
  return String(item.id);
};

function mergeList<T extends object>(
  collection: string,
  path: string,
  base: readonly T[],
  own: readonly T[] | undefined,
  replace: boolean,
  origins: Origins,
): T[] {
  const label = (item: T) => `${DEFAULT_ORIGIN} ${path} "${keyOf(collection, item as Keyed)}"`;
  if (!own) {
    base.forEach((item) => origins.set(item, label(item)));
    return [...base];
  }
  own.forEach((item, i) => origins.set(item, `${path}[${i}]`));
  if (replace) return [...own];
  // The first own item with a base item's key takes its place; every other own item (new keys, and repeats,
  // which the reference check then reports) follows the base items in the lecturer's order.
  const byKey = new Map<string, T>();
  for (const item of own) {
    const k = keyOf(collection, item as Keyed);
    if (!byKey.has(k)) byKey.set(k, item);
  }
  const used = new Set<T>();
  const merged = base.map((item) => {
    const mine = byKey.get(keyOf(collection, item as Keyed));
    if (mine) {
      used.add(mine);
      return mine;
    }
    origins.set(item, label(item));
    return item;
  });
  return [...merged, ...own.filter((item) => !used.has(item))];
}

export function mergePack(base: ContentPack, own: PartialContentPack, origins: Origins = new WeakMap()): ContentPack {
  const replace = new Set<string>(own.replace ?? []);
  const list = <K extends (typeof LISTS)[number]>(key: K) =>
    mergeList(key, key, base[key] as never[], own[key] as never[] | undefined, replace.has(key), origins) as ContentPack[K];
  const oc = own.comparison ?? {};
  return {
    schemaVersion: base.schemaVersion,
    id: own.id ?? base.id,
    lang: own.lang ?? base.lang,
    title: own.title ?? base.title,
    references: list('references'),
    concepts: list('concepts'),
    forms: list('forms'),
    factors: list('factors'),
    predictors: list('predictors'),
    evolution: list('evolution'),
    tensions: list('tensions'),
    readings: { ...base.readings, ...own.readings } as ContentPack['readings'],
    comparison: {
      title: oc.title ?? base.comparison.title,
      intro: oc.intro ?? base.comparison.intro,
      logics: oc.logics ?? base.comparison.logics,
      rows: mergeList('rows', 'comparison.rows', base.comparison.rows, oc.rows, replace.has('rows'), origins),
      statements: mergeList(
        'statements',
        'comparison.statements',
        base.comparison.statements,
        oc.statements,
        replace.has('statements'),
        origins,
      ),
    },
    eras: list('eras'),
    cases: list('cases'),
    responses: list('responses'),
  };
}

const LISTS = ['references', 'concepts', 'forms', 'factors', 'predictors', 'evolution', 'tensions', 'eras', 'cases', 'responses'] as const;
