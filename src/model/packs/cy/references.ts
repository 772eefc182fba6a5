/** The Welsh pack uses the English reference list as it is (no reference has a note to translate). */
export { references } from '../en/references.js';
