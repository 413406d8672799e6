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
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, posix, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { synthesize } from './synth.ts';

const root = resolve(import.meta.dirname, '..');
const kB = 1000;
const MB = 1000 * 1000;

// ---------------------------------------------------------------------------------------------------
// Budgets

type PerDataset = number | Record<string, number>;
interface Budget {
  max: PerDataset;
  aim?: PerDataset;
  unit: string;
  why: string;
}
interface BudgetsConfig {
  budgets: {
    buildTime: Budget;
    buildTimePerPage: Budget;
    peakMemory: Budget;
    distSize: Budget;
    pagefindSize: Budget;
    firstView: Record<PageType, Budget>;
    countryJs: Budget;
    buildTimeScaling: { maxTimeRatioOverPageRatio: number; why: string };
  };
}

const UNITS: Record<string, number> = { s: 1000, ms: 1, MB, kB, B: 1 };

/** A budget's limit for the dataset in the unit the bench measures in (ms or bytes); undefined when none applies. */
function limit(value: PerDataset | undefined, dataset: string, unit: string): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'number' ? value : value[dataset];
  const factor = UNITS[unit];
  if (factor === undefined) throw new Error(`budgets.config.json: unknown unit ${JSON.stringify(unit)}; use one of ${Object.keys(UNITS).join(', ')}`);
  return n === undefined ? undefined : n * factor;
}

// ---------------------------------------------------------------------------------------------------
// Running a build and watching its memory

interface BuildRun {
  status: number | null;
  wallMs: number;
  /** CPU time (user + system) of the build's process tree; less sensitive than wall time to other load on the machine. */
  cpuMs: number;
  /** Sampled CPU time by command name (node, pagefind…). */
  cpuByName: Map<string, number>;
  peakRss: number;
  /** Where the peak figure came from. */
  peakSource: string;
  /** Each command's own high-water mark (VmHWM), by name. */
  hwmByName: Map<string, number>;
  output: string;
}

/** Pids of `pid` and all its descendants, from the parent links in /proc/<pid>/stat. */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [pid];
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.pop()!;
    out.push(p);
    queue.push(...(children.get(p) ?? []));
  }
  return out;
}

/** Command name and user + system CPU time in ms (USER_HZ is 100 on Linux) of a process, or undefined once it has gone. */
function cpuOf(pid: number): { name: string; ms: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ms: (Number(fields[11]) + Number(fields[12])) * 10 };
  } catch {
    return undefined;
  }
}

/** VmRSS and VmHWM of a process in bytes, or undefined once it has gone. */
function memoryOf(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return undefined;
  }
}

const cpus = availableParallelism();

/** The 1-minute load average, or undefined where /proc/loadavg is missing. */
function loadAverage(): number | undefined {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return undefined;
  }
}

const gnuTime = (() => {
  if (!existsSync('/usr/bin/time')) return undefined;
  return '/usr/bin/time';
})();

function runBuild(env: Record<string, string>, nodeArgs: string[], scratch: string): Promise<BuildRun> {
  const timeFile = join(scratch, 'time.txt');
  const command = [process.execPath, ...nodeArgs, join(root, 'scripts/build.ts')];
  const argv = gnuTime ? [gnuTime, '-v', '-o', timeFile, ...command] : command;
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'BASE_PATH') childEnv[k] = v;
  Object.assign(childEnv, env);
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(argv[0]!, argv.slice(1), { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakSum = 0;
    let peakHwm = 0;
    const cpu = new Map<number, { name: string; ms: number }>();
    const hwmByName = new Map<string, number>();
    const sample = () => {
      if (child.pid === undefined) return;
      let sum = 0;
      for (const pid of processTree(child.pid)) {
        const m = memoryOf(pid);
        if (!m) continue;
        sum += m.rss;
        peakHwm = Math.max(peakHwm, m.hwm);
        const c = cpuOf(pid);
        if (c !== undefined && c.ms >= (cpu.get(pid)?.ms ?? 0)) cpu.set(pid, c);
        if (c !== undefined) hwmByName.set(c.name, Math.max(hwmByName.get(c.name) ?? 0, m.hwm));
      }
      peakSum = Math.max(peakSum, sum);
    };
    const timer = setInterval(sample, 100);
    child.on('error', (error) => {
      clearInterval(timer);
      fail(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      let timeRss = 0;
      let timeCpu = 0;
      if (gnuTime && existsSync(timeFile)) {
        const text = readFileSync(timeFile, 'utf8');
        timeRss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] ?? 0) * 1024;
        const seconds = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(text)?.[1] ?? 0);
        timeCpu = (seconds('User') + seconds('System')) * 1000;
        const exit = /Exit status: (\d+)/.exec(text);
        if (exit && status === 0) status = Number(exit[1]);
      }
      const peakRss = Math.max(timeRss, peakSum, peakHwm);
      const peakSource = peakRss === timeRss && timeRss > 0 ? 'largest process, time -v' : peakRss === peakSum ? 'summed RSS of the build tree' : 'largest process, VmHWM';
      // time -v counts the processes the build waited for; the samples also catch ones it did not (Pagefind's binary).
      const cpuByName = new Map<string, number>();
      for (const { name, ms } of cpu.values()) if (name !== 'time') cpuByName.set(name, (cpuByName.get(name) ?? 0) + ms);
      const sampledCpu = [...cpuByName.values()].reduce((a, b) => a + b, 0);
      hwmByName.delete('time');
      done({ status, wallMs, cpuMs: Math.max(timeCpu, sampledCpu), cpuByName, peakRss, peakSource, hwmByName, output });
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// Measuring the built site

function walk(dir: string): { path: string; size: number }[] {
  const out: { path: string; size: number }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile()) out.push({ path, size: statSync(path).size });
  }
  return out;
}

const PAGE_TYPES = ['home', 'country', 'policyArea', 'compare', 'search'] as const;
type PageType = (typeof PAGE_TYPES)[number];
const PAGE_LABELS: Record<PageType, string> = { home: 'home', country: 'country profile', policyArea: 'policy area', compare: 'compare', search: 'search' };

interface FirstView {
  page: string;
  html: number;
  css: number;
  /** External scripts and their static imports. */
  jsFiles: number;
  /** Inline executable scripts, gzipped on their own (also inside `html`). */
  jsInline: number;
  fonts: number;
  images: number;
  total: number;
  missing: string[];
}

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
  const body = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(re)) attrs[m[1]!.toLowerCase()] = (m[2] ?? m[3] ?? m[4] ?? '').replace(/&amp;/g, '&');
  return attrs;
}

/**
 * The first-view weight of one built page. URLs are resolved against the site root (`/x`) or the
 * referring file; external and data: URLs are skipped (data: URIs are inside the file that holds them).
 */
function firstView(siteDir: string, pageFile: string): FirstView {
  const html = readFileSync(pageFile);
  const text = html.toString('utf8');
  const pageUrl = `/${relative(siteDir, pageFile).split(sep).join('/')}`;
  const seen = new Set<string>();
  const missing: string[] = [];
  const sizes = { css: 0, jsFiles: 0, jsInline: 0, fonts: 0, images: 0 };

  const resolveUrl = (ref: string, from: string): string | undefined => {
    const clean = ref.trim().replace(/[?#].*$/, '');
    if (!clean || /^(data:|[a-z][a-z0-9+.-]*:|\/\/)/i.test(clean)) return undefined;
    const url = clean.startsWith('/') ? clean : posix.join(posix.dirname(from), clean);
    return decodeURIComponent(posix.normalize(url));
  };
  const fileOf = (url: string) => {
    const path = join(siteDir, ...url.split('/').filter(Boolean));
    return url.endsWith('/') ? join(path, 'index.html') : path;
  };
  /** Adds a file once; returns its bytes, or undefined when already counted or absent. */
  const take = (url: string): Buffer | undefined => {
    if (seen.has(url)) return undefined;
    seen.add(url);
    const file = fileOf(url);
    if (!existsSync(file) || !statSync(file).isFile()) {
      missing.push(url);
      return undefined;
    }
    return readFileSync(file);
  };
  const addScript = (url: string) => {
    const body = take(url);
    if (!body) return;
    sizes.jsFiles += gz(body);
    const code = body.toString('utf8');
    // Static imports and re-exports (`import x from "./a.js"`, `import "./b.js"`, `export * from "./c.js"`); not import().
    for (const m of code.matchAll(/\b(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?["']([^"']+)["']/g)) {
      const spec = m[1]!;
      if (!/^(\.{1,2}\/|\/)/.test(spec)) continue;
      const next = resolveUrl(spec, url);
      if (next) addScript(next);
    }
  };
  const addCss = (url: string) => {
    const body = take(url);
    if (!body) return;
    sizes.css += gz(body);
    const css = body.toString('utf8');
    for (const m of css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?/g)) {
      const next = resolveUrl(m[1]!, url);
      if (next) addCss(next);
    }
    for (const m of css.matchAll(/url\(\s*["']?([^"')]+?\.(?:woff2?|ttf|otf|eot)(?:[?#][^"')]*)?)["']?\s*\)/gi)) {
      const next = resolveUrl(m[1]!, url);
      const font = next && take(next);
      if (font) sizes.fonts += gz(font);
    }
  };
  const addImage = (url: string) => {
    const body = take(url);
    if (body) sizes.images += gz(body);
  };

  for (const m of text.matchAll(/<(link|script|img)\b[^>]*>/gi)) {
    const tag = m[1]!.toLowerCase();
    const a = attributes(m[0]);
    if (tag === 'link' && a.href) {
      const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
      const url = resolveUrl(a.href, pageUrl);
      if (!url) continue;
      if (rel.includes('stylesheet') || (rel.includes('preload') && a.as === 'style')) addCss(url);
      else if (rel.includes('modulepreload') || (rel.includes('preload') && a.as === 'script')) addScript(url);
      else if (rel.includes('preload') && a.as === 'font') {
        const font = take(url);
        if (font) sizes.fonts += gz(font);
      } else if (rel.includes('icon') || (rel.includes('preload') && a.as === 'image')) addImage(url);
    } else if (tag === 'script' && a.src) {
      const url = resolveUrl(a.src, pageUrl);
      if (url) addScript(url);
    } else if (tag === 'img' && a.src) {
      const url = resolveUrl(a.src, pageUrl);
      if (url) addImage(url);
    }
  }
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const a = attributes(`<script ${m[1]}>`);
    if (a.src !== undefined) continue;
    const type = (a.type ?? '').toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    if (m[2]!.trim()) sizes.jsInline += gz(m[2]!);
  }
  const htmlGz = gz(html);
  return {
    page: relative(siteDir, pageFile).split(sep).join('/'),
    html: htmlGz,
    ...sizes,
    total: htmlGz + sizes.css + sizes.jsFiles + sizes.fonts + sizes.images,
    missing,
  };
}

/** The page of each type to weigh: fixed pages, and the heaviest English country profile and policy-area page. */
function pagesToWeigh(siteDir: string, htmlFiles: { path: string; size: number }[]): Record<PageType, string | undefined> {
  const rel = (f: { path: string }) => relative(siteDir, f.path).split(sep).join('/');
  const largest = (re: RegExp) =>
    htmlFiles
      .filter((f) => re.test(rel(f)))
      .sort((a, b) => b.size - a.size || a.path.localeCompare(b.path))[0]?.path;
  const fixed = (path: string) => (existsSync(join(siteDir, path)) ? join(siteDir, path) : undefined);
  return {
    home: fixed('index.html'),
    country: largest(/^countries\/[a-z]{3}\/index\.html$/),
    policyArea: largest(/^indices\/[^/]+\/[^/]+\/index\.html$/),
    compare: fixed('compare/index.html'),
    search: fixed('search/index.html'),
  };
}

interface Result {
  id: string;
  label: string;
  run: BuildRun;
  pages: number;
  /** Bytes of all .html files (uncompressed): what the renderer writes and Pagefind reads. */
  htmlBytes: number;
  distBytes: number;
  pagefindBytes: number;
  views: Partial<Record<PageType, FirstView>>;
}

function measure(id: string, label: string, run: BuildRun, siteDir: string): Result {
  const files = walk(siteDir);
  const html = files.filter((f) => f.path.endsWith('.html'));
  const pagefindDir = join(siteDir, 'pagefind') + sep;
  const pages = pagesToWeigh(siteDir, html);
  const views: Partial<Record<PageType, FirstView>> = {};
  for (const type of PAGE_TYPES) {
    const file = pages[type];
    if (file) views[type] = firstView(siteDir, file);
  }
  return {
    id,
    label,
    run,
    pages: html.length,
    htmlBytes: html.reduce((s, f) => s + f.size, 0),
    distBytes: files.reduce((s, f) => s + f.size, 0),
    pagefindBytes: files.filter((f) => f.path.startsWith(pagefindDir)).reduce((s, f) => s + f.size, 0),
    views,
  };
}

// ---------------------------------------------------------------------------------------------------
// The table

const fmtBytes = (b: number) => (b >= MB ? `${(b / MB).toFixed(b >= 100 * MB ? 0 : 1)} MB` : `${(b / kB).toFixed(1)} kB`);
const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(1)} ms`);
const fmtLimit = (value: number, unit: string) => (unit === 's' ? `${value / 1000} s` : unit === 'ms' ? `${value} ms` : unit === 'MB' ? `${value / MB} MB` : unit === 'kB' ? `${value / kB} kB` : `${value} B`);

interface Row {
  dataset: string;
  measure: string;
  parts?: [string, string, string, string, string];
  value: string;
  budget: string;
  status: string;
}

function check(value: number, budget: Budget, dataset: string): { budget: string; status: string; over: boolean } {
  const max = limit(budget.max, dataset, budget.unit);
  if (max === undefined) return { budget: '-', status: '', over: false };
  const aim = limit(budget.aim, dataset, budget.unit);
  const over = value > max;
  let status = over ? 'OVER' : 'ok';
  if (aim !== undefined) status += value <= aim ? ' (aim met)' : ' (above aim)';
  return { budget: `<= ${fmtLimit(max, budget.unit)}${aim !== undefined ? `, aim ${fmtLimit(aim, budget.unit)}` : ''}`, status, over };
}

function render(rows: Row[]): string {
  const head: Row = { dataset: 'dataset', measure: 'measure', parts: ['HTML', 'CSS', 'JS', 'fonts', 'images'], value: 'value', budget: 'budget', status: 'status' };
  const cells = [head, ...rows].map((r) => [r.dataset, r.measure, ...(r.parts ?? ['', '', '', '', '']), r.value, r.budget, r.status]);
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((c) => c[i]!.length)));
  const right = new Set([2, 3, 4, 5, 6, 7]);
  const line = (c: string[]) => c.map((cell, i) => (right.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------------

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
  const config = JSON.parse(readFileSync(join(root, 'budgets.config.json'), 'utf8')) as BudgetsConfig;
  const budgets = config.budgets;
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
      const work = join(scratch, set.id);
      mkdirSync(work, { recursive: true });
      const outDir = join(work, 'dist');
      const profDir = join(work, 'cpu-prof');
      const nodeArgs = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
      console.error(`bench: building ${set.label} (${set.dataDir}) ...`);
      const run = await runBuild(
        { ASTRO_TELEMETRY_DISABLED: '1', DATA_DIR: set.dataDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'astro-cache') },
        nodeArgs,
        work,
      );
      if (run.status !== 0 || !existsSync(join(outDir, 'index.html'))) {
        console.error(`bench: the ${set.label} build failed (exit ${run.status}):\n${run.output.split('\n').slice(-40).join('\n')}`);
        failed = true;
        continue;
      }
      console.error(`bench: ${set.label} built in ${fmtMs(run.wallMs)}, peak ${fmtBytes(run.peakRss)}${values['cpu-prof'] ? `; CPU profiles in ${profDir}` : ''}`);
      results.push(measure(set.id, set.label, run, outDir));
    }
  } finally {
    if (!values.keep && !values['cpu-prof']) rmSync(scratch, { recursive: true, force: true });
    else console.error(`bench: kept ${scratch}`);
  }

  const rows: Row[] = [];
  const notes: string[] = [];
  let over = false;
  const push = (dataset: string, measure: string, value: number, shown: string, budget: Budget | undefined, parts?: Row['parts'], budgetId = dataset) => {
    const c = budget ? check(value, budget, budgetId) : { budget: '-', status: '', over: false };
    over ||= c.over;
    rows.push({ dataset, measure, ...(parts ? { parts } : {}), value: shown, budget: c.budget, status: c.status });
  };
  for (const r of results) {
    push(r.label, 'pages built (.html)', r.pages, String(r.pages), undefined);
    push(r.label, 'build time', r.run.wallMs, fmtMs(r.run.wallMs), budgets.buildTime, undefined, r.id);
    push(r.label, 'build time per page', r.run.wallMs / r.pages, fmtMs(r.run.wallMs / r.pages), budgets.buildTimePerPage, undefined, r.id);
    push(r.label, 'build CPU time (user+sys, all processes)', r.run.cpuMs, fmtMs(r.run.cpuMs), undefined);
    push(r.label, `peak memory (${r.run.peakSource})`, r.run.peakRss, fmtBytes(r.run.peakRss), budgets.peakMemory, undefined, r.id);
    const cpuSplit = [...r.run.cpuByName].filter(([, ms]) => ms >= 100).sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${name} ${fmtMs(ms)}`);
    const memSplit = [...r.run.hwmByName].filter(([, b]) => b >= 10 * MB).sort((a, b) => b[1] - a[1]).map(([name, b]) => `${name} ${fmtBytes(b)}`);
    notes.push(`${r.label}: CPU time by process: ${cpuSplit.join(', ') || 'n/a'}; each process's own peak RSS: ${memSplit.join(', ') || 'n/a'}.`);
    push(r.label, 'size of the site (dist/)', r.distBytes, fmtBytes(r.distBytes), budgets.distSize, undefined, r.id);
    push(r.label, 'Pagefind index (dist/pagefind)', r.pagefindBytes, fmtBytes(r.pagefindBytes), budgets.pagefindSize, undefined, r.id);
    for (const type of PAGE_TYPES) {
      const v = r.views[type];
      if (!v) {
        rows.push({ dataset: r.label, measure: `first view: ${PAGE_LABELS[type]}`, value: 'no page', budget: '-', status: '' });
        continue;
      }
      const js = v.jsFiles + v.jsInline;
      const jsText = v.jsInline ? `${(js / kB).toFixed(1)}*` : (js / kB).toFixed(1);
      const parts: Row['parts'] = [(v.html / kB).toFixed(1), (v.css / kB).toFixed(1), jsText, (v.fonts / kB).toFixed(1), (v.images / kB).toFixed(1)];
      push(r.label, `first view: ${PAGE_LABELS[type]} (/${v.page.replace(/index\.html$/, '')})`, v.total, fmtBytes(v.total), budgets.firstView[type], parts, r.id);
      if (type === 'country') push(r.label, 'JS before interaction: country profile', js, fmtBytes(js), budgets.countryJs, undefined, r.id);
      if (v.missing.length) console.error(`bench: ${r.label} /${v.page} refers to files that are not in the build: ${v.missing.join(', ')}`);
    }
  }
  const real = results.find((r) => r.id === 'real');
  const synth = results.find((r) => r.id === 'synthetic');
  if (real && synth) {
    const timeRatio = synth.run.wallMs / real.run.wallMs;
    const pageRatio = synth.pages / real.pages;
    const allowed = pageRatio * budgets.buildTimeScaling.maxTimeRatioOverPageRatio;
    const ok = timeRatio <= allowed;
    over ||= !ok;
    rows.push({
      dataset: `${synth.label} / real`,
      measure: `build time ratio (page ratio ${pageRatio.toFixed(2)}x)`,
      value: `${timeRatio.toFixed(2)}x`,
      budget: `<= ${allowed.toFixed(2)}x`,
      status: ok ? 'ok' : 'OVER',
    });
    rows.push({
      dataset: `${synth.label} / real`,
      measure: 'HTML bytes ratio (for reference: work grows with output)',
      value: `${(synth.htmlBytes / real.htmlBytes).toFixed(2)}x`,
      budget: '-',
      status: '',
    });
    rows.push({
      dataset: `${synth.label} / real`,
      measure: 'CPU time ratio (for reference: less sensitive to load)',
      value: `${(synth.run.cpuMs / real.run.cpuMs).toFixed(2)}x`,
      budget: '-',
      status: '',
    });
  }
  console.log(render(rows));
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
