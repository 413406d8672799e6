import type { CsvSource } from '../csv/readCsv.ts';
import type { DataIssue } from '../issues.ts';
import type { EditionEntry } from '../manifest/schema.ts';
import { filterRows } from './columns.ts';

/** The column holding the reference year in each layout that has one. */
const YEAR_COLUMN: Partial<Record<EditionEntry['layout']['type'], string>> = { long: 'ref_year', sdmx: 'TIME_PERIOD', 'oecd-stat': 'YEAR' };

/**
 * One edition file holds one reference year. A file holding several (two editions pasted together) would
 * otherwise show up as hundreds of duplicate rows; this names the real cause once, with the manifest entry.
 */
export function mixedReferenceYears(table: CsvSource, entry: EditionEntry, where: string): DataIssue | undefined {
  const column = YEAR_COLUMN[entry.layout.type];
  const at = column === undefined ? -1 : table.header.indexOf(column);
  if (at === -1) return undefined;
  const filter = 'filter' in entry.layout ? filterRows(table, entry.layout.filter) : { keep: () => true, issues: [] };
  const firstLine = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    if (!filter.keep(cells)) continue;
    const year = cells[at]!.trim();
    if (!firstLine.has(year)) firstLine.set(year, line);
  }
  if (firstLine.size < 2) return undefined;
  const years = [...firstLine].map(([year, line]) => `${JSON.stringify(year)} from line ${line}`).join(', ');
  return {
    file: table.file,
    line: 1,
    message: `column "${column}" holds ${firstLine.size} reference years (${years}), but ${where} (${entry.index} ${entry.edition}) describes one edition; split the file into one file per edition, each with its own entry in the manifest`,
  };
}
