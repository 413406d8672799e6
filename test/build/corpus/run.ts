import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../../helpers/buildSite.ts';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/{script}` (build.ts or check.ts) in a child process, asynchronously, so cases run side by side. */
export function runScript(script: 'build.ts' | 'check.ts', env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...inherited } = process.env;
    const child = spawn(process.execPath, [join(root, 'scripts', script)], { cwd: root, env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
