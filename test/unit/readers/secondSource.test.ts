/**
 * A second publication of an edition (EDITING.md, "A second source"): Government at a Glance 2025's Data
 * Explorer export beside the results papers of DGI 2023 (Table A.1) and OURdata 2023.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/issues.ts';
import { dataQualityPage } from '../../../src/lib/pages/dataQuality.ts';
import { indexData } from '../../../src/lib/query/dataIndex.ts';
import { useDataCopy } from '../../helpers/realData.ts';
import { pageContext } from '../../helpers/pageInputs.ts';

const FILE = 'gaag-2025-dgi-ourdata.csv';
const data = useDataCopy();

/** Rewrites the one line of the export holding all of `parts`, replacing `from` by `to` in it; returns its line. */
function editExport(parts: string[], from: string, to: string): number {
  const lines = data().read(FILE).split('\n');
  const at = lines.findIndex((line) => parts.every((p) => line.includes(p)));
  expect(at, parts.join(' ')).toBeGreaterThan(0);
  lines[at] = lines[at]!.replace(from, to);
  data().write(FILE, lines.join('\n'));
  return at + 1;
}

describe('a second source of an edition', () => {
  it('keeps DGI 2023 Korea 0.935 from Table A.1: the export’s 0.93 agrees within rounding and is not warned about', () => {
    const dataset = data().build();
    const korea = dataset.observations.find((o) => o.index === 'dgi' && o.edition === '2023' && o.iso3 === 'KOR' && o.indicator === 'composite')!;
    expect(korea).toMatchObject({ text: '0.935', rank: 1, file: 'data/dgi-2023.csv' });
    expect(korea.source).toBeUndefined();
    expect(dataset.sourceChecks.find((c) => c.index === 'dgi')).toMatchObject({ compared: 273, agree: 273, filled: 0 });
    expect(dataset.warnings.filter((w) => w.file.endsWith(FILE) && w.message.includes('dgi 2023'))).toEqual([]);
  });

  it('takes the OURdata 2023 composite the edition’s file lacks, with its source, and the printed OECD average', () => {
    const dataset = data().build();
    const composite = (iso3: string) => dataset.observations.find((o) => o.index === 'ourdata' && o.edition === '2023' && o.iso3 === iso3 && o.indicator === 'composite')!;
    expect([composite('KOR').text, composite('KOR').rank, composite('FRA').text, composite('POL').text]).toEqual(['0.91', 1, '0.83', '0.79']);
    expect(composite('POL').source).toEqual({ citation: 'OECD (2025), Government at a Glance 2025, OECD Publishing, Paris', doi: '10.1787/0efd0bcd-en', table: 'OECD Data Explorer, dataflow DSD_GOV@DF_GOV_DGOGD_2025' });
    expect(dataset.stats.find((s) => s.index === 'ourdata' && s.edition === '2023' && s.indicator === 'composite')!.printed).toEqual({ value: 0.48, text: '0.48' });
  });

  it('a second source that disagrees beyond rounding: both kept, the edition’s figure shown, the difference listed', () => {
    const line = editExport([',KOR,Korea,DG,Digital government,'], ',0.93,', ',0.90,');
    const dataset = data().build();
    expect(dataset.warnings.filter((w) => w.file.endsWith(FILE)).map(formatIssue)).toContain(
      `data/${FILE}:${line}: Korea dgi 2023 composite: OECD (2025), Government at a Glance 2025, OECD Publishing, Paris, OECD Data Explorer, dataflow DSD_GOV@DF_GOV_DGOGD_2025 prints 0.90, the edition's file 0.935, more than their rounding allows; the site shows the edition's figure`,
    );
    const korea = dataset.observations.find((o) => o.index === 'dgi' && o.edition === '2023' && o.iso3 === 'KOR' && o.indicator === 'composite')!;
    expect(korea.text).toBe('0.935');
  });

  it('a dimension on another scale is compared on the edition’s scale, and says so', () => {
    const line = editExport([',KOR,Korea,DG_DD,'], ',0.17,', ',0.14,');
    const dataset = data().build();
    expect(dataset.warnings.map(formatIssue).filter((w) => w.includes(FILE) && w.includes('data-driven'))).toEqual([
      `data/${FILE}:${line}: Korea dgi 2023 data-driven-public-sector: OECD (2025), Government at a Glance 2025, OECD Publishing, Paris, OECD Data Explorer, dataflow DSD_GOV@DF_GOV_DGOGD_2025 prints 0.14 on 0–1/6 (0.840 on the edition's scale), the edition's file 1.0, more than their rounding allows; the site shows the edition's figure`,
    ]);
  });

  it('the data-quality page lists the sources of each edition and the differences between them', () => {
    editExport([',KOR,Korea,DG,Digital government,'], ',0.93,', ',0.90,');
    const page = dataQualityPage({ ...pageContext('en'), data: indexData(data().build()) });
    const dgi2023 = page.sources.filter((s) => s.edition.text === 'DGI 2023');
    expect(dgi2023.map((s) => [s.publication.doi.text, s.table, s.role, s.inBoth, s.agree, s.filled])).toEqual([
      ['https://doi.org/10.1787/1a89ed5e-en', 'Table A.1', 'Source of the edition', '', '', ''],
      ['https://doi.org/10.1787/0efd0bcd-en', 'OECD Data Explorer, dataflow DSD_GOV@DF_GOV_DGOGD_2025', 'Second source, compared', '273', '272', '0'],
    ]);
    const differences = page.tables.find((t) => t.kind === 'source')!;
    expect(differences.rows.map((r) => [r.edition.text, r.country?.text, r.printed, r.computed, r.shown])).toEqual([
      ['DGI 2023', 'Korea', '0.90', '0.935', "the figure of the edition's source"],
      ['OURdata 2023', 'Poland', '0.79', '0.78', 'the printed figure'],
    ]);
  });

  it('a second source whose file is missing is named with its place in the manifest', () => {
    data().remove(FILE);
    expect(data().rejection().lines).toEqual([
      `data/manifest.json: editions[1].sources[0].file: "${FILE}" is not in the data folder; add the file or remove the source`,
      `data/manifest.json: editions[4].sources[0].file: "${FILE}" is not in the data folder; add the file or remove the source`,
    ]);
  });
});

describe('an edition copied with its second source', () => {
  it('is refused: one publication prints one edition of an index', () => {
    data().editManifest((m) => m.editions.push({ ...m.editions[1], edition: '2027', file: 'dgi-2023.csv', published: '2026-01' }));
    expect(data().rejection().lines).toContain(
      'data/manifest.json: editions[6].sources[0]: "gaag-2025-dgi-ourdata.csv" with the same codes is already a second source of dgi 2023 (editions[1].sources[0]); one publication prints one edition of "dgi": remove this source from dgi 2027 (an entry copied from another edition keeps its sources)',
    );
  });
});

describe('the dataflow made primary for a level of the real data (primaryFor)', () => {
  it('DGI 2023 with "primaryFor": ["composite"]: Korea 0.93 from Government at a Glance 2025, 1st; the dimensions stay Table A.1’s; agreement recorded', () => {
    data().editManifest((m) => (m.editions[1].sources[0].primaryFor = ['composite']));
    const dataset = data().build();
    const korea = (indicator: string) => dataset.observations.find((o) => o.index === 'dgi' && o.edition === '2023' && o.iso3 === 'KOR' && o.indicator === indicator)!;
    expect(korea('composite')).toMatchObject({ text: '0.93', rank: 1, source: { doi: '10.1787/0efd0bcd-en' } });
    expect(korea('data-driven-public-sector')).toMatchObject({ text: '1.0', file: 'data/dgi-2023.csv' });
    expect(dataset.sourceChecks.find((c) => c.index === 'dgi')).toMatchObject({ compared: 273, agree: 273, primaryFor: ['composite'] });
    expect(dataset.differences.filter((d) => d.kind === 'source' && d.index === 'dgi')).toEqual([]);
  });

  it('DGI 2023 with "primaryFor": ["dimension"] is refused: the dataflow prints the dimensions on 0–1/6', () => {
    data().editManifest((m) => (m.editions[1].sources[0].primaryFor = ['dimension']));
    expect(data().rejection().lines).toEqual([
      expect.stringMatching(/^data\/manifest\.json:\d+: editions\[1\]\.sources\[0\]\.primaryFor\[0\]: "dimension": OECD \(2025\), Government at a Glance 2025, OECD Publishing, Paris prints this level on 0–1\/6, the edition on 0–1; a primary source must print the level on the edition's scale/),
    ]);
  });
});
