import { defineConfig } from 'vitest/config';
import { LongestFirst } from './test/helpers/sequencer.ts';

/**
 * Four projects, one test folder each: `unit` (test/unit, mirroring src/lib) needs no build (pure functions,
 * charts, content checks); `build` (test/build) makes builds of its own (hostile data, a new edition, the
 * build-safety corpus and the base-path site, which the corpus and basepath files share); `site` (test/site)
 * reads one shared build of the real data; `browser` (test/browser) drives Chromium against that same build. The shared build starts in the global setup and runs while the files that do not need
 * it do; test/helpers/siteReady.ts holds back the files that do. Long files start first (sequencer.ts).
 * `npx vitest run --project unit` runs the fast part alone.
 */
const shared = 'test/helpers/sharedBuild.ts';
const siteBuild = 'test/helpers/globalSetup.ts';
const waitForSite = ['test/helpers/siteReady.ts'];
const ownBuilds = ['test/build/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 600_000,
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    projects: [
      // No build and no shared state: the files share one module graph per worker (--no-isolate halves the project's time).
      { test: { name: 'unit', isolate: false, include: ['test/unit/**/*.test.ts'] } },
      { test: { name: 'build', include: ownBuilds, globalSetup: [shared] } },
      { test: { name: 'site', include: ['test/site/**/*.test.ts'], globalSetup: [shared, siteBuild], setupFiles: waitForSite } },
      { test: { name: 'browser', include: ['test/browser/**/*.test.ts'], globalSetup: [shared, siteBuild], setupFiles: waitForSite } },
    ],
  },
});
