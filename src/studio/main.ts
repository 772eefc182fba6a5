// Entry of dist/studio/studio.js: the studio as one classic script, so it runs from disk (file://) or any static host.
import { CgStudio } from './app.js';
import { studioStyles } from './styles.js';

const style = document.createElement('style');
style.textContent = studioStyles;
document.head.append(style);
if (!customElements.get('cg-studio')) customElements.define('cg-studio', CgStudio);
