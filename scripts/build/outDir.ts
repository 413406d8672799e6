import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** File the build writes into every output folder it makes; only a folder holding it is ever replaced. */
export const MARKER = '.profiles-build';
const MARKER_TEXT = 'This folder was written by "npm run build" of the digital government profiles; the next build replaces it.\n';

export function writeMarker(dir: string): void {
  writeFileSync(join(dir, MARKER), MARKER_TEXT);
}

/** A site an older build wrote (before the marker existed): its search index and `_headers` are there. */
function isEarlierBuild(dir: string): boolean {
  return existsSync(join(dir, '_headers')) && existsSync(join(dir, 'pagefind', 'pagefind.js'));
}

/** True when `dir` is an output folder this build made (or an older build of it). */
export function isOurs(dir: string): boolean {
  return existsSync(join(dir, MARKER)) || isEarlierBuild(dir);
}

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + sep);

/**
 * Why the build must not write to `dist`, or undefined when it may: an existing folder it did not make,
 * a file, or a folder that holds or lies inside the project's sources, data or content.
 */
export function outDirProblem(dist: string, protectedDirs: Record<string, string>): string | undefined {
  const named = `OUT_DIR ${JSON.stringify(dist)}`;
  for (const [what, dir] of Object.entries(protectedDirs)) {
    if (inside(dir, dist)) return `${named} would replace ${what} (${dir}); set OUT_DIR to a folder of its own, e.g. dist`;
    if (what !== 'the project' && inside(dist, dir)) return `${named} lies inside ${what} (${dir}); set OUT_DIR to a folder outside it, e.g. dist`;
  }
  if (!existsSync(dist)) return undefined;
  if (!statSync(dist).isDirectory()) return `${named} is a file, not a folder; set OUT_DIR to a folder the build may create`;
  if (readdirSync(dist).length === 0 || isOurs(dist)) return undefined;
  return `${named} is an existing folder that this build did not make (it has no ${MARKER} file), so the build will not replace it; set OUT_DIR to a new or empty folder, or remove that folder yourself`;
}

/**
 * Where Astro builds for `dist`: under the project's own `.build/` (so the prerender step finds the
 * project's packages, and no folder of the user's beside `dist` is ever cleared), one folder per output.
 */
export function stagingFor(root: string, key: string): string {
  return join(root, '.build', `${key}.staging`);
}
