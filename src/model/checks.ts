/**
 * What needs zod at run time: checking a lecturer's content pack. The widgets import this module only on demand
 * (`import('./checks.js')`), and the build makes it its own file, `dist/collabgov-checks.js`, so a page with the
 * default content never loads it. (Saved work is read with the zod-free guards of state-guards.ts.)
 */
export { checkPack } from './validate.js';
export { jsonProblem, issueMessagesFor } from './issues.js';
// English is built in; each other language's explanations come in its own file (src/lang/<lang>.ts), and the widget
// hands them over (core/checks.ts), so this file carries English only. Other languages fall back to English.
export { registerIssueMessages } from './issues.js';
