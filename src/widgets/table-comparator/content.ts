/** The default content of <cg-table-comparator>: Table 2 (with the cases and references every widget has). */
import { englishFor } from '../../model/packs/en-part.js';
import { comparison } from '../../model/packs/en/comparison.js';

export const tableComparatorContent = englishFor({ comparison });
