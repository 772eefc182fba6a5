/**
 * collabgov: registers every widget and exports the element classes and what a host page needs at run time.
 * Checking a content pack (`validatePack`, the schemas) lives in `collabgov/model`, so this file carries no zod:
 * the widgets load their checker (`collabgov-checks.js`) only to check a lecturer's pack.
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
export { CgFormPicker, CgTableComparator, CgTensionSliders };
export { onEmit, type EmitListener } from './core/events.js';
export { installXapi, buildStatement, pendingStatements, type XapiStatement } from './lms/xapi.js';
export { mount, mountAll, type MountPoint } from './lms/mount.js';
import { installXapi } from './lms/xapi.js';
import { startMounting } from './lms/mount.js';
import { defaultPack } from './model/packs/en.js';
import { CgElement } from './core/base.js';
import { defineElement } from './core/define.js';
import { CgFormPicker } from './widgets/form-picker/form-picker.js';
import { CgTableComparator } from './widgets/table-comparator/table-comparator.js';
import { CgTensionSliders } from './widgets/tension-sliders/tension-sliders.js';

// This file holds the whole English pack: every widget shows it by default (the one-widget files carry only their
// part), and lecturers' packs are merged over it without a fetch.
CgElement.defaultContent = defaultPack;
defineElement('cg-form-picker', CgFormPicker);
defineElement('cg-table-comparator', CgTableComparator);
defineElement('cg-tension-sliders', CgTensionSliders);

// Every widget fires `cg-xapi` and, with an `lrs-endpoint`, sends its statements.
installXapi();
// `<div data-collabgov="form-picker">` (what survives editors that drop custom elements) becomes a widget.
startMounting();
