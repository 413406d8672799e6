import { describe, expect, it } from 'vitest';
import { csvRows } from '../../../src/lib/csv/csvRows.ts';
import { readCsv, readCsvLazily } from '../../../src/lib/csv/readCsv.ts';
import { formatIssue } from '../../../src/lib/issues.ts';

const FILE = 'data/test.csv';
const read = (text: string) => readCsv(text, FILE);
const problems = (text: string) => read(text).issues.map(formatIssue);

describe('readCsv()', () => {
  it('reads the header and rows, numbering rows from line 2 (header = line 1)', () => {
    expect(read('country,value\nKOR,0.935\nDNK,0.811\n')).toEqual({
      table: {
        file: FILE,
        header: ['country', 'value'],
        rows: [
          { line: 2, cells: ['KOR', '0.935'] },
          { line: 3, cells: ['DNK', '0.811'] },
        ],
      },
      issues: [],
    });
  });

  it('strips a UTF-8 byte order mark from the first header cell', () => {
    const { table } = read('\uFEFF"cc_iso3c","value"\n"KOR",0.935\n');
    expect(table?.header).toEqual(['cc_iso3c', 'value']);
    expect(table?.rows).toEqual([{ line: 2, cells: ['KOR', '0.935'] }]);
  });

  it('keeps a byte order mark out of the line count', () => {
    expect(problems('\uFEFFa,b\n1,2\n3\n')).toEqual([`${FILE}:3: the row has 1 cells but the header has 2; make every row as long as the header`]);
  });

  it('reads CRLF line ends without leaving \\r in the last cell', () => {
    const { table, issues } = read('Country,Composite score\r\nKorea,0.742\r\nDenmark,0.652\r\n');
    expect(issues).toEqual([]);
    expect(table?.header).toEqual(['Country', 'Composite score']);
    expect(table?.rows).toEqual([
      { line: 2, cells: ['Korea', '0.742'] },
      { line: 3, cells: ['Denmark', '0.652'] },
    ]);
  });

  it('keeps commas inside quoted fields and unescapes doubled quotes', () => {
    const { table } = read('name,note\n"Korea, Republic of","the ""Korea"" short form"\n');
    expect(table?.rows).toEqual([{ line: 2, cells: ['Korea, Republic of', 'the "Korea" short form'] }]);
  });

  it('trims spaces around header names but not around data cells', () => {
    const { table } = read(' country , value \n KOR , 0.5 \n');
    expect(table?.header).toEqual(['country', 'value']);
    expect(table?.rows[0]?.cells).toEqual([' KOR ', ' 0.5 ']);
  });

  it.each([
    { name: 'LF', eol: '\n' },
    { name: 'CRLF', eol: '\r\n' },
  ])('keeps later rows on their file lines after a quoted field spanning two lines ($name)', ({ eol }) => {
    const text = ['a,b', '"first', 'second",1', 'x,2', 'y,3', ''].join(eol);
    const { table, issues } = read(text);
    expect(issues).toEqual([]);
    expect(table?.rows).toEqual([
      { line: 2, cells: [`first${eol}second`, '1'] },
      { line: 4, cells: ['x', '2'] },
      { line: 5, cells: ['y', '3'] },
    ]);
  });

  it('reports a ragged row after a multi-line field at its own file line', () => {
    expect(problems('a,b\n"one\ntwo\nthree",1\nx,2\ny\n')).toEqual([
      `${FILE}:6: the row has 1 cells but the header has 2; make every row as long as the header`,
    ]);
  });

  it.each([
    { name: 'one blank line', tail: '\n\n' },
    { name: 'several blank lines', tail: '\n\n\n\n' },
    { name: 'lines of spaces', tail: '\n   \n\t\n' },
    { name: 'no final newline', tail: '' },
  ])('ignores trailing $name', ({ tail }) => {
    const { table, issues } = read(`a,b\n1,2${tail}`);
    expect(issues).toEqual([]);
    expect(table?.rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
  });

  it('ignores trailing blank lines in a CRLF file', () => {
    const { table, issues } = read('a,b\r\n1,2\r\n\r\n\r\n');
    expect(issues).toEqual([]);
    expect(table?.rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
  });

  it.each([
    { name: 'an empty file', text: '' },
    { name: 'a file of blank lines', text: '\n\n\r\n' },
    { name: 'a file holding only a byte order mark', text: '\uFEFF' },
  ])('rejects $name without a line number', ({ text }) => {
    const result = read(text);
    expect(result.table).toBeUndefined();
    expect(result.issues.map(formatIssue)).toEqual([
      `${FILE}: the file is empty; export the data again with its header row and data rows`,
    ]);
  });

  it('explains an empty file', () => {
    expect(problems('')).toMatchInlineSnapshot(`
      [
        "data/test.csv: the file is empty; export the data again with its header row and data rows",
      ]
    `);
  });

  it.each([
    { name: 'with a final newline', text: 'cc_iso3c,variable,value\n' },
    { name: 'without a final newline', text: 'cc_iso3c,variable,value' },
    { name: 'followed by blank lines', text: 'cc_iso3c,variable,value\r\n\r\n' },
  ])('reports a header-only file on line 1 ($name)', ({ text }) => {
    const result = read(text);
    expect(result.table).toEqual({ file: FILE, header: ['cc_iso3c', 'variable', 'value'], rows: [] });
    expect(result.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "data/test.csv:1: the file has a header but no data rows; export the data rows too",
      ]
    `);
  });

  it('reports a row with too many cells and leaves it out', () => {
    const result = read('a,b\n1,2\n3,4,5\n6,7\n');
    expect(result.table?.rows.map((row) => row.line)).toEqual([2, 4]);
    expect(result.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "data/test.csv:3: the row has 3 cells but the header has 2; make every row as long as the header",
      ]
    `);
  });

  it('reports a row with too few cells and leaves it out', () => {
    const result = read('a,b,c\n1,2,3\n4,5\n6,7,8\n');
    expect(result.table?.rows.map((row) => row.line)).toEqual([2, 4]);
    expect(result.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "data/test.csv:3: the row has 2 cells but the header has 3; make every row as long as the header",
      ]
    `);
  });

  it('reports every ragged row, not just the first', () => {
    expect(read('a,b\n1\n2,3\n4,5,6\n').issues.map((issue) => issue.line)).toEqual([2, 4]);
  });

  it('does not mistake a comma inside quotes for a ragged row', () => {
    expect(problems('a,b\n"1,5",2\n')).toEqual([]);
  });

  it('reports an unterminated quote at the row where it opens', () => {
    const lines = read('a,b\n1,2\n"open,3\n4,5\n').issues.map((issue) => issue.line);
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines)).toEqual(new Set([3]));
  });
  // papaparse takes one kind of line end per file; csvRows.ts and lineEnds.ts add the rest around it.
  it('ends a line at CRLF, LF and lone CR mixed in one file, numbering lines the same', () => {
    const { table, issues } = read('a,b\r\n1,2\n3,4\r5,6\r\n7,8');
    expect(issues).toEqual([]);
    expect(table?.rows).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
      { line: 4, cells: ['5', '6'] },
      { line: 5, cells: ['7', '8'] },
    ]);
  });

  it('keeps each line end inside a quoted cell as written in a file that mixes line ends', () => {
    const { table, issues } = read('a,b\r\n"x\r\ny\rz\nw",1\n2,"p\rq"\r3,4\r\n');
    expect(issues).toEqual([]);
    expect(table?.rows).toEqual([
      { line: 2, cells: ['x\r\ny\rz\nw', '1'] },
      { line: 6, cells: ['2', 'p\rq'] },
      { line: 8, cells: ['3', '4'] },
    ]);
  });

  it('numbers lines after a multi-line cell in a file of lone CRs', () => {
    const { table, issues } = read('a,b\r"1\r2",x\r3,4\r');
    expect(issues).toEqual([]);
    expect(table?.rows).toEqual([
      { line: 2, cells: ['1\r2', 'x'] },
      { line: 4, cells: ['3', '4'] },
    ]);
  });

  it('reports a ragged row after multi-line cells with mixed line ends at its own line', () => {
    expect(problems('a,b\n"one\r\ntwo",1\r"three\rfour\nfive",2\r\nx\n')).toEqual([
      `${FILE}:7: the row has 1 cells but the header has 2; make every row as long as the header`,
    ]);
  });

  it('keeps a quoting slip to its row: the next rows are read, each slip reported at its line', () => {
    const result = read('a,b\n"1","2"x\n"3","4"\n"5"y,"6"\n"7","8"\n');
    expect(result.table?.rows).toEqual([
      { line: 3, cells: ['3', '4'] },
      { line: 5, cells: ['7', '8'] },
    ]);
    expect(result.issues.map(formatIssue)).toEqual([
      `${FILE}:2: cannot read the row: text "x" follows the closing quote of cell 2; put the whole cell in quotes and double any quote inside it ("")`,
      `${FILE}:4: cannot read the row: text "y" follows the closing quote of cell 1; put the whole cell in quotes and double any quote inside it ("")`,
    ]);
  });

  it('says where a quoted cell that runs on to the next line opened and where it ends', () => {
    expect(problems('a,b\n1,"2\n"3",4\n5,6\n')).toEqual([
      `${FILE}:2: cannot read the row: the quoted cell 2 opened on line 2 runs on to line 3, so a quote is missing or extra; check its quotes`,
    ]);
  });

  it('gives readCsvLazily the same rows on every pass as readCsv', () => {
    const text = 'a,b\r\n"x\ry",1\n2,3\r4\n5,6';
    const lazy = readCsvLazily(text, FILE, () => {});
    expect([...lazy.table!.rows]).toEqual(read(text).table?.rows);
    expect([...lazy.table!.rows]).toEqual(read(text).table?.rows);
  });

  it.each([1, 2, 5, 16])('reads the same rows and problems when papaparse is given %i characters at a time', (window) => {
    const text = 'a,b\r\n"x\r\ny",1\n"2"z,3\r"long, long cell",4\n"5""",6\n"never closed,7\n';
    expect([...csvRows(text, window)]).toEqual([...csvRows(text)]);
  });
});
