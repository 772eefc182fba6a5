/** collabgov: registers every widget and exports the model and the element classes. */
export * from './model/index.js';
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

// Every widget fires `cg-xapi` and, with an `lrs-endpoint`, sends its statements.
installXapi();
