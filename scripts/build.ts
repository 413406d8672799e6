import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { dataDir } from '../src/lib/input/dataDir.ts';
import { siteAddress } from '../src/lib/urls/address.ts';
import { normalizeBasePath } from '../src/lib/urls/basePath.ts';
import { configProblem } from './build/config.ts';
import { finishSite } from './build/finishSite.ts';
import { describeFsError } from './build/fsErrors.ts';
import { acquireLock, type LockResult } from './build/lock.ts';
import { outDirProblem, stagingFor } from './build/outDir.ts';
import { ownership } from './build/ownership.ts';
import { buildRecord, recording } from './build/renderRecord.ts';
import { moveDir, recoverSwap, swapFolders, swapIn } from './build/swap.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.OUT_DIR ?? join(root, 'dist'));
/** Proves which output folders this project's build made (see build/ownership.ts). */
const owner = ownership(join(root, '.build'));

/** Prints one sentence for a failure: the message and, for Astro's errors, the file and line; the stack only with ASTRO_LOG_LEVEL=debug. */
function explain(error: unknown): string {
  const e = error as { message?: string; loc?: { file?: string; line?: number }; id?: string; stack?: string };
  const where = e?.loc?.file ? `${relative(root, e.loc.file)}${e.loc.line ? `:${e.loc.line}` : ''}: ` : '';
  const text = `${where}${e?.message ?? String(error)}`.trim();
  return process.env.ASTRO_LOG_LEVEL === 'debug' && e?.stack ? `${text}\n${e.stack}` : text;
}

/**
 * Test-only: DGP_TEST_NO_SEARCH_INDEX=1 leaves out the Pagefind index (no pagefind/ folder, 0 indexed).
 * Only for test builds whose tests never search nor read pagefind/ (test/build/hostile and new-edition);
 * `npm run build` and the shared test site always index.
 */
const skipSearchIndex = process.env.DGP_TEST_NO_SEARCH_INDEX === '1';

/** Builds the site into `staging` (inside the project) and returns the page counts. */
async function buildInto(staging: string): Promise<{ pages: number; indexed: number }> {
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(dirname(staging), { recursive: true });
  process.env.ASTRO_OUT_DIR = staging;
  const { build } = await import('astro');
  const record = buildRecord();
  await recording(record, () => build({ root, outDir: staging, logLevel: process.env.ASTRO_LOG_LEVEL === 'debug' ? 'debug' : 'warn' }));
  const basePath = normalizeBasePath(process.env.BASE_PATH);
  const finished = await finishSite(staging, { search: !skipSearchIndex, basePath, address: siteAddress(process.env.SITE_URL, basePath), record });
  owner.mark(staging);
  return finished;
}

/** What a failure before the swap left in place, truthfully: the previous site, or none. */
const untouched = (dist: string) => (existsSync(dist) ? 'the previous site was left as it was' : 'no site was written');

/**
 * `npm run build`: checks the configuration and the output folder, takes the build lock, puts right what
 * an interrupted build left, validates every input, builds into a staging folder inside the project,
 * indexes it for search, and only then swaps it into place, so a failed build leaves the last good
 * `dist/` untouched.
 */
async function main(): Promise<number> {
  const refuse = (message: string) => {
    console.error(`\nNothing was built: ${message}.`);
    return 1;
  };
  const config = configProblem(root);
  if (config) return refuse(config);
  process.env.BASE_PATH = normalizeBasePath(process.env.BASE_PATH);
  const data = dataDir(process.env, root);
  const content = resolve(process.env.CONTENT_DIR ?? join(root, 'content'));
  const protectedDirs = { 'the project': root, 'the data folder': data, 'the content folder': content, 'the sources': join(root, 'src'), 'the public folder': join(root, 'public'), 'the installed packages': join(root, 'node_modules') };
  const outProblem = outDirProblem(dist, protectedDirs, owner);
  if (outProblem) return refuse(outProblem);
  try {
    mkdirSync(dirname(dist), { recursive: true });
  } catch (error) {
    return refuse(describeFsError(error, dirname(dist), 'create the folder'));
  }
  let lock: LockResult;
  try {
    lock = acquireLock(`${dist}.lock`, `writing ${dist}`);
  } catch (error) {
    return refuse(describeFsError(error, dirname(dist), 'write to'));
  }
  if ('problem' in lock) return refuse(lock.problem);
  // Two builds sharing Astro's cache (different OUT_DIRs, one project) would overwrite each other's chunks.
  const cacheDir = resolve(root, process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro');
  let cacheLock: LockResult;
  try {
    mkdirSync(dirname(cacheDir), { recursive: true });
    cacheLock = acquireLock(`${cacheDir}.lock`, `using the build cache ${cacheDir}`);
  } catch (error) {
    lock.release();
    return refuse(describeFsError(error, dirname(cacheDir), 'write to'));
  }
  if ('problem' in cacheLock) {
    lock.release();
    return refuse(cacheLock.problem);
  }
  const releaseCache = cacheLock.release;
  const releaseOut = lock.release;
  const release = () => {
    releaseCache();
    releaseOut();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    release();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    for (const note of [lock.note, cacheLock.note]) if (note) console.warn(`note: ${note}`);
    const recovered = recoverSwap(dist, owner);
    for (const note of recovered.notes) console.warn(`note: ${note}`);
    if (recovered.problem) return refuse(recovered.problem);
    const { validateInputs } = await import('./validate.ts');
    if (!validateInputs(content)) return 1;
    const staging = stagingFor(root, createHash('sha256').update(dist).digest('hex').slice(0, 12));
    const { incoming } = swapFolders(dist);
    let built: { pages: number; indexed: number };
    try {
      built = await buildInto(staging);
      moveDir(staging, incoming);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      rmSync(incoming, { recursive: true, force: true });
      const code = (error as NodeJS.ErrnoException)?.code;
      const path = (error as NodeJS.ErrnoException)?.path;
      const cause = code && typeof code === 'string' && code.startsWith('E') && path ? describeFsError(error, path, 'write') : explain(error);
      console.error(`\nThe build failed; ${untouched(dist)}.\n${cause}`);
      return 1;
    }
    const swapped = swapIn(dist);
    if (!swapped.live) {
      rmSync(incoming, { recursive: true, force: true });
      console.error(`\nThe build failed: ${swapped.message}.`);
      return 1;
    }
    if (swapped.note) console.warn(`note: ${swapped.note}`);
    console.log(`Built ${built.pages} pages into ${dist} (${built.indexed} indexed for search)`);
    return 0;
  } catch (error) {
    console.error(`\nThe build failed; ${untouched(dist)}.\n${explain(error)}`);
    return 1;
  } finally {
    release();
  }
}

process.exitCode = await main();
