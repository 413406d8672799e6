/**
 * buildDataset() rejects a bad cell of a data file with `file:line: message`. Each test copies the real
 * data folder and changes one cell, found by what its row holds (the expected message names the line that
 * row is on), so each rejection is about exactly one problem.
 */
import { describe, expect, it } from 'vitest';
import { useDataCopy } from '../../helpers/realData.ts';

const data = useDataCopy();

const DGI_2023 = 'dgi-2023.csv';
const GBR_DATA_DRIVEN = { cc_iso3c: 'GBR', variable: 'data_driven' };

describe('buildDataset() rejects a bad value', () => {
  it('builds the unchanged copy (control)', () => {
    const countries = data().build().countries;
    expect(countries).toHaveLength(48);
    expect(countries.filter((c) => !c.covered).map((c) => c.iso3)).toEqual(['USA']);
  });

  it('reports a non-numeric value at its file line', () => {
    const line = data().setCell(DGI_2023, GBR_DATA_DRIVEN, 'value', 'n/a');
    expect(data().rejection().lines).toEqual([
      `data/dgi-2023.csv:${line}: value "n/a" is not a number; write a decimal number with a point, e.g. 0.75, or leave the cell empty where there is no data`,
    ]);
  });

  const PLAIN = 'write a decimal number with a point, e.g. 0.75, or leave the cell empty where there is no data';
  it.each([
    { cell: '0,598', why: 'a decimal comma', fix: 'write the decimal with a point: 0.598' },
    { cell: '59.8%', why: 'a percent sign', fix: 'write the score on the index scale without a % sign, e.g. 0.75' },
    { cell: '0.598 0.6', why: 'two numbers', fix: PLAIN },
    { cell: 'NaN', why: 'NaN', fix: 'leave the cell empty where there is no data' },
    { cell: 'Infinity', why: 'Infinity', fix: 'leave the cell empty where there is no data' },
    { cell: '0x1', why: 'a hexadecimal number', fix: PLAIN },
    { cell: '1e999', why: 'an exponent beyond two digits', fix: PLAIN },
  ])('reports $why ("$cell") as not a number at its file line', ({ cell, fix }) => {
    const line = data().setCell(DGI_2023, GBR_DATA_DRIVEN, 'value', `"${cell}"`);
    const { lines } = data().rejection();
    expect(lines).toEqual([`data/dgi-2023.csv:${line}: value ${JSON.stringify(cell)} is not a number; ${fix}`]);
  });

  it('reports a value above the index maximum', () => {
    const line = data().setCell(DGI_2023, GBR_DATA_DRIVEN, 'value', '1.7');
    expect(data().rejection().lines).toEqual([
      `data/dgi-2023.csv:${line}: value "1.7" is above the index maximum 1; dgi scores run from 0 to 1`,
    ]);
  });

  it('accepts the maximum itself (Korea data-driven 1.0)', () => {
    const korea = data().build().observations.find((o) => o.edition === '2023' && o.iso3 === 'KOR' && o.indicator === 'data-driven-public-sector');
    expect(korea).toMatchObject({ value: 1, text: '1.0' });
  });

  it('reports a negative value', () => {
    const line = data().setCell(DGI_2023, GBR_DATA_DRIVEN, 'value', '-0.598');
    expect(data().rejection().lines).toEqual([
      `data/dgi-2023.csv:${line}: value "-0.598" is negative; dgi scores run from 0 to 1`,
    ]);
  });

  it.each([
    { cell: '', why: 'an empty cell' },
    { cell: '..', why: 'the OECD ".." marker' },
  ])('treats $why in a partial edition as not stated, not as 0', ({ cell }) => {
    data().setCell(DGI_2023, GBR_DATA_DRIVEN, 'value', cell);
    data().editManifest((m) => {
      m.editions[1].completeness = { status: 'partial', missing: { en: 'test', fr: 'test', es: 'test' } };
    });
    const dataset = data().build();
    const gbr = dataset.observations.filter((o) => o.index === 'dgi' && o.edition === '2023' && o.iso3 === 'GBR');
    expect(gbr.map((o) => o.indicator)).not.toContain('data-driven-public-sector');
    const stat = dataset.stats.find((s) => s.index === 'dgi' && s.edition === '2023' && s.indicator === 'data-driven-public-sector');
    expect(stat).toMatchObject({ members: 32, average: null });
  });

  it.each([
    { cell: '', why: 'an empty cell' },
    { cell: '..', why: 'the OECD ".." marker' },
  ])('rejects $why in a complete edition, naming line, country and indicator', ({ cell }) => {
    const line = data().setCell(DGI_2023, GBR_DATA_DRIVEN, 'value', cell);
    expect(data().rejection().lines).toEqual([
      `data/dgi-2023.csv:${line}: United Kingdom (GBR) has no value in variable "data_driven" (indicator "data-driven-public-sector"); this edition is declared complete in data/manifest.json: restore the value, or declare the edition "partial" under "completeness" with a sentence saying what is missing and why`,
    ]);
  });

  it('reports a second value for the same country, edition and indicator, naming the first line', () => {
    const first = data().lineOf(DGI_2023, { cc_iso3c: 'KOR', variable: 'digital_design' });
    const text = data().read(DGI_2023);
    expect(text.endsWith('\n'), 'the file ends with a line end, so the added row is a line of its own').toBe(true);
    const added = text.split('\n').length;
    data().write(DGI_2023, `${text}"KOR",2023,"digital_design",0.971\n`);
    expect(data().rejection().lines).toEqual([
      `data/dgi-2023.csv:${added}: duplicate value for KOR and "digital_design" in dgi 2023 (first given on line ${first}); keep one of the two rows`,
    ]);
  });

  it('reports an unknown country code', () => {
    const line = data().setCell(DGI_2023, GBR_DATA_DRIVEN, 'cc_iso3c', '"GBX"');
    expect(data().rejection().lines).toEqual([
      `data/dgi-2023.csv:${line}: unknown country code "GBX"; use an ISO 3166-1 alpha-3 code such as "KOR", or "OECD" for the OECD average row`,
    ]);
  });

  it('reports an unknown country code once, counting its other lines', () => {
    const lines = data().editRows(DGI_2023, { cc_iso3c: 'GBR' }, ([, ...rest]) => ['"UK"', ...rest]);
    expect(lines, 'one row per DGI indicator').toHaveLength(7);
    expect(data().rejection().lines).toEqual([
      `data/dgi-2023.csv:${lines[0]}: unknown country code "UK"; use an ISO 3166-1 alpha-3 code such as "KOR", or "OECD" for the OECD average row (also on 6 other lines)`,
    ]);
  });

  it('reports an unknown country name in the wide file once, without claiming other lines', () => {
    const line = data().setCell('dgi-2019.csv', { Country: 'Korea' }, 'Country', 'Koreaa');
    expect(data().rejection().lines).toEqual([
      `data/dgi-2019.csv:${line}: unknown country name "Koreaa"; correct the spelling or add it to countryAliases of this edition in data/manifest.json, e.g. {"Koreaa": "KOR"}`,
    ]);
  });

  it('counts the other lines of an unknown name that is on several lines of the wide file', () => {
    const korea = data().setCell('dgi-2019.csv', { Country: 'Korea' }, 'Country', 'Atlantis');
    const uk = data().setCell('dgi-2019.csv', { Country: 'United Kingdom' }, 'Country', 'Atlantis');
    const { lines } = data().rejection();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^data/dgi-2019\\.csv:${Math.min(korea, uk)}: unknown country name "Atlantis"; .* \\(also on 1 other line\\)$`));
  });

  it('accepts a name the edition declares in countryAliases', () => {
    data().setCell('dgi-2019.csv', { Country: 'Korea' }, 'Country', 'Rep. of Korea');
    data().editManifest((m) => { m.editions[0].countryAliases = { 'Rep. of Korea': 'KOR' }; });
    const korea = data().build().countries.find((c) => c.iso3 === 'KOR');
    expect(korea?.sourceNames).toEqual(['Rep. of Korea']);
  });

  it('reports an unknown variable of the long file', () => {
    const line = data().setCell(DGI_2023, GBR_DATA_DRIVEN, 'variable', '"data_drivn"');
    expect(data().rejection().lines).toEqual([
      `data/dgi-2023.csv:${line}: unknown variable "data_drivn"; map it to an indicator in layout.variables of data/manifest.json (known: "digital_design", "data_driven", "govt_as_platform", "open_default", "user_driven", "proactiveness", "composite_index") or remove its rows`,
    ]);
  });

  it('reports an unknown column of the wide file on line 1', () => {
    data().replaceInHeader('dgi-2019.csv', ',Proactiveness,', ',Proactivity,');
    expect(data().rejection().lines).toMatchInlineSnapshot(`
      [
        "data/dgi-2019.csv:1: unknown column "Proactivity"; map it to an indicator in layout.columns of data/manifest.json (known: "Digital by design", "Data-driven public sector", "Government as a platform", "Open by default", "User-driven", "Proactiveness", "Composite score"), list it under "ignore", or remove it",
      ]
    `);
  });

  it('reports a changed cell at its file line in the wide CRLF file too', () => {
    const line = data().setCell('dgi-2019.csv', { Country: 'OECD' }, 'Composite score', '0.5O1');
    expect(line, 'a row far enough down that counting CR and LF as two line ends would show').toBeGreaterThan(2);
    expect(data().rejection().lines).toEqual([
      `data/dgi-2019.csv:${line}: value "0.5O1" is not a number; write a decimal number with a point, e.g. 0.75, or leave the cell empty where there is no data`,
    ]);
  });
});
