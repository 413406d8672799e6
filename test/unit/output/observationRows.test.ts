/** The download rows read the statements: the same change, rank and average as the pages, said once. */
import { describe, expect, it } from 'vitest';
import { observationRows } from '../../../src/lib/output/observationRows.ts';
import { indexData } from '../../../src/lib/query/dataIndex.ts';
import { buildFrom, realDataDir, realDataCwd } from '../../helpers/realData.ts';
import { fixtureQueries } from '../../helpers/statementsFixture.ts';

describe('observationRows', () => {
  const fixture = fixtureQueries();
  const rows = observationRows(fixture, fixture.dataset.observations);
  const row = (edition: string, iso3: string, indicator = 'composite') => rows.find((r) => r.edition === edition && r.iso3 === iso3 && r.indicator === indicator)!;
  const cells = (r: ReturnType<typeof row>) => [r.rank, r.ranked_of, r.oecd_average, r.change, r.methodology_break, r.printed_change];

  it.each([
    ['2021', 'NLD', 'composite', [2, 6, '0.636', '0.05', false, null]],
    ['2021', 'GBR', 'composite', [2, 6, '0.636', '0.05', false, null]],
    ['2021', 'NLD', 'd2', [3, 6, '0.619', null, false, null]],
    ['2023', 'FRA', 'composite', [4, 6, '0.659', null, true, null]],
    ['2025', 'FRA', 'composite', [null, null, null, '0.13', false, '0.13']],
    ['2025', 'GBR', 'composite', [null, null, null, '0.16', false, '0.16']],
    ['2025', 'FRA', 'd2', [null, null, null, '0.00', false, null]],
    ['2019', 'KOR', 'composite', [1, 4, '0.65', null, null, null]],
  ] as const)('%s %s %s', (edition, iso3, indicator, expected) => {
    expect(cells(row(edition, iso3, indicator))).toEqual(expected);
  });

  it('on the real data: no OURdata 2023 change from 2019 and no -0.00 anywhere', () => {
    const queries = indexData(buildFrom(realDataCwd, realDataDir));
    const real = observationRows(queries, queries.dataset.observations);
    expect(real.filter((r) => r.index === 'ourdata' && r.edition === '2023' && r.change !== null)).toEqual([]);
    expect(real.filter((r) => Object.values(r).some((v) => typeof v === 'string' && /^-0(\.0+)?$/.test(v)))).toEqual([]);
    expect(real.find((r) => r.index === 'dgi' && r.edition === '2025' && r.iso3 === 'FRA' && r.indicator === 'composite')!.change).toBe('0.13');
  });
});
