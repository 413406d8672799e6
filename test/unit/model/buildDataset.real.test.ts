/**
 * buildDataset() on the real data/ folder reproduces what the OECD published. Every expected figure
 * here comes from the sources (see /work/shared/data/oecd/README.md) or is recomputed in the test from
 * the raw CSV, never copied from the code's output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/model/types.ts';
import { buildFrom, readRealData, realDataDir, realDataCwd } from '../../helpers/realData.ts';

let dataset: Dataset;
beforeAll(() => {
  dataset = buildFrom(realDataCwd, realDataDir);
});

const observation = (index: string, edition: string, iso3: string, indicator = 'composite') =>
  dataset.observations.find((o) => o.index === index && o.edition === edition && o.iso3 === iso3 && o.indicator === indicator);
const rankOf = (index: string, edition: string, iso3: string) => observation(index, edition, iso3)?.rank;
const stat = (index: string, edition: string, indicator: string) =>
  dataset.stats.find((s) => s.index === index && s.edition === edition && s.indicator === indicator);

describe('DGI 2023 (OECD members ranked)', () => {
  it.each([
    ['KOR', 1],
    ['DNK', 2],
    ['GBR', 3],
    ['CRI', 33],
  ])('ranks %s %i', (iso3, rank) => {
    expect(rankOf('dgi', '2023', iso3)).toBe(rank);
  });

  it('ranks 33 countries, each out of 33', () => {
    const composites = dataset.observations.filter((o) => o.index === 'dgi' && o.edition === '2023' && o.indicator === 'composite');
    expect(composites.filter((o) => o.rank !== null)).toHaveLength(33);
    expect(stat('dgi', '2023', 'composite')?.rankedOf).toBe(33);
  });

  it.each(['PER', 'BRA', 'ARG', 'HRV', 'ROU'])('shows %s unranked, with its score', (iso3) => {
    expect(observation('dgi', '2023', iso3)).toMatchObject({ rank: null, rankedOf: null, oecdMember: false });
  });

  it.each([
    ['digital-by-design', '0.684'],
    ['data-driven-public-sector', '0.633'],
    ['government-as-a-platform', '0.615'],
    ['open-by-default', '0.525'],
    ['user-driven', '0.607'],
    ['proactiveness', '0.567'],
    ['composite', '0.605'],
  ])('gives an OECD average %s of %s over 33 members', (indicator, average) => {
    expect(stat('dgi', '2023', indicator)?.average?.toFixed(3)).toBe(average);
    expect(stat('dgi', '2023', indicator)?.members).toBe(33);
  });

  it('keeps the printed OECD row as printed average, not as a country', () => {
    expect(stat('dgi', '2023', 'composite')?.printed).toEqual({ value: 0.605, text: '0.605' });
    expect(dataset.countries.map((c) => c.iso3)).not.toContain('OECD');
    expect(dataset.observations.some((o) => o.iso3 === 'OECD')).toBe(false);
  });

  it('has no observation for Germany (not covered), rather than a 0', () => {
    expect(dataset.observations.filter((o) => o.index === 'dgi' && o.edition === '2023' && o.iso3 === 'DEU')).toEqual([]);
    expect(dataset.countries.map((c) => c.iso3)).toContain('DEU');
  });
});

describe('DGI 2019 (pilot, all participants ranked)', () => {
  it.each([
    ['KOR', 1],
    ['URY', 9],
    ['BRA', 16],
    ['PAN', 30],
    ['ARG', 31],
    ['SWE', 33],
  ])('ranks %s %i', (iso3, rank) => {
    expect(rankOf('dgi', '2019', iso3)).toBe(rank);
  });

  it('gives Ireland and Chile (both 0.411) rank 23 and Belgium, next, rank 25', () => {
    expect([rankOf('dgi', '2019', 'IRL'), rankOf('dgi', '2019', 'CHL'), rankOf('dgi', '2019', 'BEL')]).toEqual([23, 23, 25]);
  });

  it('ranks all 33 participants', () => {
    const composites = dataset.observations.filter((o) => o.index === 'dgi' && o.edition === '2019' && o.indicator === 'composite');
    expect(composites).toHaveLength(33);
    expect(composites.every((o) => o.rank !== null && o.rankedOf === 33)).toBe(true);
  });

  it('averages the composite over the 28 members at the survey (membershipDate 2019-12, Colombia not yet a member): 0.501 as printed', () => {
    expect(stat('dgi', '2019', 'composite')).toMatchObject({ members: 28, printed: { value: 0.501, text: '0.501' } });
    expect(stat('dgi', '2019', 'composite')?.average?.toFixed(4)).toBe('0.5012');
    expect(dataset.differences.filter((d) => d.kind === 'average' && d.edition === '2019' && d.indicator === 'composite')).toEqual([]);
  });

  it('warns that the printed dimension averages include Colombia, which joined after the survey', () => {
    const averages = dataset.differences.filter((d) => d.kind === 'average' && d.index === 'dgi' && d.edition === '2019');
    expect(averages.map((d) => [d.indicator, d.printed, d.computed])).toEqual([
      ['digital-by-design', '0.55', '0.541'],
      ['data-driven-public-sector', '0.44', '0.431'],
      ['user-driven', '0.47', '0.455'],
      ['proactiveness', '0.42', '0.403'],
    ]);
    expect(averages[0]?.cause).toEqual({ key: 'cause.average.membersAtPublication', params: { countries: 'COL', date: '2019-12', published: '2020-10', mean: '0.5479' } });
  });

  it('finds no disagreement for DGI 2023 or OURdata 2023', () => {
    expect(dataset.warnings.filter((w) => w.file.endsWith('dgi-2023.csv') || w.file.endsWith('ourdata-2023.csv'))).toEqual([]);
  });
});

describe('OURdata 2023', () => {
  /** Pillars per country, read straight from the CSV. */
  const pillars = new Map<string, number[]>();
  for (const line of readRealData('ourdata-2023.csv').replace(/^\uFEFF/, '').split('\n').slice(1)) {
    const [iso3, , variable, value] = line.replaceAll('"', '').trim().split(',');
    if (iso3 && variable?.endsWith('_score')) pillars.set(iso3, [...(pillars.get(iso3) ?? []), Number(value)]);
  }

  // The file lacks the composite; Government at a Glance 2025 prints it (its second source), so the OECD's
  // printed figure is shown, with its source, instead of the mean of the pillars (a behaviour change, issue 23).
  it('shows Poland’s composite as the OECD printed it in Government at a Glance 2025, 0.79, not the mean of its pillars 0.78', () => {
    expect(observation('ourdata', '2023', 'POL')).toMatchObject({ value: 0.79, text: '0.79', origin: 'published', file: 'data/gaag-2025-dgi-ourdata.csv', source: { doi: '10.1787/0efd0bcd-en' } });
    const listed = dataset.differences.find((d) => d.kind === 'source' && d.index === 'ourdata' && d.iso3 === 'POL');
    expect(listed).toMatchObject({ printed: '0.79', computed: '0.78', shown: 'printed' });
  });

  it('takes the composite of all 40 countries as printed in Government at a Glance 2025, each within rounding of the mean of its pillars', () => {
    expect(pillars.size).toBe(40);
    for (const [iso3, values] of pillars) {
      expect(values, iso3).toHaveLength(3);
      const composite = observation('ourdata', '2023', iso3);
      const mean = (values[0]! + values[1]! + values[2]!) / 3;
      expect(composite?.origin, iso3).toBe('published');
      expect(composite?.text, iso3).toMatch(/^\d\.\d\d$/);
      expect(Math.abs(composite!.value - mean), iso3).toBeLessThanOrEqual(0.01 + 1e-9);
    }
  });

  it('keeps the published pillars as published', () => {
    expect(observation('ourdata', '2023', 'POL', 'data-accessibility')).toMatchObject({ value: 0.96, origin: 'published', file: 'data/ourdata-2023.csv' });
  });

  it('ranks the 36 members and shows Brazil, Croatia, Peru and Romania unranked', () => {
    const composites = dataset.observations.filter((o) => o.index === 'ourdata' && o.edition === '2023' && o.indicator === 'composite');
    const unranked = composites.filter((o) => o.rank === null).map((o) => o.iso3);
    expect(unranked.sort()).toEqual(['BRA', 'HRV', 'PER', 'ROU']);
    expect(composites.filter((o) => o.rank !== null).every((o) => o.rankedOf === 36)).toBe(true);
  });
});

describe('changes between editions', () => {
  it('flags Korea’s DGI composite change 2019 → 2023 (0.742 → 0.935) as a methodology break', () => {
    const change = observation('dgi', '2023', 'KOR')?.change;
    expect(change).toMatchObject({ fromEdition: '2019', methodologyBreak: true });
    expect(change?.delta).toBeCloseTo(0.935 - 0.742, 12);
  });

  it('flags every DGI 2023 change as a methodology break', () => {
    const changes = dataset.observations.filter((o) => o.index === 'dgi' && o.edition === '2023' && o.change);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((o) => o.change?.methodologyBreak === true)).toBe(true);
  });

  it('gives no change to the first edition of an index', () => {
    expect(dataset.observations.filter((o) => o.edition === '2019' && o.change !== null)).toEqual([]);
  });
});

describe('countries', () => {
  it('lists 48 countries (47 covered, and the United States, a member in no edition), sorted, and no aggregate', () => {
    const codes = dataset.countries.map((c) => c.iso3);
    expect(codes).toHaveLength(48);
    expect(dataset.countries.filter((c) => !c.covered).map((c) => c.iso3)).toEqual(['USA']);
    expect(codes).toEqual([...codes].sort());
    expect(codes).not.toContain('OECD');
    expect(codes).toEqual(expect.arrayContaining(['URY', 'PAN', 'ARG', 'HUN', 'CHE']));
  });

  it('names Korea as the OECD does and remembers the name the source printed for Czechia', () => {
    expect(dataset.countries.find((c) => c.iso3 === 'KOR')).toMatchObject({ name: { en: 'Korea', fr: 'Corée' }, sourceNames: [] });
    expect(dataset.countries.find((c) => c.iso3 === 'CZE')?.sourceNames).toEqual(['Czech Republic']);
  });

  it('marks membership at the latest edition (2024-01): Costa Rica member, Brazil not', () => {
    expect(dataset.countries.find((c) => c.iso3 === 'CRI')?.oecdMember).toBe(true);
    expect(dataset.countries.find((c) => c.iso3 === 'BRA')?.oecdMember).toBe(false);
  });
});
