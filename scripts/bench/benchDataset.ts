import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fmtBytes, fmtMs } from './format.ts';
import { measureBuild } from './measureBuild.ts';
import { measureSite, type Result } from './measureSite.ts';

interface BenchSet {
  id: string;
  label: string;
  dataDir: string;
}

/** Builds one dataset into `<scratch>/<id>/dist` and measures the site; undefined when the build fails. */
export async function benchDataset(root: string, scratch: string, set: BenchSet, cpuProf: boolean): Promise<Result | undefined> {
  const work = join(scratch, set.id);
  mkdirSync(work, { recursive: true });
  const outDir = join(work, 'dist');
  const profDir = join(work, 'cpu-prof');
  const nodeArgs = cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
  console.error(`bench: building ${set.label} (${set.dataDir}) ...`);
  const run = await measureBuild(
    root,
    // Built as it is published (with SITE_URL), so the budgets include link previews and the sitemap.
    { ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL || 'https://profiles.example.org/', DATA_DIR: set.dataDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'astro-cache') },
    nodeArgs,
    work,
  );
  if (run.status !== 0 || !existsSync(join(outDir, 'index.html'))) {
    console.error(`bench: the ${set.label} build failed (exit ${run.status}):\n${run.output.split('\n').slice(-40).join('\n')}`);
    return undefined;
  }
  console.error(`bench: ${set.label} built in ${fmtMs(run.wallMs)}, peak ${fmtBytes(run.peakRss)}${cpuProf ? `; CPU profiles in ${profDir}` : ''}`);
  return measureSite(set.id, set.label, run, outDir);
}
