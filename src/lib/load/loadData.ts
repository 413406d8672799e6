import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { METHODOLOGY_DIR, readInputs } from '../input/readInputs.ts';
import { buildDataset } from '../model/buildDataset.ts';
import { indexData, type DataIndex } from '../query/dataIndex.ts';

/** The data folder of this build: `DATA_DIR` or `data/`. */
export function dataDir(): string {
  return resolve(process.env.DATA_DIR ?? 'data');
}

/** Changes whenever a file in the data folder (or its methodology folder) is added, removed or edited. */
function signature(dir: string): string {
  try {
    const list = (folder: string, prefix = ''): string[] => readdirSync(folder).sort().map((name) => `${prefix}${name}:${statSync(join(folder, name), { throwIfNoEntry: false })?.mtimeMs}`);
    const methodology = join(dir, METHODOLOGY_DIR);
    return [...list(dir), ...(statSync(methodology, { throwIfNoEntry: false })?.isDirectory() ? list(methodology, `${METHODOLOGY_DIR}/`) : [])].join('|');
  } catch {
    return 'unreadable';
  }
}

/**
 * The cache lives on `globalThis`, not in this module: `npm run build` validates the data in its own
 * module graph, then runs Astro in the same process, whose prerender bundle has another copy of this
 * module. Sharing the slot means the data is read and validated once per build, not once per graph.
 */
const SLOT = Symbol.for('digital-government-profiles.site');
const shared = globalThis as { [SLOT]?: { key: string; queries: DataIndex } };

/**
 * In `astro build` the data cannot change under the build, and every component calls loadData(): listing
 * the folder on each call cost about 5 % of a 200-country build. So a production bundle checks the folder
 * once per data folder; dev, tests and the Node scripts (no `import.meta.env`) check on every call.
 */
const checkOnce = (import.meta as { env?: { PROD?: boolean } }).env?.PROD === true;
let checked: { dir: string; key: string } | undefined;

/**
 * The validated dataset with its lookups, built once per process and shared by every page; rebuilt
 * only when the data folder changes (so `npm run dev` follows data edits).
 */
export function loadData(): DataIndex {
  const dir = dataDir();
  const key = checkOnce && checked?.dir === dir ? checked.key : `${dir}#${signature(dir)}`;
  checked = { dir, key };
  if (shared[SLOT]?.key !== key) shared[SLOT] = { key, queries: indexData(buildDataset(readInputs(dir))) };
  return shared[SLOT].queries;
}
