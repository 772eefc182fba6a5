/**
 * Languages other than English come in files of their own (dist/collabgov-<lang>.js: that language's chrome catalog
 * and default content pack), loaded only when a widget's language (see `languageOf`) asks for one. The English files
 * carry none of them. In the built files each loader below imports `./collabgov-<lang>.js` from beside the widget's
 * own script (scripts/lib/bundle.mjs rewrites the import); a single-page export maps that address to the file inline.
 */
import type { ContentPack } from '../model/types.js';
import type { IssueMessages } from '../model/i18n/issues-en.js';
import { registerMessages, type Messages } from './i18n/catalog.js';
import { languageName } from './i18n/format.js';
import { languageFiles } from './language-files.js';

/** What a language file gives. */
export interface Language {
  lang: string;
  messages: Messages;
  pack: ContentPack;
  /** The pack checker's explanations in this language (handed to the checker when a lecturer's pack is checked). */
  issues?: IssueMessages;
}

const loaded = new Map<string, Language>();
const loading = new Map<string, Promise<Language>>();
const failed = new Set<string>();

/** `ja-JP` -> `ja` when collabgov has a file for it, else undefined (English, or a catalog a host page registered). */
export function fileLanguage(tag: string): string | undefined {
  const base = tag.toLowerCase().split('-')[0]!;
  return Object.prototype.hasOwnProperty.call(languageFiles, base) ? base : undefined;
}

/** The language, once its file has loaded. */
export const languageLoaded = (lang: string): Language | undefined => loaded.get(lang);
/** Whether loading the language's file failed (the widgets then show English with a note). */
export const languageFailed = (lang: string): boolean => failed.has(lang);

/** Registers a language given inline (e.g. by a page that carries the file's contents). */
export function addLanguage(language: Language): void {
  loaded.set(language.lang, language);
  failed.delete(language.lang);
  registerMessages(language.lang, language.messages);
}

/** Loads the language's file once; every widget that asks waits for the same load. */
export function loadLanguage(lang: string): Promise<Language> {
  const have = loaded.get(lang);
  if (have) return Promise.resolve(have);
  let pending = loading.get(lang);
  if (!pending) {
    pending = Promise.resolve()
      .then(() => languageFiles[lang]!())
      .then(({ language }) => {
        if (!language || language.lang !== lang || !language.messages || !language.pack) throw new Error(`collabgov-${lang}.js is not a language file`);
        addLanguage(language);
        return language;
      })
      .catch((error: unknown) => {
        failed.add(lang);
        throw error;
      })
      .finally(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
}

/** The writing direction of a language tag. */
export const directionOf = (tag: string): 'ltr' | 'rtl' => (/^(ar|dv|fa|he|ks|ku|ps|sd|ug|ur|yi)(-|$)/i.test(tag) ? 'rtl' : 'ltr');


/**
 * The note shown (in English, since the language's own words are what failed to load) when a language file could
 * not be loaded: the widget then shows its English text.
 */
export const fallbackNote = (lang: string): string =>
  `${languageName(lang, lang)}: this activity is shown in English, because its ${languageName(lang, 'en')} text (collabgov-${lang}.js) could not be loaded. ` +
  `Put collabgov-${lang}.js (from dist/) in the same folder as the widget’s script.`;
