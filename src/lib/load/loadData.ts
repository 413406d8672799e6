import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { groupsOf } from '../groups/readGroups.ts';
import type { CountryGroup } from '../groups/schema.ts';
import { dataDir } from '../input/dataDir.ts';
import { METHODOLOGY_DIR, readInputs } from '../input/readInputs.ts';
import { DataValidationError, type DataIssue } from '../issues.ts';
import { buildDataset } from '../model/buildDataset.ts';
import { indexData, type DataIndex } from '../query/dataIndex.ts';

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
const shared = globalThis as { [SLOT]?: Loaded };

/** One read of the data folder: the dataset (or why it could not be built) and the country groups with their problems. */
interface Loaded {
  key: string;
  data: { queries: DataIndex } | { error: unknown };
  groups: { groups: CountryGroup[]; issues: DataIssue[] };
}

/**
 * In `astro build` the data cannot change under the build, and every component calls loadData(): listing
 * the folder on each call cost about 5 % of a 200-country build. So a production bundle checks the folder
 * once per data folder; dev, tests and the Node scripts (no `import.meta.env`) check on every call.
 */
const checkOnce = (import.meta as { env?: { PROD?: boolean } }).env?.PROD === true;
let checked: { dir: string; key: string } | undefined;

/** The data folder read once (`readInputs`: manifest, editions, methodology, groups) and kept until it changes. */
function loaded(): Loaded {
  const dir = dataDir();
  const key = checkOnce && checked?.dir === dir ? checked.key : `${dir}#${signature(dir)}`;
  checked = { dir, key };
  const kept = shared[SLOT];
  if (kept?.key === key) return kept;
  const inputs = readInputs(dir);
  let data: Loaded['data'];
  try {
    data = { queries: indexData(buildDataset(inputs)) };
  } catch (error) {
    data = { error };
  }
  return (shared[SLOT] = { key, data, groups: groupsOf(inputs) });
}

/**
 * The validated dataset with its lookups, built once per process and shared by every page; rebuilt
 * only when the data folder changes (so `npm run dev` follows data edits). Throws on invalid data.
 */
export function loadData(): DataIndex {
  const { data } = loaded();
  if ('error' in data) throw data.error;
  return data.queries;
}

/** The problems of `groups.json`, from the same read as the dataset (none when the file is absent). */
export function groupProblems(): DataIssue[] {
  return loaded().groups.issues;
}

/** The country groups of the data folder (`groups.json`; none when the file is absent); throws on invalid groups. */
export function loadGroups(): CountryGroup[] {
  const { groups } = loaded();
  if (groups.issues.length) throw new DataValidationError(groups.issues);
  return groups.groups;
}
