import { defineElement } from '../../core/define.js';
import { CgFormPicker } from './form-picker.js';

export { CgFormPicker };
defineElement('cg-form-picker', CgFormPicker);

declare global {
  interface HTMLElementTagNameMap {
    'cg-form-picker': CgFormPicker;
  }
}
