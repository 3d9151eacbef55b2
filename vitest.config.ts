import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['{shared,electron,renderer,scripts}/**/*.test.{ts,tsx}'], exclude: ['**/*.int.test.ts', '**/*.dom.test.tsx', 'node_modules/**'] } },
      // React components in a DOM (happy-dom), through Testing Library: what a user sees and does, by role and label.
      { test: { name: 'component', include: ['renderer/**/*.dom.test.tsx'], environment: 'happy-dom', setupFiles: ['e2e/support/dom-setup.ts'] } },
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
