import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outDir: string;
}

export interface BuildOptions {
  outDir?: string;
  dataDir?: string;
  basePath?: string;
  env?: Record<string, string>;
}

/**
 * Runs `npm run build`'s script in a child process with its own output and cache folders, so several
 * builds can run side by side. `dataDir` replaces `data/`; `basePath` sets BASE_PATH.
 */
export function buildSite(options: BuildOptions = {}): BuildResult {
  const { outDir, env } = buildEnv(options);
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], { cwd: root, encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, outDir };
}

/** buildSite without blocking the test process, so a file's other tests run while the build does; `started` gets the child. */
export function buildSiteAsync(options: BuildOptions = {}, started?: (child: ChildProcess) => void): Promise<BuildResult> {
  const { outDir, env } = buildEnv(options);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts/build.ts')], { cwd: root, env });
    started?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr, outDir }));
  });
}

function buildEnv(options: BuildOptions): { outDir: string; env: NodeJS.ProcessEnv } {
  // Inside the project: Astro puts its prerender chunks beside an output under the working directory
  // (and in a shared `.astro/` otherwise), and those chunks resolve packages from node_modules.
  mkdirSync(join(root, 'test/.output'), { recursive: true });
  const outDir = options.outDir ?? join(mkdtempSync(join(root, 'test/.output/site-')), 'dist');
  const env = {
    ...inheritedEnv(),
    ASTRO_TELEMETRY_DISABLED: '1',
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: `${outDir}.cache`,
    ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
    ...(options.basePath ? { BASE_PATH: options.basePath } : {}),
    ...options.env,
  };
  return { outDir, env };
}

/** The test process's environment without what Vitest sets for Vite (`BASE_URL` would override the site's base). */
function inheritedEnv(): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...rest } = process.env;
  return rest;
}
