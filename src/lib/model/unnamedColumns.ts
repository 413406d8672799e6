import type { CsvSource } from '../csv/readCsv.ts';
import { quote, type DataIssue } from '../issues.ts';

/**
 * Columns whose header cell is empty, alike in every layout. Empty ones (Excel's trailing columns after
 * the last one used) are left out; one that holds values is reported once, naming the first value.
 */
export function unnamedColumns(table: CsvSource): { present: boolean; issues: DataIssue[] } {
  const positions = table.header.flatMap((name, i) => (name === '' ? [i] : []));
  if (positions.length === 0) return { present: false, issues: [] };
  for (const { line, cells } of table.rows) {
    const at = positions.find((i) => (cells[i] ?? '').trim() !== '');
    if (at === undefined) continue;
    const others = positions.length > 1 ? ` (${positions.length} columns have no name: ${positions.map((i) => i + 1).join(', ')})` : '';
    return {
      present: true,
      issues: [{ file: table.file, line: 1, message: `column ${at + 1} has no name in the header but holds values, e.g. ${quote(cells[at]!.trim())} on line ${line}${others}; name the column and map it in data/manifest.json, or delete it` }],
    };
  }
  return { present: true, issues: [] };
}
