// Entry of dist/studio/studio.js: the studio as one classic script, so it runs from disk (file://) or any static host.
import { CgStudio } from './app.js';
import { studioStyles } from './styles.js';
import { useStrings } from './strings.js';
import { startLanguage, studioStrings } from './studio-languages.js';

const ui = startLanguage();
useStrings(studioStrings[ui]!);
document.documentElement.lang = ui;

const style = document.createElement('style');
style.textContent = studioStyles;
document.head.append(style);
if (!customElements.get('cg-studio')) customElements.define('cg-studio', CgStudio);
