import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { UserConfig } from 'vite';

/**
 * The renderer build shared by Electron (electron-vite) and the plain-browser build (`npm run web`,
 * e2e tests): the same bundle, relative asset paths, workers as ES modules.
 */
export const rendererConfig: UserConfig = {
  root: resolve('renderer'),
  base: './',
  plugins: [react()],
  publicDir: false,
  worker: { format: 'es' },
  build: {
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
    rollupOptions: {
      treeshake: {
        // The design system's React package declares no `sideEffects`, so every component (and its
        // floating-ui, virtualiser and combobox code) would land in the start-up bundle. Its modules
        // only define components; the web package they import (custom elements) keeps its effects.
        moduleSideEffects: (id: string) => !id.includes('/@digdir/designsystemet-react/'),
      },
    },
  },
};
