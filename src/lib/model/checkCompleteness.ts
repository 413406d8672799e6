import { countryName } from '../countries/registry.ts';
import { quote, type DataIssue } from '../issues.ts';
import type { EditionEntry } from '../manifest/schema.ts';
import type { Presence } from './normalizeRecords.ts';

const FIX = 'this edition is declared complete in data/manifest.json: restore the value, or declare the edition "partial" under "completeness" with a sentence saying what is missing and why';

/**
 * In a complete edition every covered country (one with any row in the file) has every mapped
 * indicator: a missing column or variable, a missing row or an empty cell is an error naming the file,
 * the line or column, the country and the indicator. A partial edition may lack values.
 */
export function checkCompleteness(entry: EditionEntry, presence: Presence, file: string): DataIssue[] {
  if (entry.completeness.status === 'partial') return [];
  const wide = entry.layout.type === 'wide';
  const mapping: Record<string, string> = entry.layout.type === 'wide' ? entry.layout.columns : entry.layout.variables;
  const what = wide ? 'column' : 'variable';
  const countries = [...presence.firstLine.keys()].sort();
  const empty = new Map(presence.empty.map((cell) => [`${cell.iso3}|${cell.variable}`, cell.line]));
  const issues: DataIssue[] = [];
  for (const [variable, indicator] of Object.entries(mapping)) {
    if (!presence.variables.has(variable)) {
      if (countries.length === 0) continue;
      issues.push({
        file,
        ...(wide ? { line: 1 } : {}),
        message: `${what} ${quote(variable)} (indicator ${quote(indicator)}) is missing, so none of the ${countries.length} countries (${countries.join(', ')}) has a value for it; ${FIX.replace('restore the value', `restore the ${what}`)}`,
      });
      continue;
    }
    for (const iso3 of countries) {
      const key = `${iso3}|${variable}`;
      const emptyLine = empty.get(key);
      if (emptyLine !== undefined) {
        issues.push({ file, line: emptyLine, message: `${countryName(iso3, 'en')} (${iso3}) has no value in ${what} ${quote(variable)} (indicator ${quote(indicator)}); ${FIX}` });
      } else if (!presence.records.has(key)) {
        issues.push({ file, line: presence.firstLine.get(iso3)!, message: `${countryName(iso3, 'en')} (${iso3}) has no row for ${what} ${quote(variable)} (indicator ${quote(indicator)}); its rows start on this line; ${FIX}` });
      }
    }
  }
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
