/** The default content of <cg-table-comparator>: Table 2, the concepts and eras it shows (with the cases and references every widget has). */
import { englishFor } from '../../model/packs/en-part.js';
import { comparison } from '../../model/packs/en/comparison.js';
import { concepts } from '../../model/packs/en/concepts.js';
import { eras } from '../../model/packs/en/eras.js';

export const tableComparatorContent = englishFor({ comparison, concepts, eras });
