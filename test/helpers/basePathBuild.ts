import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishedDataOption } from './publishedData.ts';
import { sharedBuild } from './sharedBuild.ts';

/**
 * The real data built with BASE_PATH written without slashes ("profiles", read as /profiles/) and no
 * SITE_URL, into an OUT_DIR outside the project on another file system (/dev/shm where there is one).
 * One build per run, read by test/build/corpus.test.ts and test/build/basepath.test.ts; the global
 * teardown removes it.
 */
export const basePathBuild = () => sharedBuild('base-path', () => {
  const outside = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'corpus-site-'));
  return { outDir: join(outside, 'dist'), basePath: 'profiles', removeAfter: outside, ...publishedDataOption() };
});
