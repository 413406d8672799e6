import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDataset } from '../model/buildDataset.ts';
import { createQueries, type Queries } from '../query/createQueries.ts';

/** The data folder of this build: `DATA_DIR` or `data/`. */
export function dataDir(): string {
  return resolve(process.env.DATA_DIR ?? 'data');
}

/** Changes whenever a file in the data folder is added, removed or edited. */
function signature(dir: string): string {
  return readdirSync(dir)
    .sort()
    .map((name) => `${name}:${statSync(join(dir, name)).mtimeMs}`)
    .join('|');
}

let cached: { key: string; queries: Queries } | undefined;

/**
 * The validated dataset with its lookups, built once per process and shared by every page; rebuilt
 * only when the data folder changes (so `npm run dev` follows data edits).
 */
export function loadSite(): Queries {
  const dir = dataDir();
  const key = `${dir}#${signature(dir)}`;
  if (cached?.key !== key) cached = { key, queries: createQueries(buildDataset(dir)) };
  return cached.queries;
}
