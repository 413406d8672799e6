import { resolve } from 'node:path';

/**
 * The data folder of this build, the one place it is decided: `DATA_DIR` (relative to the working folder) or
 * `data/` under `root` (the working folder by default). The build, `npm run check`, Astro's config and the
 * loader all ask here.
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string {
  return env.DATA_DIR ? resolve(env.DATA_DIR) : resolve(root, 'data');
}
