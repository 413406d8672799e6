import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` needs no build (pure functions, charts, content checks); `site` reads one shared
 * build of the real data (and makes the few extra builds it needs); `browser` drives Chromium against that
 * same build. `npx vitest run --project unit` runs the fast part alone.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 600_000,
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['test/lib/**/*.test.ts', 'test/charts/**/*.test.ts', 'test/content/**/*.test.ts', 'test/bench/**/*.test.ts'] } },
      { test: { name: 'site', include: ['test/site/**/*.test.ts', 'test/build/**/*.test.ts'], globalSetup: ['test/helpers/globalSetup.ts'] } },
      { test: { name: 'browser', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/helpers/globalSetup.ts'] } },
    ],
  },
});
