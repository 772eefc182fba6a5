/**
 * One typed message catalog for every widget's chrome. Each language implements `Messages` (the English
 * catalog's shape), so a missing string is a type error. The language comes from the element's `lang`,
 * the nearest ancestor with `lang` (across shadow roots), or the document; English is the fallback.
 */
import type { en as English } from './en/index.js';
import { core } from './en/core.js';

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : T extends string ? string : { [K in keyof T]: Widen<T[K]> };
export type Messages = Widen<typeof English>;

/**
 * The English catalog, filled section by section: the shared chrome here, each widget's section when its module
 * loads (`addEnglish`), so a file with one widget carries only that widget's strings.
 */
const en = { core } as Messages;

/** Adds a widget's English strings to the catalog (called by each widget's module). */
export function addEnglish<K extends keyof Messages>(section: K, messages: Messages[K]): void {
  en[section] = messages;
}

const catalogs = new Map<string, Messages>([['en', en]]);

/** Adds (or replaces) the catalog for a language, e.g. `registerMessages('cy', cy)`. */
export function registerMessages(lang: string, messages: Messages): void {
  catalogs.set(lang.toLowerCase(), messages);
}

/** `en-GB` -> the `en-gb` catalog if any, else `en`, else English. */
export function messagesFor(lang: string | undefined | null): Messages {
  const tag = (lang ?? '').toLowerCase();
  return catalogs.get(tag) ?? catalogs.get(tag.split('-')[0]) ?? en;
}

/** The language that applies to an element: its own `lang`, an ancestor's (crossing shadow roots), the document's. */
export function languageOf(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const found = node.closest('[lang]');
      if (found && found.getAttribute('lang')) return found.getAttribute('lang')!;
    }
    const root: Node = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || 'en';
}
