import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json';
import { argTypesFor, type Manifest } from './arg-types.js';
import '../src/index.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    // Args tables from the manifest's public API only, with a select for each attribute that takes set values.
    docs: { extractArgTypes: (tag: string) => argTypesFor(manifest as Manifest, tag) },
    a11y: { test: 'error' },
    viewport: {
      options: {
        narrow: { name: 'Phone, 320 px', styles: { width: '320px', height: '640px' } },
        phone: { name: 'Phone, 390 px', styles: { width: '390px', height: '844px' } },
        tablet: { name: 'Tablet, 768 px', styles: { width: '768px', height: '1024px' } },
      },
    },
  },
  // The story page says its colour scheme as a host page would (`color-scheme` on the root); the widgets follow it.
  globalTypes: {
    scheme: {
      description: 'The host page’s color-scheme',
      toolbar: { title: 'Scheme', icon: 'contrast', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { scheme: 'light' },
  decorators: [
    (story, context) => {
      const scheme = context.globals.scheme === 'dark' ? 'dark' : 'light';
      document.documentElement.style.colorScheme = scheme;
      document.body.style.background = 'Canvas';
      document.body.style.color = 'CanvasText';
      return story();
    },
  ],
  // Each story starts with no saved learner state, so what a designer sees is the state the story names.
  beforeEach: () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('collabgov:')) localStorage.removeItem(key);
  },
};
export default preview;
