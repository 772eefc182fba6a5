// The languages other than English, loaded straight from their files as laid out in the issue-18 plan
// (src/core/i18n/<lang>/index.ts, src/studio/strings-<lang>.ts, src/model/packs/<lang>/<part>.ts). A language whose
// files are not there yet is reported as absent, so the tests run for whatever exists.
import type { Messages } from '../../src/core/i18n/catalog.js';

export const LANGS = ['ja', 'cy'] as const;
/** The default pack's modules, by file name (cite.ts holds helpers, not texts). */
export const PACK_PARTS = ['cases', 'comparison', 'concepts', 'eras', 'evolution', 'factors', 'forms', 'meta', 'predictors', 'readings', 'references', 'responses', 'tensions'];

const load = async (path: string): Promise<Record<string, unknown> | undefined> => {
  try {
    return (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
};

export interface LanguageFiles {
  messages?: Messages;
  studio?: Record<string, unknown>;
  /** Each pack module's exports, by file name; a file not there is undefined. */
  pack: Record<string, Record<string, unknown> | undefined>;
}

export async function englishFiles(): Promise<Required<LanguageFiles>> {
  const { en } = await import('../../src/core/i18n/en/index.js');
  const studio = await import('../../src/studio/strings.js');
  const pack: LanguageFiles['pack'] = {};
  for (const part of PACK_PARTS) pack[part] = await load(`../../src/model/packs/en/${part}.ts`);
  return { messages: en as Messages, studio: studio.en as Record<string, unknown>, pack };
}

export async function languageFiles(lang: string): Promise<LanguageFiles> {
  const chrome = await load(`../../src/core/i18n/${lang}/index.ts`);
  const studio = await load(`../../src/studio/strings-${lang}.ts`);
  const pack: LanguageFiles['pack'] = {};
  for (const part of PACK_PARTS) pack[part] = await load(`../../src/model/packs/${lang}/${part}.ts`);
  return { messages: chrome?.[lang] as Messages | undefined, studio: studio?.[lang] as Record<string, unknown> | undefined, pack };
}

/** Keys whose values are ids, choices or numbers, never text (as in src/model/translations.ts). */
export const NOT_TEXT = new Set(['id', 'form', 'factor', 'level', 'from', 'to', 'era', 'logic', 'row', 'pole', 'group', 'kind', 'likelihood', 'atPole', 'url', 'year', 'authors', 'cite', 'levels', 'factors', 'lang', 'schemaVersion', 'answer', 'doi']);

/** Arguments to call a catalog function with: a marker string (numbers become NaN, counted as "other"). */
export const ARG = '\u3007';

/** Every string a value holds, with its path; functions are called with marker arguments. */
export function strings(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    try {
      const r = (value as (...a: unknown[]) => unknown)(...Array.from({ length: value.length }, () => ARG));
      if (typeof r === 'string') out.push([`${path}()`, r]);
    } catch {
      /* a function that needs real arguments (arrays): its keys are still compared */
    }
  } else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
  return out;
}
