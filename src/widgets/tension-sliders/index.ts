import { defineElement } from '../../core/define.js';
import { startMounting } from '../../lms/mount.js';
import { CgTensionSliders } from './tension-sliders.js';
import { tensionSlidersContent } from './content.js';

export { CgTensionSliders };
// This file carries only the widget's part of the English pack; collabgov.js gives every widget the whole pack.
CgTensionSliders.defaultContent = tensionSlidersContent;
defineElement('cg-tension-sliders', CgTensionSliders);
// `<div data-collabgov="tension-sliders">` (what survives editors that drop custom elements) becomes the widget.
startMounting();
