import { describe, expect, it } from 'vitest';
import { readCsv, type CsvTable } from '../../../src/lib/csv/readCsv.ts';
import { formatIssue } from '../../../src/lib/issues.ts';
import { layoutSchema } from '../../../src/lib/manifest/schema.ts';
import { readRecords } from '../../../src/lib/readers/readRecords.ts';
import { readFormat, readRealData } from '../../helpers/realData.ts';

/** Parses text as the build does, failing the test if the CSV itself has problems. */
function table(text: string, file = 'data/test.csv'): CsvTable {
  const csv = readCsv(text, file);
  expect(csv.issues).toEqual([]);
  return csv.table!;
}

/** Reads with a layout as written in manifest.json, so the schema's defaults apply. */
const readWith = (csv: CsvTable, layout: unknown) => readRecords(csv, layoutSchema.parse(layout));

describe('readRecords() with the long layout', () => {
  const layout = { type: 'long', variables: { composite_index: 'composite', open_default: 'open-by-default' } };

  it('reads cc_iso3c, variable and value by default, one record per row', () => {
    const csv = table('\uFEFF"cc_iso3c","ref_year","variable","value"\n"KOR",2023,"composite_index",0.935\n"DNK",2023,"open_default",0.783\n');
    expect(readWith(csv, layout)).toEqual({
      records: [
        { line: 2, country: 'KOR', countryKind: 'code', variable: 'composite_index', value: '0.935' },
        { line: 3, country: 'DNK', countryKind: 'code', variable: 'open_default', value: '0.783' },
      ],
      issues: [],
    });
  });

  it('reads the columns the manifest names instead of the defaults', () => {
    const csv = table('iso,measure,score\nKOR,composite_index,0.935\n');
    const { records } = readWith(csv, { ...layout, countryColumn: 'iso', variableColumn: 'measure', valueColumn: 'score' });
    expect(records).toEqual([{ line: 2, country: 'KOR', countryKind: 'code', variable: 'composite_index', value: '0.935' }]);
  });

  it('reads every row of the real DGI 2023 file (BOM, quoted, 38 countries + OECD, 7 variables)', () => {
    const { records, issues } = readWith(table(readRealData('dgi-2023.csv')), layout);
    expect(issues).toEqual([]);
    expect(records).toHaveLength(39 * 7);
    expect(records[0]).toEqual({ line: 2, country: 'KOR', countryKind: 'code', variable: 'digital_design', value: '0.971' });
    expect(records.at(-1)).toEqual({ line: 274, country: 'OECD', countryKind: 'code', variable: 'composite_index', value: '0.605' });
  });

  it('names a missing required column and the columns the header has, on line 1', () => {
    const csv = table('"cc_iso3c","ref_year","indicator","value"\n"KOR",2023,"composite_index",0.935\n');
    const result = readWith(csv, layout);
    expect(result.records).toEqual([]);
    expect(result.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "data/test.csv:1: missing required column "variable"; the header has "cc_iso3c", "ref_year", "indicator", "value". Rename the column or set the column name in data/manifest.json",
      ]
    `);
  });

  it('reports each missing column once', () => {
    const csv = table('iso,year\nKOR,2023\n');
    expect(readWith(csv, layout).issues.map((issue) => issue.message.split(';')[0])).toEqual([
      'missing required column "cc_iso3c"',
      'missing required column "variable"',
      'missing required column "value"',
    ]);
  });
});

describe('readRecords() with the wide layout', () => {
  const layout = { type: 'wide', columns: { 'Composite score': 'composite', 'Open by default': 'open-by-default' } };

  it('reads one record per country and mapped column, by country name', () => {
    const csv = table('Country,Open by default,Composite score\r\nKorea,0.90,0.742\r\nCzech Republic,0.78,0.434\r\n');
    expect(readWith(csv, layout).records).toEqual([
      { line: 2, country: 'Korea', countryKind: 'name', variable: 'Open by default', value: '0.90' },
      { line: 2, country: 'Korea', countryKind: 'name', variable: 'Composite score', value: '0.742' },
      { line: 3, country: 'Czech Republic', countryKind: 'name', variable: 'Open by default', value: '0.78' },
      { line: 3, country: 'Czech Republic', countryKind: 'name', variable: 'Composite score', value: '0.434' },
    ]);
  });

  it('reads the real DGI 2019 file: 34 rows (33 countries + OECD) of 7 columns', () => {
    const manifest = JSON.parse(readRealData('manifest.json'));
    const { records, issues } = readWith(table(readRealData('dgi-2019.csv')), manifest.editions[0].layout);
    expect(issues).toEqual([]);
    expect(records).toHaveLength(34 * 7);
    expect(records.filter((r) => r.country === 'OECD').map((r) => r.line)).toEqual(Array(7).fill(17));
  });

  it('rejects a column the manifest does not map, on line 1', () => {
    const csv = table('Country,Open by default,Composite score,Rank\nKorea,0.90,0.742,1\n');
    const result = readWith(csv, layout);
    expect(result.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "data/test.csv:1: unknown column "Rank"; map it to an indicator in layout.columns of data/manifest.json (known: "Composite score", "Open by default"), list it under "ignore", or remove it",
      ]
    `);
    expect(result.records.map((r) => r.variable)).toEqual(['Open by default', 'Composite score']);
  });

  it('needs its country column', () => {
    const csv = table('Nation,Composite score\nKorea,0.742\n');
    expect(readWith(csv, layout).issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "data/test.csv:1: missing required column "Country"; the header has "Nation", "Composite score". Rename the column or set the column name in data/manifest.json",
      ]
    `);
  });
});

describe('readRecords() with the SDMX-CSV layout', () => {
  it('reads the Data Explorer export with labels, keeping each country label', () => {
    const { records, issues } = readWith(table(readFormat('sdmx-dgi-2023-composite.csv')), { type: 'sdmx', variables: { DG: 'composite' } });
    expect(issues).toEqual([]);
    expect(records).toHaveLength(39);
    expect(records[0]).toEqual({ line: 2, country: 'ARG', countryKind: 'code', countryLabel: 'Argentina', variable: 'DG', value: '0.417' });
    expect(records.find((r) => r.country === 'KOR')).toMatchObject({ countryLabel: 'Korea', value: '0.935' });
    expect(records.find((r) => r.country === 'TUR')).toMatchObject({ countryLabel: 'Türkiye', value: '0.586' });
    expect(records.find((r) => r.country === 'OECD')).toMatchObject({ countryLabel: 'OECD', value: '0.605' });
  });

  it('reads the codes-only export without inventing a label', () => {
    const { records, issues } = readWith(table(readFormat('sdmx-csv-gov-reg-2023-excerpt.csv')), { type: 'sdmx', variables: { EPE: 'composite' } });
    expect(issues).toEqual([]);
    expect(records).toHaveLength(20);
    expect(records[0]).toEqual({ line: 2, country: 'AUS', countryKind: 'code', variable: 'EPE', value: '3.19' });
    expect(records.some((r) => 'countryLabel' in r)).toBe(false);
  });

  it('keeps only the rows a filter selects (codes-only export, REGULATORY_CATEGORY = P)', () => {
    const csv = table(readFormat('sdmx-csv-gov-reg-2023-excerpt.csv'));
    const { records, issues } = readWith(csv, { type: 'sdmx', variables: { EPE: 'composite' }, filter: { REGULATORY_CATEGORY: 'P' } });
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.line, r.country, r.value])).toEqual([
      [2, 'AUS', '3.19'],
      [12, 'AUT', '1.91'],
    ]);
  });

  it.each([
    { filter: { EDITION: '2025' }, kept: 39 },
    { filter: { EDITION: '2019' }, kept: 0 },
    { filter: { EDITION: '2025', REF_AREA: 'KOR' }, kept: 1 },
  ])('applies the filter $filter to the export with labels ($kept rows kept)', ({ filter, kept }) => {
    const csv = table(readFormat('sdmx-dgi-2023-composite.csv'));
    const { records, issues } = readWith(csv, { type: 'sdmx', variables: { DG: 'composite' }, filter });
    expect(issues).toEqual([]);
    expect(records).toHaveLength(kept);
  });

  it('names a filter column that the file lacks', () => {
    const csv = table(readFormat('sdmx-dgi-2023-composite.csv'));
    const { records, issues } = readWith(csv, { type: 'sdmx', variables: { DG: 'composite' }, filter: { VINTAGE: '2025' } });
    expect(records).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^missing required column "VINTAGE"; the header has "STRUCTURE", /);
  });

  it('names OBS_VALUE when the value column is missing', () => {
    const csv = table('STRUCTURE,REF_AREA,MEASURE,VALUE\nDATAFLOW,KOR,DG,0.935\n');
    expect(readWith(csv, { type: 'sdmx', variables: { DG: 'composite' } }).issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "data/test.csv:1: missing required column "OBS_VALUE"; the header has "STRUCTURE", "REF_AREA", "MEASURE", "VALUE". Rename the column or set the column name in data/manifest.json",
      ]
    `);
  });
});

describe('readRecords() with the OECD.Stat legacy layout', () => {
  const layout = { type: 'oecd-stat', variables: { UPRP: 'composite' } };

  it('reads the export (BOM, quoted header, CRLF, empty trailing Flag Codes and Flags)', () => {
    const { records, issues } = readWith(table(readFormat('oecd-stat-gov-2021-excerpt.csv')), layout);
    expect(issues).toEqual([]);
    expect(records).toHaveLength(20);
    expect(records[0]).toEqual({ line: 2, country: 'AUS', countryKind: 'code', countryLabel: 'Australia', variable: 'UPRP', value: '0.39' });
    expect(records.at(-1)).toEqual({ line: 21, country: 'BEL', countryKind: 'code', countryLabel: 'Belgium', variable: 'MSPS_UPAT', value: '0.26' });
  });

  it('keeps only the rows a filter selects (IND = UPRP)', () => {
    const csv = table(readFormat('oecd-stat-gov-2021-excerpt.csv'));
    const { records, issues } = readWith(csv, { ...layout, filter: { IND: 'UPRP' } });
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.line, r.country, r.value])).toEqual([
      [2, 'AUS', '0.39'],
      [10, 'AUT', '0.49'],
      [18, 'BEL', '0.46'],
    ]);
  });
});
