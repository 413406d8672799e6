import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataValidationError } from '../issues.ts';
import { dataDir } from '../load/loadData.ts';
import { parseGroups } from './parseGroups.ts';
import type { CountryGroup } from './schema.ts';

let cached: { file: string; text: string; groups: CountryGroup[] } | undefined;

/** The country groups of the data folder (`groups.json`; none when the file is absent); throws on invalid data. */
export function loadGroups(): CountryGroup[] {
  const file = join(dataDir(), 'groups.json');
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  if (cached?.file === file && cached.text === text) return cached.groups;
  const { groups, issues } = parseGroups(text, 'data/groups.json');
  if (issues.length) throw new DataValidationError(issues);
  cached = { file, text, groups };
  return groups;
}
