/**
 * Ranks and averages follow the data: changing one score in a copy of data/ moves them by what the
 * change implies, and the same figures come out of an SDMX-CSV export of the same table.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/model/types.ts';
import { readFormat, useDataCopy } from '../../helpers/realData.ts';

const data = useDataCopy();
const composite = (dataset: Dataset, iso3: string) =>
  dataset.observations.find((o) => o.index === 'dgi' && o.edition === '2023' && o.indicator === 'composite' && o.iso3 === iso3);
const average = (dataset: Dataset) =>
  dataset.stats.find((s) => s.index === 'dgi' && s.edition === '2023' && s.indicator === 'composite')!.average!;

describe('changing a score', () => {
  // Costa Rica's DGI 2023 composite is 0.224; a given composite off its parts fails the build unless
  // declared: the ranking tests declare it. Both return the file line of the changed row.
  const CRI_COMPOSITE = { cc_iso3c: 'CRI', variable: 'composite_index' };
  const setCostaRica = () => data().setCell('dgi-2023.csv', CRI_COMPOSITE, 'value', (old) => {
    expect(old, 'the real score the expectations start from').toBe('0.224');
    return '0.990';
  });
  const raiseCostaRica = () => {
    const line = setCostaRica();
    data().editManifest((m) => {
      m.editions[1].knownDiscrepancies = [{ country: 'CRI', indicator: 'composite', reason: { en: 'test', fr: 'test', es: 'test' } }];
    });
    return line;
  };

  it('moves Costa Rica from rank 33 to rank 1 and Korea to rank 2', () => {
    const before = data().build();
    expect([composite(before, 'CRI')?.rank, composite(before, 'KOR')?.rank]).toEqual([33, 1]);
    raiseCostaRica();
    const after = data().build();
    expect([composite(after, 'CRI')?.rank, composite(after, 'KOR')?.rank, composite(after, 'DNK')?.rank]).toEqual([1, 2, 3]);
  });

  it('moves the last rank to the country that was 32nd', () => {
    const before = data().build();
    const second = before.observations.find((o) => o.edition === '2023' && o.indicator === 'composite' && o.rank === 32)!;
    raiseCostaRica();
    expect(composite(data().build(), second.iso3)?.rank).toBe(33);
  });

  it('raises the OECD composite average by exactly (0.990 - 0.224) / 33', () => {
    const before = average(data().build());
    raiseCostaRica();
    const after = average(data().build());
    expect(after - before).toBeCloseTo((0.99 - 0.224) / 33, 12);
  });

  it('keeps the published score of a declared discrepancy and warns that it does not match its dimensions', () => {
    const line = raiseCostaRica();
    const after = data().build();
    expect(composite(after, 'CRI')).toMatchObject({ value: 0.99, text: '0.990', origin: 'published' });
    expect(after.warnings.filter((w) => w.file === 'data/dgi-2023.csv' && w.line === line)).toHaveLength(1);
    expect(after.warnings.find((w) => w.line === line)?.message).toMatch(/^Costa Rica dgi 2023 composite is printed as 0\.990 but its parts give 0\.2243: a known source discrepancy/);
    expect(after.differences.filter((d) => d.kind === 'composite' && d.iso3 === 'CRI')).toMatchObject([{ printed: '0.990', computed: '0.2243', shown: 'printed' }]);
  });

  it('fails the build when the changed composite is not declared', () => {
    const line = setCostaRica();
    expect(data().rejection().lines).toEqual([
      `data/dgi-2023.csv:${line}: Costa Rica (CRI) composite is 0.990 but the mean of its 6 parts is 0.2243, more than the published rounding allows (±0.0010); correct the value, or, if the source prints it so, declare it in knownDiscrepancies of dgi 2023 in data/manifest.json: {"country": "CRI", "indicator": "composite", "reason": {"en": "…", "fr": "…", "es": "…"}}`,
    ]);
  });

  it('does not change the ranks of another edition', () => {
    const before = data().build().observations.filter((o) => o.edition === '2019').map((o) => o.rank);
    raiseCostaRica();
    expect(data().build().observations.filter((o) => o.edition === '2019').map((o) => o.rank)).toEqual(before);
  });
});

describe('an SDMX-CSV export of DGI 2023 (composite only)', () => {
  function useSdmxExport(): Dataset {
    for (const file of ['dgi-2019.csv', 'dgi-2023.csv', 'dgi-2025.csv', 'ourdata-2019.csv', 'ourdata-2023.csv', 'ourdata-2025.csv', 'gaag-2025-dgi-ourdata.csv']) data().remove(file);
    data().write('sdmx-dgi-2023.csv', readFormat('sdmx-dgi-2023-composite.csv'));
    data().editManifest((m) => {
      m.indices = [{ ...m.indices[0], indicators: [m.indices[0].indicators[0]] }];
      m.editions = [{ ...m.editions[1], methodology: undefined, file: 'sdmx-dgi-2023.csv', layout: { type: 'sdmx', variables: { DG: 'composite' } }, sources: [] }];
      m.unheldEditions = [];
      // The record of changes names only editions the manifest holds.
      m.changes = m.changes.filter((c: { editions: { index: string; edition: string }[] }) => c.editions.every((r) => m.editions.some((e: { index: string; edition: string }) => e.index === r.index && e.edition === r.edition)));
    });
    return data().build();
  }

  it('gives the ranks the OECD published', () => {
    const dataset = useSdmxExport();
    expect(['KOR', 'DNK', 'GBR', 'CRI', 'ROU'].map((iso3) => composite(dataset, iso3)?.rank)).toEqual([1, 2, 3, 33, null]);
  });

  it('agrees with the printed OECD average 0.605, without warnings', () => {
    const dataset = useSdmxExport();
    expect(average(dataset).toFixed(3)).toBe('0.605');
    expect(dataset.warnings).toEqual([]);
  });

  it('lists the 38 countries and keeps labels that match the OECD names out of sourceNames', () => {
    const dataset = useSdmxExport();
    expect(dataset.countries.filter((c) => c.covered)).toHaveLength(38);
    // Every OECD member has a profile, also the five this export does not cover.
    expect(dataset.countries.filter((c) => !c.covered).map((c) => c.iso3)).toEqual(['CHE', 'DEU', 'GRC', 'SVK', 'USA']);
    expect(dataset.countries.find((c) => c.iso3 === 'TUR')).toMatchObject({ name: { en: 'Türkiye' }, sourceNames: [] });
  });
});
