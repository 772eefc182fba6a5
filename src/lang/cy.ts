/**
 * Entry of dist/collabgov-cy.js: Welsh for every widget, its chrome catalog and its whole default content pack. The
 * widgets import this file (beside their own script) only when an element's language is cy; the loader
 * (core/languages.ts) registers the catalog and the pack. It imports no runtime from core, so it carries no copy of it.
 */
import type { Language } from '../core/languages.js';
import { cy } from '../core/i18n/cy/index.js';
import { cyPack } from '../model/packs/cy.js';
import { issuesCy } from '../model/i18n/issues-cy.js';

export const language: Language = { lang: 'cy', messages: cy, pack: cyPack, issues: issuesCy };
