import { defineElement } from '../../core/define.js';
import { CgFormPicker } from './form-picker.js';
import { formPickerContent } from './content.js';

export { CgFormPicker };
// This file carries only the widget's part of the English pack; collabgov.js gives every widget the whole pack.
CgFormPicker.defaultContent = formPickerContent;
defineElement('cg-form-picker', CgFormPicker);
