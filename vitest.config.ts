import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['{shared,electron,renderer,scripts}/**/*.test.{ts,tsx}'], exclude: ['**/*.int.test.ts', 'node_modules/**'] } },
      {
        test: {
          name: 'integration',
          include: ['electron/**/*.int.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
