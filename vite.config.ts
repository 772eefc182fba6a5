import { defineConfig } from 'vite';

/** Dev server for the demo gallery (`npm start`). Library builds are driven by scripts/build.mjs. */
export default defineConfig({
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
});
