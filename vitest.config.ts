import './test/support/node20.ts';
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        // lib/ must run in plain Node: no DOM globals, no extension APIs.
        test: {
          name: 'lib',
          include: ['test/unit/lib/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        plugins: [WxtVitest(), vue()],
        test: {
          name: 'ui',
          include: ['test/unit/ui/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto', 'vitest-canvas-mock'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
