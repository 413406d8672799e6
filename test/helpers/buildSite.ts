import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outDir: string;
}

/**
 * Runs `npm run build`'s script in a child process with its own output and cache folders, so several
 * builds can run side by side. `dataDir` replaces `data/`; `basePath` sets BASE_PATH.
 */
export function buildSite(options: { outDir?: string; dataDir?: string; basePath?: string; env?: Record<string, string> } = {}): BuildResult {
  const outDir = options.outDir ?? join(mkdtempSync(join(tmpdir(), 'site-')), 'dist');
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: `${outDir}.cache`,
      ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
      ...(options.basePath ? { BASE_PATH: options.basePath } : {}),
      ...options.env,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, outDir };
}
