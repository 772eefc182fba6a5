import { defineElement } from '../../core/define.js';
import { CgTableComparator } from './table-comparator.js';

export { CgTableComparator };
defineElement('cg-table-comparator', CgTableComparator);

declare global {
  interface HTMLElementTagNameMap {
    'cg-table-comparator': CgTableComparator;
  }
}
