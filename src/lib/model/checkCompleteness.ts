import { countryName } from '../countries/registry.ts';
import { quote, type DataIssue } from '../issues.ts';
import type { EditionEntry, IndexDefinition } from '../manifest/schema.ts';
import type { Presence } from './normalizeRecords.ts';

const FIX = 'this edition is declared complete in data/manifest.json: restore the value, or declare the edition "partial" under "completeness" with a sentence saying what is missing and why';

/**
 * In a complete edition every covered country (one with any row in the file) has every mapped
 * indicator: a missing column or variable, a missing row or an empty cell is an error naming the file,
 * the line or column, the country and the indicator. A parent the file omits but whose children it
 * gives is computed, so not missing. A partial edition may lack values.
 */
export function checkCompleteness(entry: EditionEntry, index: IndexDefinition, presence: Presence, file: string): DataIssue[] {
  if (entry.completeness.status === 'partial') return [];
  const wide = entry.layout.type === 'wide';
  const mapping: Record<string, string> = entry.layout.type === 'wide' ? entry.layout.columns : entry.layout.variables;
  const what = wide ? 'column' : 'variable';
  const countries = [...presence.firstLine.keys()].sort();
  const empty = new Map(presence.empty.map((cell) => [`${cell.iso3}|${cell.variable}`, cell.line]));
  const issues: DataIssue[] = [];
  // A parent whose children are all mapped is computed from them where the file omits it: not missing.
  const mapped = new Set(Object.values(mapping));
  const computable = (indicator: string) => {
    const children = index.indicators.filter((i) => i.parent === indicator);
    return children.length > 0 && children.every((c) => mapped.has(c.id));
  };
  const variableOf = new Map(Object.entries(mapping).map(([variable, indicator]) => [indicator, variable]));
  const hasAll = (iso3: string, indicator: string): boolean => {
    const children = index.indicators.filter((i) => i.parent === indicator);
    return children.every((c) => { const v = variableOf.get(c.id); return v !== undefined && presence.records.has(`${iso3}|${v}`) && !empty.has(`${iso3}|${v}`); });
  };
  for (const [variable, indicator] of Object.entries(mapping)) {
    if (!presence.variables.has(variable)) {
      if (countries.length === 0 || computable(indicator)) continue;
      issues.push({
        file,
        ...(wide ? { line: 1 } : {}),
        message: `${what} ${quote(variable)} (indicator ${quote(indicator)}) is missing, so none of the ${countries.length} countries (${countries.join(', ')}) has a value for it; ${FIX.replace('restore the value', `restore the ${what}`)}`,
      });
      continue;
    }
    for (const iso3 of countries) {
      const key = `${iso3}|${variable}`;
      if (computable(indicator) && hasAll(iso3, indicator) && !presence.records.has(key)) continue;
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
