import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { checkContent } from '../src/lib/content/checkContent.ts';
import { staleTexts, textDates } from '../src/lib/content/staleTexts.ts';
import { catalogueProblems } from '../src/lib/i18n/translate.ts';
import { DataValidationError, formatIssue, type DataIssue } from '../src/lib/issues.ts';
import { groupProblems as readGroupProblems, loadData } from '../src/lib/load/loadData.ts';

/**
 * Validates data, country groups, editorial content and translation catalogues; prints every problem as
 * `file:line: message` and every warning, and returns false when there is any problem. The build runs
 * this first, so whatever it would stop on is reported here, by `npm run check` too, in the same words.
 */
export function validateInputs(contentDir = resolve(process.env.CONTENT_DIR ?? 'content')): boolean {
  /** How many problems a listed line stands for, where more than one: "and N more like this" stands for N. */
  const weights = new Map<string, number>();
  const listed = (issues: DataIssue[]) =>
    issues.map((issue) => {
      const text = formatIssue(issue);
      if (issue.more) weights.set(text, issue.more);
      return text;
    });
  let problems: string[] = catalogueProblems();
  const groupProblems = listed(readGroupProblems());
  try {
    const site = loadData();
    problems.push(...listed(checkContent(contentDir, site)));
    for (const warning of site.dataset.warnings) console.warn(`warning: ${formatIssue(warning)}`);
    // Texts reviewed before the newest edition came out: to re-read, not a reason to refuse the build.
    if (existsSync(contentDir)) for (const stale of staleTexts(textDates(contentDir), site)) console.warn(`warning: ${formatIssue(stale)}`);
  } catch (error) {
    if (error instanceof DataValidationError) problems = [...listed(error.issues), ...problems];
    else problems = [`the inputs could not be checked: ${(error as Error)?.message ?? String(error)}`, ...problems];
  }
  problems = [...new Set([...problems.filter((p) => !groupProblems.includes(p)), ...groupProblems])];
  if (problems.length === 0) return true;
  const total = problems.reduce((sum, p) => sum + (weights.get(p) ?? 1), 0);
  const shown = problems.some((p) => weights.has(p)) ? ' (the first of each kind are listed)' : '';
  console.error(`\n${total} problem${total === 1 ? '' : 's'} found${shown}:`);
  for (const problem of problems) console.error(`  ${problem}`);
  console.error('\nNothing was built; fix the problems above and run the command again.');
  return false;
}
