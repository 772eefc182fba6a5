/**
 * collabgov: registers every widget and exports the element classes and what a host page needs at run time.
 * Checking a content pack (`validatePack`, the schemas) lives in `collabgov/model`, so this file carries no zod:
 * the widgets load their checker (`collabgov-checks.js`) only when a lecturer's pack or saved work needs it.
 */
export type * from './model/types.js';
export { defaultPack } from './model/packs/en.js';
export { citeLabel, formatReference, referencesFor, shortAuthors } from './model/cite.js';
export { encodeState, decodeState, type StateCodec, type StateSchema, type DecodeResult } from './model/state.js';
export { formFit, blendOf, blendWords, compareBlends, type FitReading, type FactorChoice } from './model/form-fit.js';
export { formPickerCodec, type FormPickerState } from './model/form-picker-state.js';
export { CgElement } from './core/base.js';
export { defineElement } from './core/define.js';
export { registerMessages, type Messages } from './core/i18n/catalog.js';
export { setStateStore, type StateStore } from './core/persistence.js';
export { VERSION } from './core/version.js';
export type * from './core/events.js';
export { CgFormPicker } from './widgets/form-picker/index.js';
export { CgTableComparator } from './widgets/table-comparator/index.js';
export { CgTensionSliders } from './widgets/tension-sliders/index.js';
export { onEmit, type EmitListener } from './core/events.js';
export { installXapi, buildStatement, pendingStatements, type XapiStatement } from './lms/xapi.js';
import { installXapi } from './lms/xapi.js';
import { provideEnglish } from './core/checks.js';
import { defaultPack } from './model/packs/en.js';

// This file holds the whole English pack anyway: lecturers' packs are merged over it without a fetch.
provideEnglish(defaultPack);

// Every widget fires `cg-xapi` and, with an `lrs-endpoint`, sends its statements.
installXapi();
