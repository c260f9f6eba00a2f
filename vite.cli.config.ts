import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// The headless CLI, bundled for Node so `npm run cli` starts without transpiling TypeScript on
// every run (tsx alone costs ~0.6 s of start-up). Dependencies stay external (node_modules).
export default defineConfig({
  build: {
    ssr: resolve('cli/index.ts'),
    outDir: resolve('out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'index.mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' } },
  },
  logLevel: 'warn',
});
