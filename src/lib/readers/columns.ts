import type { CsvSource } from '../csv/readCsv.ts';
import { quote, type DataIssue } from '../issues.ts';

/** The header's names, quoted: the first 20 and a count of the rest, so a runaway header stays one line. */
function listed(header: string[]): string {
  const shown = header.slice(0, 20).map((h) => quote(h)).join(', ');
  return header.length > 20 ? `${shown} and ${header.length - 20} more` : shown;
}

/**
 * Positions of the named columns in the header, or one issue per missing column (line 1) naming the
 * columns the file does have.
 */
export function locateColumns<K extends string>(
  table: CsvSource,
  wanted: Record<K, string>,
): { at?: Record<K, number>; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const at = {} as Record<K, number>;
  for (const [key, name] of Object.entries(wanted) as [K, string][]) {
    const position = table.header.indexOf(name);
    if (position === -1) {
      issues.push({
        file: table.file,
        line: 1,
        message: `missing required column ${quote(name)}; the header has ${listed(table.header)}. Rename the column or set the column name in data/manifest.json`,
      });
    } else at[key] = position;
  }
  return issues.length ? { issues } : { at, issues };
}

/** Rows kept by a `{column: value}` filter; a filter column missing from the header is an issue. */
export function filterRows(table: CsvSource, filter: Record<string, string>): { keep: (cells: string[]) => boolean; issues: DataIssue[] } {
  const located = locateColumns(table, Object.fromEntries(Object.keys(filter).map((column) => [column, column])));
  if (!located.at) return { keep: () => false, issues: located.issues };
  const at = located.at;
  const tests = Object.entries(filter).map(([column, value]) => (cells: string[]) => cells[at[column]!]?.trim() === value);
  return { keep: (cells) => tests.every((test) => test(cells)), issues: [] };
}
