// What scripts/release.mjs needs from the sources, bundled for Node: the page builder and the widgets' modes.
export { standalonePage, TITLES } from '../../src/lms/standalone-page.js';
export { WIDGETS } from '../../src/lms/widgets.js';
