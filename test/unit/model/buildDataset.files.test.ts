/**
 * buildDataset() rejects a bad data file or folder with `file[:line]: message`, and reports every
 * problem of every file in one DataValidationError. Each test changes one thing in a copy of data/, found
 * by what its row holds; the expected messages name the line that row is on.
 */
import { describe, expect, it } from 'vitest';
import { DataValidationError } from '../../../src/lib/issues.ts';
import { useDataCopy } from '../../helpers/realData.ts';

const data = useDataCopy();
const DGI_2023 = 'dgi-2023.csv';
const GBR_DATA_DRIVEN = { cc_iso3c: 'GBR', variable: 'data_driven' };
const firstLine = (text: string) => text.slice(0, text.indexOf('\n') + 1);

describe('buildDataset() rejects a bad file', () => {
  it('reports a missing required column on line 1', () => {
    data().replaceInHeader(DGI_2023, '"variable"', '"indicator"');
    expect(data().rejection().lines).toMatchInlineSnapshot(`
      [
        "data/dgi-2023.csv:1: missing required column "variable"; the header has "cc_iso3c", "ref_year", "indicator", "value". Rename the column or set the column name in data/manifest.json",
      ]
    `);
  });

  it('reports a ragged row at its file line', () => {
    const line = data().setCell(DGI_2023, GBR_DATA_DRIVEN, 'value', (value) => `${value},0.6`);
    expect(data().rejection().lines).toEqual([
      `data/dgi-2023.csv:${line}: the row has 5 cells but the header has 4; make every row as long as the header`,
    ]);
  });

  it('reports a short row of the wide CRLF file at its file line', () => {
    const line = data().editRow('dgi-2019.csv', { Country: 'Denmark' }, (cells) => cells.slice(0, -1));
    expect(data().rejection().lines).toEqual([
      `data/dgi-2019.csv:${line}: the row has 7 cells but the header has 8; make every row as long as the header`,
    ]);
  });

  it('reports an empty file', () => {
    data().write(DGI_2023, '');
    expect(data().rejection().lines).toMatchInlineSnapshot(`
      [
        "data/dgi-2023.csv: the file is empty; export the data again with its header row and data rows",
      ]
    `);
  });

  it('reports a file with a header and no rows', () => {
    data().write(DGI_2023, firstLine(data().read(DGI_2023)));
    expect(data().rejection().lines).toMatchInlineSnapshot(`
      [
        "data/dgi-2023.csv:1: the file has a header but no data rows; export the data rows too",
      ]
    `);
  });

  it('reports a CSV file that the manifest does not describe', () => {
    data().write('dgi-2027.csv', firstLine(data().read(DGI_2023)) + '"KOR",2027,"composite_index",0.9\n');
    expect(data().rejection().lines).toMatchInlineSnapshot(`
      [
        "data/dgi-2027.csv: the file is not described in data/manifest.json; add an entry for it under "editions" or remove the file",
      ]
    `);
  });

  it.each(['README.md', 'README', '.DS_Store', '.gitkeep'])('ignores %s in the data folder', (name) => {
    data().write(name, 'not data\n');
    expect(data().build().countries).toHaveLength(48);
  });

  it('reports a manifest entry whose file is missing', () => {
    data().remove('ourdata-2023.csv');
    expect(data().rejection().lines).toMatchInlineSnapshot(`
      [
        "data/manifest.json: editions[4].file: "ourdata-2023.csv" is not in the data folder; add the file or remove the entry",
      ]
    `);
  });

  it('reports a missing manifest', () => {
    data().remove('manifest.json');
    expect(data().rejection().lines).toMatchInlineSnapshot(`
      [
        "data/manifest.json: the manifest is missing; create it to describe each data file",
      ]
    `);
  });

  it('reports manifest problems and reads no data file', () => {
    data().editManifest((m) => { m.editions[1].source.doi = 'doi:10.1787/1a89ed5e-en'; });
    data().write(DGI_2023, '');
    expect(data().rejection().lines).toEqual([
      'data/manifest.json: editions[1].source.doi: give the bare DOI, e.g. "10.1787/1a89ed5e-en"',
    ]);
  });
});

describe('buildDataset() reports all problems together', () => {
  it('lists problems of different files in one error', () => {
    const gbr = data().setCell(DGI_2023, GBR_DATA_DRIVEN, 'value', '1.7');
    const korea = data().setCell('dgi-2019.csv', { Country: 'Korea' }, 'Country', 'Koreaa');
    const aus = data().setCell('ourdata-2023.csv', { cc_iso3c: 'AUS', variable: 'availability_policy' }, 'variable', '"availability_polcy"');
    const { error, lines } = data().rejection();
    expect(error.issues).toHaveLength(3);
    expect(new Set(error.issues.map((issue) => issue.file))).toEqual(
      new Set(['data/dgi-2019.csv', 'data/dgi-2023.csv', 'data/ourdata-2023.csv']),
    );
    expect(lines.map((line) => line.split(': ')[0])).toEqual(
      expect.arrayContaining([`data/dgi-2019.csv:${korea}`, `data/dgi-2023.csv:${gbr}`, `data/ourdata-2023.csv:${aus}`]),
    );
  });

  it('lists several problems of one file, in line order', () => {
    const lines = [
      data().setCell(DGI_2023, { cc_iso3c: 'AUS', variable: 'digital_design' }, 'value', '1.2'),
      data().setCell(DGI_2023, GBR_DATA_DRIVEN, 'value', 'x'),
      data().setCell(DGI_2023, { cc_iso3c: 'DNK', variable: 'digital_design' }, 'cc_iso3c', '"DNX"'),
    ];
    expect(data().rejection().error.issues.map((issue) => issue.line)).toEqual([...lines].sort((a, b) => a - b));
  });

  it('reports a missing file together with the problems of the other files', () => {
    data().remove('ourdata-2023.csv');
    data().setCell(DGI_2023, GBR_DATA_DRIVEN, 'value', '-1');
    const { error } = data().rejection();
    expect(error.issues.map((issue) => issue.file)).toEqual(expect.arrayContaining(['data/manifest.json', 'data/dgi-2023.csv']));
    expect(error.issues).toHaveLength(2);
  });

  it('says how many problems there are in its message, one per line', () => {
    const gbr = data().setCell(DGI_2023, GBR_DATA_DRIVEN, 'value', '1.7');
    const oecd = data().setCell('dgi-2019.csv', { Country: 'OECD' }, 'Composite score', '0.5O1');
    const { error } = data().rejection();
    expect(error).toBeInstanceOf(DataValidationError);
    expect(error.name).toBe('DataValidationError');
    expect(error.message).toBe([
      '2 problems in the data:',
      `  data/dgi-2019.csv:${oecd}: value "0.5O1" is not a number; write a decimal number with a point, e.g. 0.75, or leave the cell empty where there is no data`,
      `  data/dgi-2023.csv:${gbr}: value "1.7" is above the index maximum 1; dgi scores run from 0 to 1`,
    ].join('\n'));
  });
});
