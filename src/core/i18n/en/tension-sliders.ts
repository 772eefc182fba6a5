/** English strings of <cg-tension-sliders>'s chrome (teaching content comes from the content pack). */
export const tensionSliders = {
  title: 'tension sliders',
};
