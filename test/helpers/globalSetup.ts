import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './buildSite.ts';
import { publishedDataOption } from './publishedData.ts';
import { recordSharedBuild, sharedBuild } from './sharedBuild.ts';

/** The address the shared test build is published at, so the publishing tests need no build of their own. */
export const SITE_URL = 'https://profiles.example.org/';

/** Folder of the default site that browser and integrity tests read (built once per `npm test`). */
export const siteDir = process.env.TEST_SITE_DIR ?? join(root, 'test/.output/site');

/** Set once the shared build is made, so the `site` and `browser` projects share one build per run. */
const BUILT = 'DGP_TEST_SITE_BUILT';

/** The shared site's build, kept after the run for inspection. */
export const siteBuild = () => sharedBuild('site', () => {
  rmSync(siteDir, { recursive: true, force: true });
  return { outDir: siteDir, env: { SITE_URL }, ...publishedDataOption() };
});

/**
 * Starts the shared build and returns at once: files that need no shared site (unit tests, the builds
 * with data of their own) run meanwhile, and test/helpers/siteReady.ts holds back the files that need it.
 */
export function setup() {
  if (process.env[BUILT] === siteDir && existsSync(join(siteDir, 'index.html'))) {
    recordSharedBuild('site', { status: 0, stdout: '', stderr: '', outDir: siteDir });
    return;
  }
  void siteBuild();
}
