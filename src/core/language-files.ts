/**
 * The language files, by language (see languages.ts). Each import names the source entry of
 * dist/collabgov-<lang>.js; the build points it at that file beside the importing script.
 */
import type { Language } from './languages.js';

export const languageFiles: Record<string, () => Promise<{ language: Language }>> = {};
