/**
 * The language files, by language (see languages.ts). Each import names the source entry of
 * dist/collabgov-<lang>.js; the build points it at that file beside the importing script (scripts/lib/bundle.mjs),
 * so no English file carries another language. Where a language file is missing, its widgets show English with a note.
 */
import type { Language } from './languages.js';

export const languageFiles: Record<string, () => Promise<{ language: Language }>> = {
  ja: () => import('../lang/ja.js'),
  cy: () => import('../lang/cy.js'),
};
