/**
 * The studio's own words in each language it speaks, by language tag: English (strings.ts) and those of
 * strings-<lang>.ts. The studio starts in the first of `?ui=<lang>`, the lecturer's last choice, the browser's
 * languages that it has, else English; its header offers the others. (The activity's language is chosen apart, in
 * the activity's settings: a lecturer may work in English on a Welsh activity.)
 */
import { en, type StudioStrings } from './strings.js';
import { ja } from './strings-ja.js';
import { cy } from './strings-cy.js';
import { registerIssueMessages } from '../model/issues.js';
import { issuesJa } from '../model/i18n/issues-ja.js';
import { issuesCy } from '../model/i18n/issues-cy.js';

// The pack checker's explanations in the studio's languages (English is built in).
registerIssueMessages('ja', issuesJa);
registerIssueMessages('cy', issuesCy);

export const studioStrings: Record<string, StudioStrings> = { en, ja, cy };

/** Where the lecturer's choice is kept. */
const KEY = 'collabgov-studio:ui-lang';

/** The studio's starting language. */
export function startLanguage(): string {
  let kept: string | null = null;
  try {
    kept = localStorage.getItem(KEY);
  } catch {
    // Storage blocked: the choice is not kept.
  }
  const asked = [new URLSearchParams(location.search).get('ui'), kept, ...navigator.languages];
  for (const tag of asked) {
    const base = tag?.toLowerCase().split('-')[0];
    if (base && Object.prototype.hasOwnProperty.call(studioStrings, base)) return base;
  }
  return 'en';
}

/** Keeps the lecturer's choice for the next visit. */
export function keepLanguage(lang: string): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Storage blocked: the choice lasts this visit.
  }
}
