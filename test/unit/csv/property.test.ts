/**
 * Property tests (fast-check) of the CSV reader, the byte decoder and the manifest parser: random valid
 * files read back exactly; random corruptions never crash and always give a located message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRows } from '../../../src/lib/csv/csvRows.ts';
import { decodeText } from '../../../src/lib/csv/decode.ts';
import { readCsv } from '../../../src/lib/csv/readCsv.ts';
import { parseManifest } from '../../../src/lib/manifest/parseManifest.ts';
import { readRealData } from '../../helpers/realData.ts';

const RUNS = { numRuns: 150, seed: 14 };
const FILE = 'data/x.csv';

const cellChars = fc.constantFrom('a', 'B', '0', '9', '.', '-', ' ', ',', '"', '\n', '\r', 'é', '€', '\t');
const cell = fc.array(cellChars, { maxLength: 8 }).map((chars) => chars.join(''));
const plain = fc.array(fc.constantFrom('a', 'K', '0', '7', '.', '_'), { minLength: 1, maxLength: 6 }).map((c) => c.join(''));
const eol = fc.constantFrom('\n', '\r\n', '\r');

/** A cell as a spreadsheet writes it: quoted when it holds a separator, quote or line end. */
const encode = (value: string) => (/[",\r\n]/.test(value) || value.trim() !== value || value === '' ? `"${value.replace(/"/g, '""')}"` : value);

const table = fc
  .integer({ min: 2, max: 5 })
  .chain((width) =>
    fc.record({
      header: fc.uniqueArray(plain, { minLength: width, maxLength: width }),
      rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 }),
      ends: fc.array(eol, { minLength: 13, maxLength: 13 }),
      bom: fc.boolean(),
      finalEol: fc.boolean(),
    }),
  );

/** The CSV text and the line each row starts on (line ends inside quoted cells count). */
function serialize(t: { header: string[]; rows: string[][]; ends: string[]; bom: boolean; finalEol: boolean }) {
  let text = t.bom ? '\uFEFF' : '';
  let line = 1;
  const starts: number[] = [];
  const lineEnds = (s: string) => s.replace(/\r\n/g, '\n').replace(/\r/g, '\n').split('\n').length - 1;
  const records = [t.header, ...t.rows];
  records.forEach((record, i) => {
    if (i > 0) starts.push(line);
    const body = record.map(encode).join(',');
    text += body;
    line += lineEnds(body);
    if (i < records.length - 1 || t.finalEol) {
      text += t.ends[i]!;
      line += 1;
    }
  });
  return { text, starts };
}

describe('readCsv() on random files', () => {
  it('reads every valid file back exactly, rows on their lines, with any mix of line ends', () => {
    fc.assert(
      fc.property(table, (t) => {
        const { text, starts } = serialize(t);
        const result = readCsv(text, FILE);
        expect(result.issues).toEqual([]);
        expect(result.table?.header).toEqual(t.header);
        expect(result.table?.rows).toEqual(t.rows.map((cells, i) => ({ line: starts[i], cells })));
      }),
      RUNS,
    );
  });

  it('reports a row with an extra cell at its exact line, whatever the line ends', () => {
    fc.assert(
      fc.property(table, fc.nat(), (t, pick) => {
        const r = pick % t.rows.length;
        const rows = t.rows.map((row, i) => (i === r ? [...row, 'extra'] : row));
        const { text, starts } = serialize({ ...t, rows });
        const lines = readCsv(text, FILE).issues.map((issue) => issue.line);
        expect(lines).toEqual([starts[r]]);
      }),
      RUNS,
    );
  });

  it('never crashes on random corruptions, and every message has a line inside the file', () => {
    const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('insert', 'delete', 'replace'), char: fc.constantFrom('"', ',', '\n', '\r', '\u0000', 'x', ' ', '\uFEFF') });
    fc.assert(
      fc.property(table, fc.array(edit, { minLength: 1, maxLength: 4 }), (t, edits) => {
        let { text } = serialize(t);
        for (const { at, kind, char } of edits) {
          const i = text.length ? at % text.length : 0;
          text = kind === 'insert' ? text.slice(0, i) + char + text.slice(i) : kind === 'delete' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + char + text.slice(i + 1);
        }
        const total = text.replace(/\r\n/g, '\n').replace(/\r/g, '\n').split('\n').length;
        const result = readCsv(text, FILE);
        for (const issue of result.issues) {
          expect(issue.file).toBe(FILE);
          if (issue.line === undefined) expect(issue.message).toMatch(/^the file is empty/);
          else {
            expect(issue.line).toBeGreaterThanOrEqual(1);
            expect(issue.line).toBeLessThanOrEqual(total);
          }
        }
        for (const row of result.table?.rows ?? []) expect(row.cells).toHaveLength(result.table!.header.length);
      }),
      RUNS,
    );
  });

  it('gives the same rows, lines and problems whatever the number of characters papaparse reads at a time', () => {
    const edit = fc.record({ at: fc.nat(), char: fc.constantFrom('"', ',', '\n', '\r', 'x', ' ') });
    fc.assert(
      fc.property(table, fc.array(edit, { maxLength: 3 }), fc.integer({ min: 1, max: 40 }), (t, edits, window) => {
        let { text } = serialize(t);
        for (const { at, char } of edits) {
          const i = text.length ? at % text.length : 0;
          text = text.slice(0, i) + char + text.slice(i);
        }
        expect([...csvRows(text, window)]).toEqual([...csvRows(text)]);
      }),
      RUNS,
    );
  });
});

describe('decodeText() on random bytes', () => {
  it('reads any UTF-8 text back exactly, with or without a byte order mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }).filter((s) => !s.includes('\u0000')), fc.boolean(), (s, bom) => {
        const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(s, 'utf8')]);
        expect(decodeText(bytes, FILE)).toEqual({ text: s });
      }),
      RUNS,
    );
  });

  it('never crashes on random bytes and says "save it as UTF-8" whenever it refuses them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const result = decodeText(bytes, FILE);
        if (result.issue) expect(result.issue.message).toContain('save it as UTF-8');
        else expect(typeof result.text).toBe('string');
      }),
      RUNS,
    );
  });
});

describe('parseManifest() on random manifests', () => {
  const real = JSON.parse(readRealData('manifest.json'));
  const canonical = parseManifest(JSON.stringify(real), 'data/manifest.json').manifest!;

  it('reads random valid variations back exactly', () => {
    const label = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(label, label, label, fc.integer({ min: 0, max: 6 }), fc.boolean(), fc.shuffledSubarray(canonical.editions, { minLength: 1 }), (en, fr, es, decimals, comparable, editions) => {
        const variant = structuredClone({ ...canonical, editions });
        variant.indices[0]!.label = { en, fr, es };
        variant.editions[0]!.decimals.composite = decimals;
        variant.editions[0]!.comparableWithPrevious = comparable;
        const parsed = parseManifest(JSON.stringify(variant), 'data/manifest.json');
        expect(parsed.issues).toEqual([]);
        expect(parsed.manifest).toEqual(variant);
      }),
      RUNS,
    );
  });

  it('never crashes on random corruptions and names the field or the syntax error', () => {
    const text = JSON.stringify(real, null, 2);
    const corruption = fc.oneof(
      fc.nat().map((n) => (s: string) => s.slice(0, n % s.length)),
      fc.tuple(fc.nat(), fc.constantFrom('"', ',', '{', ']', 'x', '-1', 'null')).map(([n, c]) => (s: string) => s.slice(0, n % s.length) + c + s.slice(n % s.length)),
      fc.tuple(fc.constantFrom('"decimals"', '"rankedSet"', '"file"', '"index"', '"layout"', '"published"', '"doi"'), fc.constantFrom('"x"', '-1', 'null', '[]', '{}', '"../../etc/passwd"')).map(
        ([key, value]) => (s: string) => s.replace(new RegExp(`${key}: ("[^"]*"|\\{[^{}]*\\}|[^,\\n]*)`), `${key}: ${value}`),
      ),
    );
    fc.assert(
      fc.property(corruption, (corrupt) => {
        const result = parseManifest(corrupt(text), 'data/manifest.json');
        for (const issue of result.issues) {
          expect(issue.file).toBe('data/manifest.json');
          expect(issue.message).toMatch(/^(is not valid JSON \(|\(root\): |indices(\[\d+\])?[.:[]|(unheldE|e)ditions(\[\d+\])?[.:[ ]|changes(\[\d+\])?[.:[ ]|nextEditions(\[\d+\])?[.:[ ])/);
        }
        if (!result.manifest) expect(result.issues.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});
