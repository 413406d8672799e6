import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { MARKER, type Ownership } from './ownership.ts';

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + sep);

/**
 * Why the build must not write to `dist`, or undefined when it may: an existing folder it cannot prove it
 * made (no marker signed with this project's key: a look-alike site with `_headers` and a Pagefind index is
 * not enough), a file, or a folder that holds or lies inside the project's sources, data or content.
 */
export function outDirProblem(dist: string, protectedDirs: Record<string, string>, owner: Ownership): string | undefined {
  const named = `OUT_DIR ${JSON.stringify(dist)}`;
  for (const [what, dir] of Object.entries(protectedDirs)) {
    if (inside(dir, dist)) return `${named} would replace ${what} (${dir}); set OUT_DIR to a folder of its own, e.g. dist`;
    if (what !== 'the project' && inside(dist, dir)) return `${named} lies inside ${what} (${dir}); set OUT_DIR to a folder outside it, e.g. dist`;
  }
  if (!existsSync(dist)) return undefined;
  if (!statSync(dist).isDirectory()) return `${named} is a file, not a folder; set OUT_DIR to a folder the build may create`;
  if (readdirSync(dist).length === 0 || owner.owns(dist)) return undefined;
  const why = existsSync(join(dist, MARKER)) ? `its ${MARKER} file was not written by this project's build` : `it has no ${MARKER} file`;
  return `${named} is an existing folder that this build did not make (${why}), so the build will not replace it; set OUT_DIR to a new or empty folder, or remove that folder yourself`;
}

/**
 * Where Astro builds for `dist`: under the project's own `.build/` (so the prerender step finds the
 * project's packages, and no folder of the user's beside `dist` is ever cleared), one folder per output.
 */
export function stagingFor(root: string, key: string): string {
  return join(root, '.build', `${key}.staging`);
}
