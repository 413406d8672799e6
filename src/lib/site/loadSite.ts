import { resolve } from 'node:path';
import { buildDataset } from '../model/buildDataset.ts';
import { createQueries, type Queries } from '../query/createQueries.ts';

/** The data folder of this build: `DATA_DIR` or `data/`. */
export function dataDir(): string {
  return resolve(process.env.DATA_DIR ?? 'data');
}

let cached: { dir: string; queries: Queries } | undefined;

/** The validated dataset with its lookups, built once per process (every page shares it). */
export function loadSite(): Queries {
  const dir = dataDir();
  if (cached?.dir !== dir) cached = { dir, queries: createQueries(buildDataset(dir)) };
  return cached.queries;
}
