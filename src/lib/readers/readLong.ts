import type { CsvSource } from '../csv/readCsv.ts';
import type { DataIssue } from '../issues.ts';
import type { Layout } from '../manifest/schema.ts';
import { locateColumns } from './columns.ts';
import type { RawRecord } from './types.ts';

type LongLayout = Extract<Layout, { type: 'long' }>;

/** Reads the long/tidy layout: `cc_iso3c, ref_year, variable, value`, one row per country and variable. */
export function readLong(table: CsvSource, layout: LongLayout): { records: RawRecord[]; issues: DataIssue[] } {
  const { at, issues } = locateColumns(table, {
    country: layout.countryColumn,
    variable: layout.variableColumn,
    value: layout.valueColumn,
  });
  if (!at) return { records: [], issues };
  const records: RawRecord[] = [];
  for (const { line, cells } of table.rows) {
    records.push({ line, country: cells[at.country]!.trim(), countryKind: 'code', variable: cells[at.variable]!.trim(), value: cells[at.value]!.trim() });
  }
  return { records, issues };
}
