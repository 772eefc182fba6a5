/**
 * What the widgets load only on demand. In the built files these imports point at files beside the script:
 * `./collabgov-checks.js` (zod and the pack's schemas) and `./collabgov-en.js` (the whole English pack, over which a
 * lecturer's pack is merged; a one-widget file carries only its own part of it).
 */
import { languageLoaded } from './languages.js';

export const loadChecks = () => import('../model/checks.js');

/** Gives the checker the explanations in `lang`, from that language's file once it is loaded (English is built in). */
export function explainIn(checks: Awaited<ReturnType<typeof loadChecks>>, lang: string): void {
  const language = languageLoaded(lang);
  if (language?.issues) checks.registerIssueMessages(language.lang, language.issues);
}
export const loadEnglish = () => import('../model/packs/en.js');
