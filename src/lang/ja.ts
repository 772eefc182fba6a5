/**
 * Entry of dist/collabgov-ja.js: Japanese for every widget, its chrome catalog and its whole default content pack. The
 * widgets import this file (beside their own script) only when an element's language is ja; the loader
 * (core/languages.ts) registers the catalog and the pack. It imports no runtime from core, so it carries no copy of it.
 */
import type { Language } from '../core/languages.js';
import { ja } from '../core/i18n/ja/index.js';
import { jaPack } from '../model/packs/ja.js';
import { issuesJa } from '../model/i18n/issues-ja.js';

export const language: Language = { lang: 'ja', messages: ja, pack: jaPack, issues: issuesJa };
