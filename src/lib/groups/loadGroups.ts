import { readdirSync } from 'node:fs';
import { checkDate, dataFolder } from '../input/readInputs.ts';
import { DataValidationError, type DataIssue } from '../issues.ts';
import { dataDir } from '../load/loadData.ts';
import { groupNameProblems } from './groupNames.ts';
import { parseGroups } from './parseGroups.ts';
import type { CountryGroup } from './schema.ts';

/**
 * `groups.json` of the data folder `dir`, read under the folder's link rule (as every data file is),
 * parsed and checked, each group's name in every catalogue included. No groups when the file is absent.
 */
export function readGroups(dir: string, cwd = process.cwd()): { groups: CountryGroup[]; text?: string; issues: DataIssue[] } {
  const folder = dataFolder(dir, cwd);
  if (folder.root === undefined || !readdirSync(dir).includes('groups.json')) return { groups: [], issues: [] };
  const text = folder.read('groups.json');
  if (text === undefined) return { groups: [], issues: folder.issues };
  const file = folder.shown('groups.json');
  const parsed = parseGroups(text, file, checkDate());
  const issues = parsed.issues.length ? parsed.issues : groupNameProblems(parsed.groups, text, file);
  return { groups: issues.length ? [] : parsed.groups, text, issues };
}

let cached: { dir: string; text: string; groups: CountryGroup[] } | undefined;

/** The country groups of the data folder (`groups.json`; none when the file is absent); throws on invalid data. */
export function loadGroups(): CountryGroup[] {
  const dir = dataDir();
  const read = readGroups(dir);
  if (read.issues.length) throw new DataValidationError(read.issues);
  if (cached?.dir === dir && cached.text === read.text) return cached.groups;
  if (read.text !== undefined) cached = { dir, text: read.text, groups: read.groups };
  return read.groups;
}
