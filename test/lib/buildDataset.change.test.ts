/**
 * Ranks and averages follow the data: changing one score in a copy of data/ moves them by what the
 * change implies, and the same figures come out of an SDMX-CSV export of the same table.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/model/types.ts';
import { readFormat, useDataCopy } from './helpers.ts';

const data = useDataCopy();
const composite = (dataset: Dataset, iso3: string) =>
  dataset.observations.find((o) => o.index === 'dgi' && o.edition === '2023' && o.indicator === 'composite' && o.iso3 === iso3);
const average = (dataset: Dataset) =>
  dataset.stats.find((s) => s.index === 'dgi' && s.edition === '2023' && s.indicator === 'composite')!.average!;

describe('changing a score', () => {
  // Line 232 of data/dgi-2023.csv is `"CRI",2023,"composite_index",0.224`.
  const raiseCostaRica = () => data().replaceOnLine('dgi-2023.csv', 232, '"composite_index",0.224', '"composite_index",0.990');

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

  it('keeps the published score and warns that it no longer matches its dimensions', () => {
    raiseCostaRica();
    const after = data().build();
    expect(composite(after, 'CRI')).toMatchObject({ value: 0.99, text: '0.990', origin: 'published' });
    expect(after.warnings.filter((w) => w.file === 'data/dgi-2023.csv' && w.line === 232)).toHaveLength(1);
    expect(after.warnings.find((w) => w.line === 232)?.message).toMatch(/^Costa Rica composite is 0\.990 but the mean of its 6 children is /);
  });

  it('does not change the ranks of another edition', () => {
    const before = data().build().observations.filter((o) => o.edition === '2019').map((o) => o.rank);
    raiseCostaRica();
    expect(data().build().observations.filter((o) => o.edition === '2019').map((o) => o.rank)).toEqual(before);
  });
});

describe('an SDMX-CSV export of DGI 2023 (composite only)', () => {
  function useSdmxExport(): Dataset {
    for (const file of ['dgi-2019.csv', 'dgi-2023.csv', 'ourdata-2023.csv']) data().remove(file);
    data().write('sdmx-dgi-2023.csv', readFormat('sdmx-dgi-2023-composite.csv'));
    data().editManifest((m) => {
      m.indices = [{ ...m.indices[0], indicators: [m.indices[0].indicators[0]] }];
      m.editions = [{ ...m.editions[1], file: 'sdmx-dgi-2023.csv', layout: { type: 'sdmx', variables: { DG: 'composite' } } }];
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
    expect(dataset.countries).toHaveLength(38);
    expect(dataset.countries.find((c) => c.iso3 === 'TUR')).toMatchObject({ name: { en: 'Türkiye' }, sourceNames: [] });
  });
});
