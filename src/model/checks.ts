/**
 * What needs zod at run time: checking a lecturer's content pack. The widgets import this module only on demand
 * (`import('./checks.js')`), and the build makes it its own file, `dist/collabgov-checks.js`, so a page with the
 * default content never loads it. (Saved work is read with the zod-free guards of state-guards.ts.)
 */
export { checkPack } from './validate.js';
export { jsonProblem } from './issues.js';
import { registerIssueMessages } from './issues.js';
import { issuesJa } from './i18n/issues-ja.js';
import { issuesCy } from './i18n/issues-cy.js';

// The checker explains in Japanese and Welsh too (English is built in); other languages fall back to English.
registerIssueMessages('ja', issuesJa);
registerIssueMessages('cy', issuesCy);
