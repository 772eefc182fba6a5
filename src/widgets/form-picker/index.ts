import { defineElement } from '../../core/define.js';
import { startMounting } from '../../lms/mount.js';
import { CgFormPicker } from './form-picker.js';
import { formPickerContent } from './content.js';

export { CgFormPicker };
// This file carries only the widget's part of the English pack; collabgov.js gives every widget the whole pack.
CgFormPicker.defaultContent = formPickerContent;
defineElement('cg-form-picker', CgFormPicker);
// `<div data-collabgov="form-picker">` (what survives editors that drop custom elements) becomes the widget.
startMounting();
