/**
 * `npm run bench [-- --strict] [-- --keep] [-- --cpu-prof] [-- --only real|synthetic] [-- --countries N --editions E --seed S]`
 *
 * Builds the real `data/` and a synthetic data set (default 200 countries × 10 editions of each index, made
 * with scripts/synth.ts) one after the other, each with `scripts/build.ts` in a child process with its own
 * temporary OUT_DIR and ASTRO_CACHE_DIR (never `dist/`), and prints one table: pages built, build time, time
 * per page, peak memory, size of the site and of its Pagefind index, and the first-view gzip bytes of the
 * main page types broken down by HTML, CSS, JS, fonts and images. Each figure is checked against
 * budgets.config.json and marked ok or OVER. Exits 0 even when over budget (it reports); `--strict` exits 1
 * when any budget is over. A build that fails exits 1.
 *
 * Measuring:
 * - build time: wall time of the child (validation, Astro build, Pagefind, swap into OUT_DIR). Wall time
 *   suffers when other work shares the machine, so the table also gives the CPU time (user + system) of every
 *   process of the build (Node and Pagefind's binary, sampled from /proc/<pid>/stat, and no less than what
 *   `/usr/bin/time -v` reports), and warns when the load average was above the number of CPUs.
 * - peak memory: the larger of the kernel's maximum RSS of the largest process (GNU `/usr/bin/time -v`, when
 *   present) and the highest summed RSS of the child's process tree (Node and the Pagefind binary), sampled
 *   from /proc every 100 ms; each process's own high-water mark is shown beside it.
 * - first view: the page's HTML plus what it loads before any interaction: `<link rel=stylesheet>`,
 *   `<script src>` and the modules those import statically (not `import()`), `<img src>`, the favicon, and
 *   fonts the CSS references (`url(….woff2)`); each file gzipped at level 9 once per page. Inline scripts
 *   are shipped inside the HTML: the JS column adds them (gzipped on their own) so that the "JS before
 *   interaction" budget sees them, and the total counts them once, as part of the HTML.
 * - kB = 1000 bytes, MB = 1000² bytes.
 * The temporary folders are made in the project's git-ignored `.astro/bench-*` (see main() for why) and
 * removed at the end. `--cpu-prof` passes `--cpu-prof` to each build's Node process and keeps the profiles
 * (open them in Chrome DevTools or speedscope); `--keep` keeps the temporary folders.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchDataset } from './bench/benchDataset.ts';
import { loadBudgets } from './bench/budgets.ts';
import type { Result } from './bench/measureSite.ts';
import { cpus, loadAverage } from './bench/processes.ts';
import { renderTable } from './bench/renderTable.ts';
import { tabulate } from './bench/tabulate.ts';
import { synthesize } from './synth.ts';

const root = resolve(import.meta.dirname, '..');

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      strict: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'cpu-prof': { type: 'boolean', default: false },
      only: { type: 'string' },
      countries: { type: 'string', default: '200' },
      editions: { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
    },
  });
  const budgets = loadBudgets(root);
  const countries = Number(values.countries);
  const editions = Number(values.editions);
  const seed = Number(values.seed);
  if (values.only !== undefined && values.only !== 'real' && values.only !== 'synthetic') {
    console.error(`bench: --only takes "real" or "synthetic", got ${JSON.stringify(values.only)}`);
    return 2;
  }
  let synthFiles: Map<string, string> | undefined;
  if (values.only !== 'real') {
    try {
      synthFiles = synthesize({ countries, editions, seed });
    } catch (error) {
      console.error(`bench: ${(error as Error).message}`);
      return 2;
    }
  }
  // The temporary folders live in the project's git-ignored .astro/: Astro puts its prerender chunks in
  // `<outDir>/.prerender` only when outDir is inside the working directory, and otherwise in the shared
  // `./.astro/.prerender`, where a build running at the same time (a test, another engineer) deletes them.
  mkdirSync(join(root, '.astro'), { recursive: true });
  const scratch = mkdtempSync(join(root, '.astro', 'bench-'));
  const synthDir = join(scratch, 'synthetic-data');
  const sets = [
    { id: 'real', label: 'real', dataDir: join(root, 'data') },
    { id: 'synthetic', label: `synth ${countries}x${editions}`, dataDir: synthDir },
  ].filter((s) => values.only === undefined || values.only === s.id);

  const results: Result[] = [];
  let failed = false;
  const loadBefore = loadAverage();
  try {
    if (synthFiles) {
      mkdirSync(synthDir, { recursive: true });
      for (const [name, text] of synthFiles) writeFileSync(join(synthDir, name), text);
      console.error(`bench: wrote synthetic data (${countries} countries x ${editions} editions of each index, seed ${seed}) to ${synthDir}`);
    }
    for (const set of sets) {
      const result = await benchDataset(root, scratch, set, values['cpu-prof']);
      if (result) results.push(result);
      else failed = true;
    }
  } finally {
    if (!values.keep && !values['cpu-prof']) rmSync(scratch, { recursive: true, force: true });
    else console.error(`bench: kept ${scratch}`);
  }

  const { rows, notes, over } = tabulate(results, budgets);
  console.log(renderTable(rows));
  if (notes.length) console.log(`\n${notes.join('\n')}`);
  const loadAfter = loadAverage();
  if (loadBefore !== undefined && loadAfter !== undefined && Math.max(loadBefore, loadAfter) > cpus) {
    console.log(`\nNote: the machine was busy (1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${cpus} CPUs); wall times are inflated, compare CPU times.`);
  }
  console.log(
    '\nFirst view = gzip -9 bytes (kB = 1000 B) of the page and what it loads before any interaction; the country profile and policy-area rows weigh the heaviest English page of that type.',
  );
  if (rows.some((r) => r.parts?.[2]?.endsWith('*'))) console.log('* JS includes inline scripts, which travel inside the HTML: the total counts them once, in HTML.');
  console.log(over ? '\nSome figures are OVER budget (budgets.config.json).' : '\nEvery figure is within budget (budgets.config.json).');
  if (failed) return 1;
  return values.strict && over ? 1 : 0;
}

process.exitCode = await main();
