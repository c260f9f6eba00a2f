import { defineConfig } from 'vitest/config';

// Three environments mirror the three layers: pure shared logic and Electron main logic run in
// node; React components run in jsdom with fake-indexeddb standing in for the browser's store.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          environment: 'node',
          include: ['test/shared/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/scripts/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'electron',
          environment: 'node',
          include: ['test/electron/**/*.test.ts'],
        },
      },
      {
        // Malformed inputs through the real readers, in worker threads with time and memory limits.
        test: {
          name: 'robustness',
          environment: 'node',
          include: ['test/robustness/**/*.test.ts'],
          testTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.ts', 'test/renderer/**/*.test.tsx'],
          setupFiles: ['test/helpers/setup-renderer.ts'],
          // Component tests render whole pages with lazy chunks and IndexedDB; on two shared
          // cores they need headroom. Speed is measured in benchmarks, not here.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
