import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from '../../vite.shared-config.ts';

// The bench-only seeding hook (hook.ts) as one script, `bench-hook/bench-hook.js`, written beside
// a web build of the app by bench/web-build.ts. The app's own build is not changed by it.
export default defineConfig({
  ...rendererConfig,
  root: resolve('bench/web'),
  build: {
    ...rendererConfig.build,
    rollupOptions: {
      input: resolve('bench/web/hook.ts'),
      output: { entryFileNames: 'bench-hook.js', chunkFileNames: '[name]-[hash].js' },
    },
  },
  logLevel: 'error',
});
