/** English strings of <cg-table-comparator>'s chrome (teaching content comes from the content pack). */
export const tableComparator = {
  title: 'table comparator',
};
