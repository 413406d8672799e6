import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, root } from './buildSite.ts';

/** The address the shared test build is published at, so the publishing tests need no build of their own. */
export const SITE_URL = 'https://profiles.example.org/';

/** Folder of the default site that browser and integrity tests read (built once per `npm test`). */
export const siteDir = process.env.TEST_SITE_DIR ?? join(root, 'test/.output/site');

export default function setup() {
  rmSync(siteDir, { recursive: true, force: true });
  const result = buildSite({ outDir: siteDir, env: { SITE_URL } });
  if (result.status !== 0 || !existsSync(join(siteDir, 'index.html'))) {
    throw new Error(`The site build for the tests failed:\n${result.stdout}\n${result.stderr}`);
  }
}
