/** Entry of dist/embed-resizer.js (a classic script): starts the resizer. */
import { installResizer } from './embed-resizer.js';

installResizer();
