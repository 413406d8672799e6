import Papa from 'papaparse';
import type { DataIssue } from '../issues.ts';

export interface CsvRow {
  /** 1-based line in the file where the row starts (header = 1). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

/** Offsets of every line start, for mapping a character offset to a 1-based line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Parses CSV text (BOM, CRLF and quoted fields handled) into a header and rows that remember their
 * file line. Reports an empty file, a header-only file, and rows whose cell count differs from the header.
 */
export function readCsv(text: string, file: string): { table?: CsvTable; issues: DataIssue[] } {
  const body = text.replace(/^\uFEFF/, '');
  const offsetShift = text.length - body.length;
  if (body.trim() === '') {
    return { issues: [{ file, message: 'the file is empty; export the data again with its header row and data rows' }] };
  }
  const starts = lineStarts(text);
  const records: { offset: number; cells: string[] }[] = [];
  const issues: DataIssue[] = [];
  let cursor = 0;
  Papa.parse<string[]>(body, {
    skipEmptyLines: false,
    step: (result) => {
      const offset = cursor;
      cursor = result.meta.cursor;
      for (const error of result.errors) {
        if (error.code === 'UndetectableDelimiter') continue;
        issues.push({ file, line: lineAt(starts, offset + offsetShift), message: `cannot read the row: ${error.message}; check its quotes` });
      }
      const cells = result.data;
      if (cells.length === 1 && cells[0]!.trim() === '') return;
      records.push({ offset: skipNewline(body, offset), cells });
    },
  });
  const [head, ...rest] = records;
  if (!head) return { issues: [{ file, message: 'the file is empty; export the data again with its header row and data rows' }] };
  const header = head.cells.map((cell) => cell.trim());
  if (rest.length === 0) {
    issues.push({ file, line: 1, message: 'the file has a header but no data rows; export the data rows too' });
  }
  const rows: CsvRow[] = [];
  for (const record of rest) {
    const line = lineAt(starts, record.offset + offsetShift);
    if (record.cells.length !== header.length) {
      issues.push({
        file,
        line,
        message: `the row has ${record.cells.length} cells but the header has ${header.length}; make every row as long as the header`,
      });
      continue;
    }
    rows.push({ line, cells: record.cells });
  }
  return { table: { file, header, rows }, issues };
}

function skipNewline(text: string, offset: number): number {
  let i = offset;
  while (text[i] === '\r' || text[i] === '\n') i++;
  return i;
}
