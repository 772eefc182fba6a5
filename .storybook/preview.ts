import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    viewport: {
      options: {
        narrow: { name: 'Phone, 320 px', styles: { width: '320px', height: '640px' } },
        phone: { name: 'Phone, 390 px', styles: { width: '390px', height: '844px' } },
        tablet: { name: 'Tablet, 768 px', styles: { width: '768px', height: '1024px' } },
      },
    },
  },
  // Each story starts with no saved learner state, so what a designer sees is the state the story names.
  beforeEach: () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('collabgov:')) localStorage.removeItem(key);
  },
};
export default preview;
