import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, root } from './buildSite.ts';

/** Folder of the default site that browser and integrity tests read (built once per `npm test`). */
export const siteDir = process.env.TEST_SITE_DIR ?? join(root, 'test/.output/site');

/** Set once the shared build is made, so the `site` and `browser` projects share one build per run. */
const BUILT = 'DGP_TEST_SITE_BUILT';

export function setup() {
  if (process.env[BUILT] === siteDir && existsSync(join(siteDir, 'index.html'))) return;
  rmSync(siteDir, { recursive: true, force: true });
  const result = buildSite({ outDir: siteDir });
  if (result.status !== 0 || !existsSync(join(siteDir, 'index.html'))) {
    throw new Error(`The site build for the tests failed:\n${result.stdout}\n${result.stderr}`);
  }
  process.env[BUILT] = siteDir;
}

/** Removes the extra builds the tests made (`test/.output/site-*`); the shared build stays for inspection. */
export function teardown() {
  const output = join(root, 'test/.output');
  if (!existsSync(output)) return;
  for (const name of readdirSync(output)) if (name.startsWith('site-')) rmSync(join(output, name), { recursive: true, force: true });
}
