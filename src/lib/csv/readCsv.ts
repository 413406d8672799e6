import type { DataIssue } from '../issues.ts';
import { csvRows } from './csvRows.ts';

interface CsvRow {
  /** 1-based line in the file where the row starts (header = 1). */
  line: number;
  cells: string[];
}

/** A parsed CSV file: its header and the data rows of the header's width. */
export interface CsvSource {
  file: string;
  header: string[];
  /** The rows in file order; each pass may parse them again from the text (see readCsvLazily). */
  rows: Iterable<CsvRow>;
}

export interface CsvTable extends CsvSource {
  rows: CsvRow[];
}

const EMPTY = 'the file is empty; export the data again with its header row and data rows';

/**
 * Parses CSV text (BOM, any line ends, quoted fields handled) into a header and rows that remember their
 * file line. Reports an empty file, a header-only file, a file separated by semicolons or tabs, rows that
 * cannot be read, and rows whose cell count differs from the header (those rows are left out).
 */
export function readCsv(text: string, file: string, report?: (issue: DataIssue) => void): { table?: CsvTable; issues: DataIssue[] } {
  return read(text, file, report, false) as { table?: CsvTable; issues: DataIssue[] };
}

/**
 * readCsv() that keeps no rows: the problems are found in one pass (and handed to `report`), and
 * `table.rows` parses the text again on each pass, so a file of a million rows is never held as rows.
 */
export function readCsvLazily(text: string, file: string, report: (issue: DataIssue) => void): { table?: CsvSource; issues: DataIssue[] } {
  return read(text, file, report, true);
}

function read(text: string, file: string, report: ((issue: DataIssue) => void) | undefined, lazy: boolean): { table?: CsvSource; issues: DataIssue[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const issues: DataIssue[] = [];
  const firstLine = /^[^\r\n]*/.exec(body)![0];
  if (!firstLine.includes(',') && /[;\t]/.test(firstLine)) {
    const separator = firstLine.includes(';') ? 'semicolons' : 'tabs';
    return { issues: [{ file, line: 1, message: `the file is separated by ${separator}, not commas; export it again as comma-separated CSV` }] };
  }
  let rowProblems = 0;
  const reportRow = (issue: DataIssue) => {
    rowProblems++;
    if (report) report(issue);
    else issues.push(issue);
  };
  let header: string[] | undefined;
  let repeated = false;
  const rows: CsvRow[] = [];
  let count = 0;
  for (const row of csvRows(body)) {
    if (row.cells.length === 1 && row.cells[0]!.trim() === '' && !row.problem) continue;
    if (row.problem) {
      reportRow({ file, line: row.line, message: `cannot read the row: ${row.problem}` });
      continue;
    }
    if (!header) {
      header = row.cells.map((cell) => cell.trim());
      const seen = new Map<string, number>();
      header.forEach((name, i) => {
        const first = seen.get(name);
        if (first === undefined) seen.set(name, i);
        else if (name !== '') {
          repeated = true;
          issues.push({ file, line: row.line, message: `the column ${JSON.stringify(name)} appears twice (columns ${first + 1} and ${i + 1}); keep one of them or give each its own name` });
        }
      });
      continue;
    }
    if (row.cells.length !== header.length) {
      reportRow({
        file,
        line: row.line,
        message: `the row has ${row.cells.length} cells but the header has ${header.length}; make every row as long as the header`,
      });
      continue;
    }
    count++;
    if (!lazy) rows.push(row);
  }
  if (!header) return { issues: rowProblems ? issues : [{ file, message: EMPTY }] };
  // With a column given twice every row would repeat a value: the header is the one problem to report.
  if (repeated) return { issues };
  if (count === 0 && rowProblems === 0) {
    issues.push({ file, line: 1, message: 'the file has a header but no data rows; export the data rows too' });
  }
  const width = header.length;
  return { table: { file, header, rows: lazy ? { [Symbol.iterator]: () => goodRows(body, width) } : rows }, issues };
}

/** The rows of `width` cells after the header, parsed again from `body` (problems were reported on the first pass). */
function* goodRows(body: string, width: number): Generator<CsvRow> {
  let seenHeader = false;
  for (const row of csvRows(body)) {
    if (row.problem || (row.cells.length === 1 && row.cells[0]!.trim() === '')) continue;
    if (!seenHeader) seenHeader = true;
    else if (row.cells.length === width) yield row;
  }
}
