/**
 * Broken data folders: each case breaks one thing in a copy of data/ and gives the exact messages. Cells
 * are found by what they hold (a country and a variable), never by line index, and every line a message
 * names is worked out from the file, so the cases hold when an edition is corrected or a row added.
 */
import { readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync, mkdirSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { lineOf, setCell } from '../../helpers/csvRows.ts';
import type { Fixture } from './fixture.ts';

/** Lines, positions and text a case's arrange step found, for its messages. */
export interface Found {
  /** The line of the broken cell. */
  line?: number;
  /** The first line after the file's own rows. */
  next?: number;
  /** The line or column where something is first given. */
  first?: number;
  again?: number;
  /** A position in the manifest's editions. */
  at?: number;
  /** A row's text. */
  row?: string;
}

export interface DataCase {
  name: string;
  /** Breaks the copy; returns the lines (and other positions) its messages name. */
  arrange: (f: Fixture) => Found | void;
  /** Every problem printed, as `file:line: message`; the data folder is the fixture's `data/`. */
  messages: string[] | ((at: Found) => string[]);
}

export const text = (f: Fixture, file: string) => readFileSync(join(f.data, file), 'utf8');
export const write = (f: Fixture, file: string, body: string | Uint8Array) => writeFileSync(join(f.data, file), body);
const lines = (f: Fixture, file: string) => text(f, file).replace(/^\uFEFF/, '').split('\n');
/** The lines of a file that hold something: the header and the data rows. */
const filled = (f: Fixture, file: string) => lines(f, file).filter((l) => l !== '');
export const manifest = (f: Fixture, edit: (m: any) => void) => {
  const m = JSON.parse(text(f, 'manifest.json'));
  edit(m);
  write(f, 'manifest.json', JSON.stringify(m, null, 2));
};
/** The position of the edition held in `file` among the manifest's editions. */
export const editionOf = (f: Fixture, file: string): number => JSON.parse(text(f, 'manifest.json')).editions.findIndex((e: { file: string }) => e.file === file);
/** The United Kingdom's data-driven score in dgi-2023.csv, printed 0.598 as Poland's. */
export const GBR_DATA_DRIVEN = { cc_iso3c: 'GBR', variable: 'data_driven' };
/** dgi-2023.csv with the United Kingdom's data-driven cell set to `value` (lines ending in `eol`); returns its line. */
export const dgi2023With = (f: Fixture, value: string, eol = '\n'): number => {
  const edited = setCell(text(f, 'dgi-2023.csv'), GBR_DATA_DRIVEN, 'value', value);
  write(f, 'dgi-2023.csv', edited.text.replace(/\r?\n/g, eol));
  return edited.line;
};
const SAVE = 'save it as UTF-8 (in Excel: "CSV UTF-8"; in LibreOffice: character set "Unicode (UTF-8)") and run the command again';
const PLAIN = 'write a decimal number with a point, e.g. 0.75, or leave the cell empty where there is no data';
/** `n` copies of dgi-2023's Korean digital-by-design row after the file's rows: every copy a duplicate. */
const duplicated = (f: Fixture, n: number): Found => {
  const body = text(f, 'dgi-2023.csv');
  const first = lineOf(body, { cc_iso3c: 'KOR', variable: 'digital_design' });
  const all = filled(f, 'dgi-2023.csv');
  write(f, 'dgi-2023.csv', [...all, ...Array.from({ length: n }, () => all[first - 1]!)].join('\n') + '\n');
  return { first, next: all.length + 1 };
};
const dup = (at: Found, i: number) => `data/dgi-2023.csv:${at.next! + i}: duplicate value for KOR and "digital_design" in dgi 2023 (first given on line ${at.first}); keep one of the two rows`;

export const dataCases: DataCase[] = [
  {
    name: 'a Windows-1252 file (Türkiye written with byte 0xFC)',
    arrange: (f) => {
      const body = text(f, 'dgi-2019.csv');
      const line = lineOf(body, { Country: 'Korea' });
      const row = body.split('\n')[line - 1]!.replace(/\r$/, '').replace('Korea,', 'Türkiye,');
      const bytes = Buffer.from(body.replace('Korea,', 'T\u0000rkiye,'), 'latin1');
      bytes[bytes.indexOf(0)] = 0xfc;
      write(f, 'dgi-2019.csv', bytes);
      return { line, row };
    },
    messages: (at) => [`data/dgi-2019.csv:${at.line}: the file is not UTF-8: byte 0xFC on this line is not valid UTF-8 (read as Windows-1252 the line is ${JSON.stringify(at.row)}); ${SAVE}`],
  },
  {
    name: 'a UTF-16 LE file with a byte order mark',
    arrange: (f) => write(f, 'dgi-2019.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(f, 'dgi-2019.csv'), 'utf16le')])),
    messages: [`data/dgi-2019.csv: the file is saved as UTF-16 LE (Unicode); ${SAVE}`],
  },
  {
    name: 'a UTF-16 BE file with a byte order mark',
    arrange: (f) => write(f, 'dgi-2019.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text(f, 'dgi-2019.csv'), 'utf16le').swap16()])),
    messages: [`data/dgi-2019.csv: the file is saved as UTF-16 BE (Unicode); ${SAVE}`],
  },
  {
    name: 'a UTF-16 LE file without a byte order mark',
    arrange: (f) => write(f, 'dgi-2019.csv', Buffer.from(text(f, 'dgi-2019.csv'), 'utf16le')),
    messages: [`data/dgi-2019.csv: the file is saved as UTF-16 LE (Unicode) without a byte order mark; ${SAVE}`],
  },
  {
    name: 'a manifest saved as UTF-16',
    arrange: (f) => write(f, 'manifest.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(f, 'manifest.json'), 'utf16le')])),
    messages: [`data/manifest.json: the file is saved as UTF-16 LE (Unicode); ${SAVE}`],
  },
  {
    name: 'a binary file in place of an edition',
    arrange: (f) => write(f, 'dgi-2019.csv', Buffer.from('Country,Composite score\nKorea,0.742\n\u0000\u0001\u0002', 'latin1')),
    messages: [`data/dgi-2019.csv:3: the file holds a NUL byte, so it is not a text file; export the data again as CSV and ${SAVE}`],
  },
  {
    name: 'CR-only line ends: a bad value is reported on its own line',
    arrange: (f) => ({ line: dgi2023With(f, '1.7', '\r') }),
    messages: (at) => [`data/dgi-2023.csv:${at.line}: value "1.7" is above the index maximum 1; dgi scores run from 0 to 1`],
  },
  {
    name: 'mixed line ends with a bad value in the LF part',
    arrange: (f) => {
      const { text: body, line } = setCell(text(f, 'dgi-2023.csv'), { cc_iso3c: 'CRI', variable: 'proactiveness' }, 'value', 'abc');
      const all = body.split('\n').filter((l) => l !== '');
      const crlf = Math.floor(line / 2);
      write(f, 'dgi-2023.csv', all.slice(0, crlf).join('\r\n') + '\r\n' + all.slice(crlf).join('\n') + '\n');
      return { line };
    },
    messages: (at) => [`data/dgi-2023.csv:${at.line}: value "abc" is not a number; ${PLAIN}`],
  },
  ...(
    [
      ['0,598', 'write the decimal with a point: 0.598'],
      ['59.8%', 'write the score on the index scale without a % sign, e.g. 0.75'],
      ['0x1', PLAIN],
      ['1e999', PLAIN],
      ['++0.5', PLAIN],
      ['0.5.1', PLAIN],
      ['1 000', 'write it without thousands separators'],
      ['NaN', 'leave the cell empty where there is no data'],
      ['−0.5', PLAIN],
    ] as const
  ).map(([value, fix]) => ({
    name: `the value form "${value}" is rejected with the fix`,
    arrange: (f: Fixture) => ({ line: dgi2023With(f, `"${value}"`) }),
    messages: (at: Found) => [`data/dgi-2023.csv:${at.line}: value ${JSON.stringify(value)} is not a number; ${fix}`],
  })),
  {
    name: 'a link to a file outside the data folder is refused and its content never shown',
    arrange: (f) => {
      rmSync(join(f.data, 'dgi-2019.csv'));
      symlinkSync('/etc/passwd', join(f.data, 'dgi-2019.csv'));
    },
    messages: ['data/dgi-2019.csv: is a link to a file outside the data folder, which the build does not follow; copy the file into the data folder instead'],
  },
  {
    name: 'a link that leaves the folder through ..',
    arrange: (f) => {
      writeFileSync(join(f.dir, 'outside.csv'), 'root:x:0:0:root:/root:/bin/bash\n');
      rmSync(join(f.data, 'dgi-2019.csv'));
      symlinkSync('../outside.csv', join(f.data, 'dgi-2019.csv'));
    },
    messages: ['data/dgi-2019.csv: is a link to a file outside the data folder, which the build does not follow; copy the file into the data folder instead'],
  },
  {
    name: 'a broken link',
    arrange: (f) => {
      rmSync(join(f.data, 'dgi-2019.csv'));
      symlinkSync('gone.csv', join(f.data, 'dgi-2019.csv'));
    },
    messages: ['data/dgi-2019.csv: is a link to a file that does not exist; replace it with the file itself'],
  },
  {
    name: 'a folder named like an edition file',
    arrange: (f) => {
      rmSync(join(f.data, 'dgi-2019.csv'));
      mkdirSync(join(f.data, 'dgi-2019.csv'));
    },
    messages: ['data/dgi-2019.csv: is a folder, not a file; the data folder holds manifest.json and edition files only'],
  },
  {
    name: 'a file far too large to be a result table is refused before reading',
    arrange: (f) => {
      const path = join(f.data, 'dgi-2019.csv');
      closeSync(openSync(path, 'w'));
      truncateSync(path, 300 * 1024 * 1024);
    },
    messages: ['data/dgi-2019.csv: is 300 MB, above the 256 MB limit for one edition file; check that it is the right export'],
  },
  {
    name: 'two variables mapped to one indicator: one message naming the manifest entry',
    arrange: (f) => {
      const at = editionOf(f, 'dgi-2023.csv');
      manifest(f, (m) => {
        m.editions[at].layout.variables.data_driven = 'digital-by-design';
      });
      return { at };
    },
    messages: (at) => [`data/manifest.json: editions[${at.at}].layout.variables: "digital_design" and "data_driven" are all mapped to the indicator "digital-by-design" of dgi 2023; map each indicator from one variable only`],
  },
  {
    name: 'a long file holding two reference years: one message naming the manifest entry',
    arrange: (f) => {
      const all = filled(f, 'dgi-2023.csv');
      write(f, 'dgi-2023.csv', [...all, ...all.slice(1).map((l) => l.replace(',2023,', ',2025,'))].join('\n') + '\n');
      return { next: all.length + 1, at: editionOf(f, 'dgi-2023.csv') };
    },
    messages: (at) => [`data/dgi-2023.csv:1: column "ref_year" holds 2 reference years ("2023" from line 2, "2025" from line ${at.next}), but data/manifest.json editions[${at.at}] (dgi 2023) describes one edition; split the file into one file per edition, each with its own entry in the manifest`],
  },
  {
    name: 'an edition labelled "latest"',
    arrange: (f) => {
      const at = editionOf(f, 'dgi-2019.csv');
      manifest(f, (m) => {
        m.editions[at].edition = 'latest';
      });
      return { at };
    },
    messages: (at) => [`data/manifest.json: editions[${at.at}].edition: "latest" is a keyword (edition="latest" means the newest edition); label the edition by its year, e.g. "2025"`],
  },
  {
    name: '100 000 duplicate rows: the first ten, then a count',
    arrange: (f) => duplicated(f, 100_000),
    messages: (at) => [...Array.from({ length: 10 }, (_, i) => dup(at, i)), `data/dgi-2023.csv: and 99990 more like this (lines ${at.next! + 10} to ${at.next! + 99_999})`],
  },
  {
    name: '150 000 rows do not overflow the call stack',
    arrange: (f) => duplicated(f, 150_000),
    messages: (at) => [...Array.from({ length: 10 }, (_, i) => dup(at, i)), `data/dgi-2023.csv: and 149990 more like this (lines ${at.next! + 10} to ${at.next! + 149_999})`],
  },
  {
    name: 'a wide file with a column given twice',
    arrange: (f) => {
      const rows = filled(f, 'dgi-2019.csv').map((l) => l.replace(/\r$/, ''));
      const header = rows[0]!.split(',');
      write(f, 'dgi-2019.csv', rows.map((l, i) => `${l},${i === 0 ? 'Composite score' : l.split(',')[header.indexOf('Composite score')]}`).join('\n') + '\n');
      return { first: header.indexOf('Composite score') + 1, again: header.length + 1 };
    },
    messages: (at) => [`data/dgi-2019.csv:1: the column "Composite score" appears twice (columns ${at.first} and ${at.again}); keep one of them or give each its own name`],
  },
  {
    name: 'a runaway header is listed in one bounded line',
    arrange: (f) => write(f, 'dgi-2023.csv', `${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',')}\n${'1,'.repeat(4999)}1\n`),
    messages: [
      `data/dgi-2023.csv:1: missing required column "cc_iso3c"; the header has ${Array.from({ length: 20 }, (_, i) => `"c${i}"`).join(', ')} and 4980 more. Rename the column or set the column name in data/manifest.json`,
      `data/dgi-2023.csv:1: missing required column "variable"; the header has ${Array.from({ length: 20 }, (_, i) => `"c${i}"`).join(', ')} and 4980 more. Rename the column or set the column name in data/manifest.json`,
      `data/dgi-2023.csv:1: missing required column "value"; the header has ${Array.from({ length: 20 }, (_, i) => `"c${i}"`).join(', ')} and 4980 more. Rename the column or set the column name in data/manifest.json`,
    ],
  },
  {
    name: 'a semicolon-separated export',
    arrange: (f) => write(f, 'dgi-2023.csv', text(f, 'dgi-2023.csv').replace(/,/g, ';')),
    messages: ['data/dgi-2023.csv:1: the file is separated by semicolons, not commas; export it again as comma-separated CSV'],
  },
  {
    name: 'a quote opened and not closed on its line',
    arrange: (f) => ({ line: dgi2023With(f, '"0.598') }),
    messages: (at) => [`data/dgi-2023.csv:${at.line}: cannot read the row: the quoted cell 4 opened on line ${at.line} runs on to line ${at.line! + 1}, so a quote is missing or extra; check its quotes`],
  },
  {
    name: 'a quoted cell that is never closed',
    arrange: (f) => {
      const all = filled(f, 'dgi-2023.csv');
      write(f, 'dgi-2023.csv', [...all, '"KOR,2023,digital_design,0.5'].join('\n') + '\n');
      return { line: all.length + 1 };
    },
    messages: (at) => [`data/dgi-2023.csv:${at.line}: cannot read the row: a quoted cell opened on line ${at.line} is never closed; check its quotes`],
  },
  {
    name: 'text after a closing quote',
    arrange: (f) => ({ line: dgi2023With(f, '"0.5"98') }),
    messages: (at) => [`data/dgi-2023.csv:${at.line}: cannot read the row: text "98" follows the closing quote of cell 4; put the whole cell in quotes and double any quote inside it ("")`],
  },
  {
    name: 'the manifest is missing',
    arrange: (f) => rmSync(join(f.data, 'manifest.json')),
    messages: ['data/manifest.json: the manifest is missing; create it to describe each data file'],
  },
  {
    name: 'the manifest is not JSON',
    arrange: (f) => write(f, 'manifest.json', '{ "indices": [ '),
    messages: ['data/manifest.json: is not valid JSON (Unexpected end of JSON input); fix the syntax'],
  },
  {
    name: 'the data folder does not exist',
    arrange: (f) => rmSync(f.data, { recursive: true }),
    messages: ['data: the data folder does not exist; set DATA_DIR to a folder holding manifest.json and the edition files, or unset it to use data/'],
  },
  {
    name: 'the data folder is a file',
    arrange: (f) => {
      rmSync(f.data, { recursive: true });
      writeFileSync(f.data, 'not a folder');
    },
    messages: ['data: the data folder is a file, not a folder; set DATA_DIR to the folder holding manifest.json and the edition files'],
  },
];
