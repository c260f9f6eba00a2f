import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { rendererConfig } from './vite.shared-config.ts';

export default defineConfig({
  ...rendererConfig,
  build: { ...rendererConfig.build, outDir: resolve('dist-web') },
  preview: { host: '127.0.0.1' },
});
