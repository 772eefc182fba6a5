/**
 * Everything that needs zod at run time: checking a lecturer's content pack and reading saved learner state.
 * The widgets import this module only on demand (`import('./checks.js')`), and the build makes it its own
 * file, `dist/collabgov-checks.js`, so a student with the default content and nothing saved never loads it.
 */
export { checkPack } from './validate.js';
export { formPickerStateSchema, tableComparatorStateSchema, tensionSlidersStateSchema } from './state-schemas.js';
