import { defineElement } from '../../core/define.js';
import { CgTensionSliders } from './tension-sliders.js';

export { CgTensionSliders };
defineElement('cg-tension-sliders', CgTensionSliders);

declare global {
  interface HTMLElementTagNameMap {
    'cg-tension-sliders': CgTensionSliders;
  }
}
