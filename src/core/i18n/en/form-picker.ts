/** English strings of <cg-form-picker>'s chrome (teaching content comes from the content pack). */
export const formPicker = {
  title: 'form picker',
};
