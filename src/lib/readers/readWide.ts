import type { CsvSource } from '../csv/readCsv.ts';
import { quote, type DataIssue } from '../issues.ts';
import type { Layout } from '../manifest/schema.ts';
import { locateColumns } from './columns.ts';
import type { RawRecord } from './types.ts';

type WideLayout = Extract<Layout, { type: 'wide' }>;

/** Reads the wide layout: a row per country (by name), a column per indicator. */
export function readWide(table: CsvSource, layout: WideLayout): { records: RawRecord[]; issues: DataIssue[] } {
  const { at, issues } = locateColumns(table, { country: layout.countryColumn });
  if (!at) return { records: [], issues };
  const valueColumns: { position: number; name: string }[] = [];
  table.header.forEach((name, position) => {
    if (position === at.country) return;
    if (name in layout.columns) valueColumns.push({ position, name });
    else {
      issues.push({
        file: table.file,
        line: 1,
        message: `unknown column ${quote(name)}; map it to an indicator in layout.columns of data/manifest.json (known: ${Object.keys(layout.columns).map((c) => quote(c)).join(', ')}) or remove it`,
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
