import { checkDate, readInputs, type DataInputs } from '../input/readInputs.ts';
import type { DataIssue } from '../issues.ts';
import { groupNameProblems } from './groupNames.ts';
import { parseGroups } from './parseGroups.ts';
import type { CountryGroup } from './schema.ts';

/**
 * The country groups of what `readInputs` read (`groups.json`, under the folder's link rule as every data
 * file is), parsed and checked, each group's name in every catalogue included; its problems name the file as
 * the folder shows it (`data/groups.json`, or its path under another DATA_DIR). No groups when the file is absent.
 */
export function groupsOf(inputs: DataInputs): { groups: CountryGroup[]; issues: DataIssue[] } {
  const file = inputs.shown('groups.json');
  if (!inputs.groups) return { groups: [], issues: inputs.issues.filter((issue) => issue.file === file) };
  const { text } = inputs.groups;
  const parsed = parseGroups(text, file, inputs.today ?? checkDate());
  const issues = parsed.issues.length ? parsed.issues : groupNameProblems(parsed.groups, text, file);
  return { groups: issues.length ? [] : parsed.groups, issues };
}

/** The country groups of the data folder `dir` alone, read as the build reads them (for checks and tests). */
export function readGroups(dir: string, cwd = process.cwd()): { groups: CountryGroup[]; issues: DataIssue[] } {
  return groupsOf(readInputs(dir, cwd));
}
