import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { renderHeaders } from '../src/lib/output/renderHeaders.ts';
import { validateInputs } from './validate.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.OUT_DIR ?? join(root, 'dist'));
const staging = `${dist}.staging`;

/** Indexes the built pages with Pagefind's Node API; any error fails the build. */
async function indexSearch(site: string): Promise<number> {
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind failed to ${step}: ${errors.join('; ')}`);
  };
  const created = await pagefind.createIndex({ rootSelector: 'main', excludeSelectors: ['[data-pagefind-ignore]', 'svg', 'nav', '.no-index'] });
  if (!created.index) fail('create an index', created.errors);
  const index = created.index!;
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) fail(`index ${site}`, added.errors);
  if (added.page_count === 0) fail(`find pages in ${site}`, ['no HTML pages were found']);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) fail('write its files', written.errors);
  await pagefind.close();
  return added.page_count;
}

/** Writes `_headers` with the CSP every page carries in its `<meta>`, so header-capable hosts enforce it too. */
function writeHeaders(site: string): void {
  const pages = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
  const policies = pages(site)
    .sort()
    .map((file) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1])
    .filter((policy): policy is string => policy !== undefined);
  writeFileSync(join(site, '_headers'), renderHeaders(policies, process.env.BASE_PATH ?? '/'));
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
    writeHeaders(staging);
    const pages = await indexSearch(staging);
    const previous = `${dist}.previous`;
    rmSync(previous, { recursive: true, force: true });
    mkdirSync(resolve(dist, '..'), { recursive: true });
    if (existsSync(dist)) renameSync(dist, previous);
    renameSync(staging, dist);
    rmSync(previous, { recursive: true, force: true });
    console.log(`Built ${pages} pages into ${dist}`);
    return 0;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    const err = new Error('The build failed; the previous site was left as it was.', { cause: error });
    console.error(`\n${err.message}\n${(error as Error)?.stack ?? error}`);
    return 1;
  }
}

process.exitCode = await main();
