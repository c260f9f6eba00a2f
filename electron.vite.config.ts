import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { rendererConfig } from './vite.shared-config.ts';

// Main is ESM; the preload is CommonJS because sandboxed preloads cannot be ES modules.
export default defineConfig({
  // zod is bundled (not left as an external require) so the packaged app needs no node_modules
  // at all, and the sandboxed preload, which can require only 'electron', stays self-contained.
  main: {
    build: {
      externalizeDeps: { exclude: ['zod'] },
      outDir: 'out/main',
      lib: { entry: resolve('electron/main/index.ts'), formats: ['es'] },
      rollupOptions: { output: { entryFileNames: 'index.js' } },
    },
  },
  preload: {
    build: {
      externalizeDeps: { exclude: ['zod'] },
      outDir: 'out/preload',
      lib: { entry: resolve('electron/preload/index.ts'), formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: 'index.cjs' } },
    },
  },
  renderer: {
    ...rendererConfig,
    // electron-vite looks for src/renderer by default; our entry is renderer/index.html.
    build: {
      ...rendererConfig.build,
      outDir: resolve('out/renderer'),
      rollupOptions: { ...rendererConfig.build?.rollupOptions, input: resolve('renderer/index.html') },
    },
  },
});
