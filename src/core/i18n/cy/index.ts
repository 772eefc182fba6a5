import type { Messages } from '../catalog.js';
import { core } from './core.js';
import { lms } from './lms.js';
import { formPicker } from './form-picker.js';
import { tableComparator } from './table-comparator.js';
import { tensionSliders } from './tension-sliders.js';

/** The Welsh message catalog: every user-facing string of the widgets' chrome. */
export const cy: Messages = { core, formPicker, tableComparator, tensionSliders, lms };
