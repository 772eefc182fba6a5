import { defineElement } from '../../core/define.js';
import { startMounting } from '../../lms/mount.js';
import { CgTableComparator } from './table-comparator.js';
import { tableComparatorContent } from './content.js';

export { CgTableComparator };
// This file carries only the widget's part of the English pack; collabgov.js gives every widget the whole pack.
CgTableComparator.defaultContent = tableComparatorContent;
defineElement('cg-table-comparator', CgTableComparator);
// `<div data-collabgov="table-comparator">` (what survives editors that drop custom elements) becomes the widget.
startMounting();
