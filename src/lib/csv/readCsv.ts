import type { DataIssue } from '../issues.ts';

export interface CsvRow {
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

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

interface Parsed {
  line: number;
  cells: string[];
  /** Set when the row could not be read; the row is left out. */
  problem?: string;
}

/**
 * Splits CSV text (RFC 4180: comma-separated, `"` quoting with doubled quotes inside) into rows, each
 * with the file line it starts on. CRLF, LF and lone CR all end a line, mixed in one file too; a line
 * end inside quotes stays part of the cell. Yields one row at a time, so no copy of the whole table is kept.
 */
export function* csvRows(text: string): Generator<Parsed> {
  const n = text.length;
  // Exports repeat the same short cells (codes, years, variable names) on every row: share one string each.
  const common = new Map<string, string>();
  const share = (cell: string) => {
    if (cell.length > 24) return cell;
    const known = common.get(cell);
    if (known !== undefined) return known;
    if (common.size < 100_000) common.set(cell, cell);
    return cell;
  };
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    let problem: string | undefined;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        const opened = line;
        let value = '';
        let from = ++i;
        for (;;) {
          if (i >= n) {
            problem = `a quoted cell opened on line ${opened} is never closed; check its quotes`;
            break;
          }
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            if (text.charCodeAt(i + 1) === QUOTE) {
              value += text.slice(from, i + 1);
              i += 2;
              from = i;
              continue;
            }
            value += text.slice(from, i);
            i++;
            break;
          }
          if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
          i++;
        }
        cells.push(share(value));
        if (problem) {
          i = n;
          break;
        }
        const after = text.charCodeAt(i);
        if (i < n && after !== COMMA && after !== LF && after !== CR) {
          let end = i;
          while (end < n && text.charCodeAt(end) !== COMMA && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++;
          problem ??=
            line > opened
              ? `the quoted cell ${cells.length} opened on line ${opened} runs on to line ${line}, so a quote is missing or extra; check its quotes`
              : `text ${JSON.stringify(text.slice(i, Math.min(end, i + 20)))} follows the closing quote of cell ${cells.length}; put the whole cell in quotes and double any quote inside it ("")`;
          i = end;
        }
      } else {
        let end = i;
        while (end < n) {
          const c = text.charCodeAt(end);
          if (c === COMMA || c === LF || c === CR) break;
          end++;
        }
        cells.push(share(text.slice(i, end)));
        i = end;
      }
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        if (i >= n) {
          cells.push('');
          break;
        }
        continue;
      }
      // A line end: CRLF, LF or a lone CR.
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    yield problem ? { line: start, cells, problem } : { line: start, cells };
  }
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
