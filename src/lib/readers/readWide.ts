import type { CsvSource } from '../csv/readCsv.ts';
import { quote, type DataIssue } from '../issues.ts';
import type { Layout } from '../manifest/schema.ts';
import { locateColumns } from './columns.ts';
import type { RawRecord } from './types.ts';

type WideLayout = Extract<Layout, { type: 'wide' }>;

/**
 * Reads the wide layout: a row per country (by name), a column per indicator. `other` names columns
 * that are not scores but are read too (printed ranks and changes); `ignore` names columns to skip.
 */
export function readWide(table: CsvSource, layout: WideLayout, other: readonly string[] = [], ignore: readonly string[] = []): { records: RawRecord[]; issues: DataIssue[] } {
  const { at, issues } = locateColumns(table, { country: layout.countryColumn });
  if (!at) return { records: [], issues };
  const valueColumns: { position: number; name: string }[] = [];
  table.header.forEach((name, position) => {
    if (position === at.country) return;
    if (name in layout.columns || other.includes(name)) valueColumns.push({ position, name });
    else if (!ignore.includes(name)) {
      issues.push({
        file: table.file,
        line: 1,
        message: `unknown column ${quote(name)}; map it to an indicator in layout.columns of data/manifest.json (known: ${[...Object.keys(layout.columns), ...other].map((c) => quote(c)).join(', ')}), list it under "ignore", or remove it`,
      });
    }
  });
  const records: RawRecord[] = [];
  for (const { line, cells } of table.rows) {
    for (const { position, name } of valueColumns) {
      records.push({ line, country: cells[at.country]!.trim(), countryKind: 'name', variable: name, value: cells[position]!.trim() });
    }
  }
  return { records, issues };
}
