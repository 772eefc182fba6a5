/**
 * A lecturer's pack in more than one language. The pack's own texts are in its `lang` (English when it names none);
 * `translations` gives, for each other language, the same items with their texts in that language:
 *
 *     { "lang": "en",
 *       "cases": [{ "id": "my-case", "name": "Our partnership", "comment": { "text": "…", "cite": ["vangen2017"] }, … }],
 *       "translations": { "cy": { "cases": [{ "id": "my-case", "name": "Ein partneriaeth", "comment": { "text": "…" } }] } } }
 *
 * A translated item names its item as the merge does (`id`; predictors `form` + `factor`, evolution `from` + `to`)
 * and gives only texts: ids, levels, positions and citations always come from the pack's own item, so they cannot
 * differ between languages (students' work is stored by id). Lists inside an item (strengths, members, poles, cells)
 * follow the own item's order. When a widget shows language L, the pack's texts are its own if L is its `lang`,
 * else the translation for L laid over them, and every text of the pack's own items must then be in that
 * translation: each missing one is an issue naming the language and the text. With no translation for L the
 * pack's own texts are shown. The pack is then merged over L's default pack.
 */
import type { PackIssue } from './types.js';
import { own as ownKey } from './own.js';
import { issueMessagesFor } from './issues.js';

type Json = Record<string, unknown>;

/** Values that are not texts: ids, choices, numbers; `cite`, a predictor's `levels` and a case's `factors` hold ids. */
const NOT_TEXT = new Set(['id', 'form', 'factor', 'level', 'from', 'to', 'era', 'logic', 'row', 'pole', 'group', 'kind', 'likelihood', 'atPole', 'url', 'year', 'authors']);
const ID_LISTS = new Set(['cite', 'levels', 'factors', 'comparison', 'tensions', 'replace']);
/** Top-level fields no translation touches. */
const OWN = new Set(['$schema', 'schemaVersion', 'id', 'lang', 'replace', 'translations', 'references']);
const LISTS = new Set(['concepts', 'forms', 'factors', 'predictors', 'evolution', 'tensions', 'eras', 'cases', 'responses', 'rows', 'statements', 'logics']);

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const keyOf = (list: string, item: Json): string =>
  list === 'predictors' ? `${item.form}/${item.factor}` : list === 'evolution' ? `${item.from}/${item.to}` : String(item.id);

const base = (tag: unknown) => String(tag ?? 'en').toLowerCase().split('-')[0]!;

/** The translation for `lang` among a pack's translations (exact tag first, then its base language). */
function translationFor(translations: unknown, lang: string): [string, unknown] | undefined {
  if (!isObject(translations)) return undefined;
  const tags = Object.keys(translations);
  const tag = tags.find((t) => t.toLowerCase() === lang.toLowerCase()) ?? tags.find((t) => base(t) === base(lang));
  return tag === undefined ? undefined : [tag, ownKey(translations, tag)];
}

/**
 * The lecturer's pack as shown in `lang`: its texts in that language laid over its own, without `translations`;
 * `issues` lists each text the translation lacks (paths into the pack's own items, so the error panel names the
 * item and the text) and each translated item the pack does not have.
 */
export function translatePack(input: Json, lang: string, explainIn = lang): { input: Json; issues: PackIssue[] } {
  const m = issueMessagesFor(explainIn).refs;
  const { translations, ...own } = input;
  const found = translationFor(translations, lang);
  if (!found || base(own.lang) === base(lang)) return { input: own, issues: [] };
  const [tag, tr] = found;
  const issues: PackIssue[] = [];
  if (!isObject(tr)) return { input: own, issues: [{ path: `translations.${tag}`, message: m.trNotObject(tag) }] };
  const missing = (path: string) =>
    issues.push({ path, message: m.trMissing(tag) });

  /** Lays `t`'s texts over `o` (same shape), noting each text of `o` that `t` lacks. */
  const overlay = (o: unknown, t: unknown, path: string, key: string): unknown => {
    if (typeof o === 'string') {
      if (NOT_TEXT.has(key) || !o.trim()) return o;
      if (typeof t === 'string' && t.trim()) return t;
      missing(path);
      return o;
    }
    if (Array.isArray(o)) {
      if (ID_LISTS.has(key) && o.every((v) => typeof v === 'string')) return o;
      const ts = Array.isArray(t) ? t : [];
      return o.map((v, i) => overlay(v, ts[i], `${path}[${i}]`, key));
    }
    if (isObject(o)) {
      if (key === 'factors' && Object.values(o).every((v) => typeof v === 'string')) return o;
      const to = isObject(t) ? t : {};
      return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, overlay(v, ownKey(to, k), `${path}.${k}`, k)]));
    }
    return o;
  };

  /** A collection: each own item with the translated item of the same key. */
  const list = (name: string, o: unknown, t: unknown, path: string, tpath: string): unknown => {
    if (!Array.isArray(o)) return o;
    const ts = Array.isArray(t) ? t.filter(isObject) : [];
    const keys = new Set(o.filter(isObject).map((item) => keyOf(name, item)));
    ts.forEach((item, i) => {
      if (!keys.has(keyOf(name, item)))
        issues.push({ path: `${tpath}[${i}]`, message: m.trUnknown(keyOf(name, item), name) });
    });
    return o.map((item, i) => (isObject(item) ? overlay(item, ts.find((x) => keyOf(name, x) === keyOf(name, item)), `${path}[${i}]`, '') : item));
  };

  const out: Json = {};
  for (const [k, v] of Object.entries(own)) {
    const t = ownKey(tr, k);
    if (OWN.has(k)) out[k] = v;
    else if (LISTS.has(k)) out[k] = list(k, v, t, k, `translations.${tag}.${k}`);
    else if (k === 'comparison' && isObject(v)) {
      const tc = isObject(t) ? t : {};
      out[k] = Object.fromEntries(
        Object.entries(v).map(([ck, cv]) => [ck, LISTS.has(ck) ? list(ck, cv, ownKey(tc, ck), `comparison.${ck}`, `translations.${tag}.comparison.${ck}`) : overlay(cv, ownKey(tc, ck), `comparison.${ck}`, ck)]),
      );
    } else out[k] = overlay(v, t, k, k);
  }
  out.lang = tag;
  return { input: out, issues };
}
