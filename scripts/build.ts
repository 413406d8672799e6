import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { chartFiles } from '../src/lib/output/chartFiles.ts';
import { framingLayout, renderHeaders } from '../src/lib/output/renderHeaders.ts';
import { searchDocument } from '../src/lib/output/searchDocument.ts';
import { validateInputs } from './validate.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.OUT_DIR ?? join(root, 'dist'));
const staging = `${dist}.staging`;

/** Every built page under `site`, as paths relative to it, in a stable order. */
function htmlFiles(site: string, dir = site): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? htmlFiles(site, join(dir, e.name)) : e.name.endsWith('.html') ? [relative(site, join(dir, e.name))] : []))
    .sort();
}

/**
 * Indexes the built pages with Pagefind's Node API; any error fails the build. Pages are handed over
 * without their charts and data tables (see searchDocument), which Pagefind would otherwise parse only
 * to skip: on large data sets that parsing was most of the indexing time.
 */
async function indexSearch(site: string): Promise<number> {
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind failed to ${step}: ${errors.join('; ')}`);
  };
  const created = await pagefind.createIndex({ rootSelector: 'main', excludeSelectors: ['[data-pagefind-ignore]', 'svg', 'nav', '.no-index'] });
  if (!created.index) fail('create an index', created.errors);
  const index = created.index!;
  let pages = 0;
  for (const file of htmlFiles(site)) {
    const content = searchDocument(readFileSync(join(site, file), 'utf8'));
    if (content === undefined) continue;
    const url = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
    const added = await index.addHTMLFile({ url, content });
    if (added.errors.length) fail(`index ${file}`, added.errors);
    pages++;
  }
  if (pages === 0) fail(`find pages in ${site}`, ['no HTML pages with data-pagefind-body were found']);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) fail('write its files', written.errors);
  await pagefind.close();
  return pages;
}

/** The first 16 kB of a file: the `<head>` of a built page. */
function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(16_384);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** Writes `_headers` with the CSP every page carries in its `<meta>`, so header-capable hosts enforce it too. */
function writeHeaders(site: string): void {
  const policies = htmlFiles(site)
    .map((file) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(head(join(site, file)))?.[1])
    .filter((policy): policy is string => policy !== undefined);
  const isDir = (path: string) => statSync(join(site, path)).isDirectory();
  const locales = Object.fromEntries(readdirSync(site).filter((name) => /^[a-z]{2}$/.test(name) && isDir(name)).map((name) => [name, readdirSync(join(site, name))]));
  writeFileSync(join(site, '_headers'), renderHeaders(policies, process.env.BASE_PATH ?? '/', framingLayout(readdirSync(site), locales, isDir)));
}

/** Writes each page's charts beside it as `{figure id}.svg` and `.csv`, which the figures' take-away links name. */
function writeChartFiles(site: string): number {
  let count = 0;
  for (const file of htmlFiles(site)) {
    const page = readFileSync(join(site, file), 'utf8');
    if (!page.includes('data-chart-file')) continue;
    const dir = join(site, file, '..');
    for (const chart of chartFiles(page)) {
      writeFileSync(join(dir, `${chart.id}.svg`), chart.svg);
      writeFileSync(join(dir, `${chart.id}.csv`), `\uFEFF${chart.csv}`);
      count++;
    }
  }
  return count;
}

/**
 * `npm run build`: validates every input, builds into a staging folder, indexes it for search, and only
 * then swaps it into place, so a failed build leaves the last good `dist/` untouched.
 */
async function main(): Promise<number> {
  if (!validateInputs()) return 1;
  rmSync(staging, { recursive: true, force: true });
  try {
    process.env.ASTRO_OUT_DIR = staging;
    await build({ root, outDir: staging, logLevel: process.env.ASTRO_LOG_LEVEL === 'debug' ? 'debug' : 'warn' });
    writeChartFiles(staging);
    const indexed = await indexSearch(staging);
    writeHeaders(staging);
    const pages = htmlFiles(staging).length;
    const previous = `${dist}.previous`;
    rmSync(previous, { recursive: true, force: true });
    mkdirSync(resolve(dist, '..'), { recursive: true });
    if (existsSync(dist)) renameSync(dist, previous);
    renameSync(staging, dist);
    rmSync(previous, { recursive: true, force: true });
    console.log(`Built ${pages} pages into ${dist} (${indexed} indexed for search)`);
    return 0;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    const err = new Error('The build failed; the previous site was left as it was.', { cause: error });
    console.error(`\n${err.message}\n${(error as Error)?.stack ?? error}`);
    return 1;
  }
}

process.exitCode = await main();
