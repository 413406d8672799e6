import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fmtBytes, fmtMs } from './format.ts';
import { measureBuild } from './measureBuild.ts';
import { measureSite, type Result } from './measureSite.ts';

interface BenchSet {
  id: string;
  label: string;
  dataDir: string;
}

/**
 * The build's "today" for a dataset: unchanged, unless an edition is dated later (the synthetic set's ten
 * editions two years apart from 2015 run past today), then the month after the last one, as an editor
 * builds ahead of a publication day with SOURCE_DATE_EPOCH (EDITING.md).
 */
function buildDay(dataDir: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as { editions?: { published?: string }[] };
  const last = (manifest.editions ?? []).map((e) => e.published ?? '').sort().at(-1);
  const now = process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now();
  if (!last || Date.parse(`${last.slice(0, 7)}-01T00:00:00Z`) <= now) return {};
  const [year, month] = last.split('-').map(Number) as [number, number];
  return { SOURCE_DATE_EPOCH: String(Date.UTC(year, month, 1) / 1000) };
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
    { ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL || 'https://profiles.example.org/', DATA_DIR: set.dataDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'astro-cache'), ...buildDay(set.dataDir) },
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
