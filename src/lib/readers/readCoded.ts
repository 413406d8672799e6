import type { CsvSource } from '../csv/readCsv.ts';
import type { DataIssue } from '../issues.ts';
import { selectsCode } from '../manifest/codes.ts';
import type { Layout } from '../manifest/schema.ts';
import { filterRows, locateColumns } from './columns.ts';
import type { RawRecord } from './types.ts';

type CodedLayout = Extract<Layout, { type: 'sdmx' | 'oecd-stat' }>;

/** The label column that follows a code column in these exports (`REF_AREA` → `Reference area`, `COU` → `Country`). */
function labelColumn(table: CsvSource, codeColumn: string): number | undefined {
  const next = table.header.indexOf(codeColumn) + 1;
  const name = table.header[next];
  if (next === 0 || name === undefined) return undefined;
  return /^[A-Z0-9_]+$/.test(name) ? undefined : next;
}

/**
 * Reads the coded OECD layouts: SDMX-CSV from the OECD Data Explorer (codes only, or codes with labels)
 * and the OECD.Stat legacy CSV (`"COU","Country","IND","Indicator",…,"Value","Flag Codes","Flags"`).
 * Rows whose code the layout's `codes` does not select (another index of the same file) are skipped;
 * `other` names the printed codes, which `"codes": "mapped"` takes too.
 */
export function readCoded(table: CsvSource, layout: CodedLayout, other: readonly string[] = []): { records: RawRecord[]; issues: DataIssue[] } {
  const located = locateColumns(table, {
    country: layout.countryColumn,
    variable: layout.variableColumn,
    value: layout.valueColumn,
  });
  const filtered = filterRows(table, layout.filter);
  const issues = [...located.issues, ...filtered.issues];
  if (!located.at || issues.length) return { records: [], issues };
  const at = located.at;
  const countryLabel = labelColumn(table, layout.countryColumn);
  const mapped = new Set([...Object.keys(layout.variables), ...other]);
  const records: RawRecord[] = [];
  for (const { line, cells } of table.rows) {
    if (!filtered.keep(cells)) continue;
    if (!selectsCode(layout.codes, cells[at.variable]!.trim(), mapped)) continue;
    const label = countryLabel === undefined ? undefined : cells[countryLabel]!.trim();
    records.push({
      line,
      country: cells[at.country]!.trim(),
      countryKind: 'code',
      ...(label ? { countryLabel: label } : {}),
      variable: cells[at.variable]!.trim(),
      value: cells[at.value]!.trim(),
    });
  }
  return { records, issues };
}
