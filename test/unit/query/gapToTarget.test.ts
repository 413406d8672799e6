/** The gap-to-target computation on the fixture (test/helpers/gapToTargetFixture.ts): every edge case as a table. */
import { describe, expect, it } from 'vitest';
import { gapCell } from '../../../src/lib/statements/cells.ts';
import { gapToTarget, inTopQuarter, latestCompleteCovering, topQuarterLast, type IndicatorGap } from '../../../src/lib/query/gapToTarget.ts';
import { roundTo } from '../../../src/lib/model/round.ts';
import { statementsOf } from '../../../src/lib/statements/stateFigure.ts';
import { gapQueries, withoutValue } from '../../helpers/gapToTargetFixture.ts';

const queries = gapQueries();
const row = (iso3: string, indicator: string, edition = '2023'): IndicatorGap => gapToTarget(queries, iso3, 'fix', edition)!.indicators.find((i) => i.indicator === indicator)!;

describe('top quarter', () => {
  it('is a quarter of the ranked countries rounded down, and first place at least, for every size up to 60', () => {
    for (let of = 1; of <= 60; of++) for (let r = 1; r <= of; r++) expect(inTopQuarter(r, of), `${r} of ${of}`).toBe(r <= Math.max(1, Math.floor(of / 4)));
  });
  it.each([
    [1, 3, true],
    [2, 3, false],
    [2, 8, true],
    [3, 8, false],
    [8, 33, true],
    [9, 33, false],
  ])('rank %i of %i: %s', (r, of, top) => expect(inTopQuarter(r, of)).toBe(top));
  it.each([
    [1, 1],
    [3, 1],
    [4, 1],
    [8, 2],
    [10, 2],
    [33, 8],
    [36, 9],
  ])('of %i ranked, the top quarter ends at rank %i', (of, last) => expect(topQuarterLast(of)).toBe(last));
});

describe('gaps on the composite', () => {
  it.each([
    // country, rank, average gap, next rank (rank: target, gap), top quarter
    ['KOR', 1, { kind: 'reached', target: 0.68, gap: 0.22 }, { kind: 'first' }, { kind: 'reached', target: 0.85, rank: 2 }],
    ['DNK', 2, { kind: 'reached', target: 0.68, gap: 0.17 }, { kind: 'short', target: 0.9, gap: -0.05, rank: 1 }, { kind: 'reached', target: 0.85, rank: 2 }],
    ['GBR', 3, { kind: 'reached', target: 0.68, gap: 0.12 }, { kind: 'short', target: 0.85, gap: -0.05, rank: 2 }, { kind: 'short', target: 0.85, gap: -0.05, rank: 2 }],
    // Tied 5th: the next rank up is 4th (the Netherlands), not the other tied country.
    ['FRA', 5, { kind: 'reached', target: 0.68, gap: 0.02 }, { kind: 'short', target: 0.75, gap: -0.05, rank: 4 }, { kind: 'short', target: 0.85, gap: -0.15, rank: 2 }],
    ['DEU', 5, { kind: 'reached', target: 0.68, gap: 0.02 }, { kind: 'short', target: 0.75, gap: -0.05, rank: 4 }, { kind: 'short', target: 0.85, gap: -0.15, rank: 2 }],
    // After a tie the next rank is 7th; its next rank up is the tied 5th.
    ['ESP', 7, { kind: 'short', target: 0.68, gap: -0.08 }, { kind: 'short', target: 0.7, gap: -0.1, rank: 5 }, { kind: 'short', target: 0.85, gap: -0.25, rank: 2 }],
    ['JPN', 10, { kind: 'short', target: 0.68, gap: -0.23 }, { kind: 'short', target: 0.5, gap: -0.05, rank: 9 }, { kind: 'short', target: 0.85, gap: -0.4, rank: 2 }],
  ])('%s (rank %i)', (iso3, position, average, nextRank, topQuarter) => {
    const r = row(iso3, 'composite');
    expect(r.rank).toEqual({ position, of: 10 });
    expect(r.average).toEqual(average);
    expect(r.nextRank).toEqual(nextRank);
    expect(r.topQuarter).toEqual(topQuarter);
  });

  it('a country with a score but no rank (a non-member) gets the average gap and no rank gaps', () => {
    expect(row('BRA', 'composite')).toEqual({
      indicator: 'composite',
      level: 'composite',
      decimals: 2,
      score: 0.65,
      rank: null,
      average: { kind: 'short', target: 0.68, gap: -0.03 },
      nextRank: { kind: 'not-ranked' },
      topQuarter: { kind: 'not-ranked' },
    });
  });

  it('the average gap is the score minus the average as the statements print them, for every country and indicator, and is the gap the cards print', () => {
    const statements = statementsOf(queries);
    for (const iso3 of ['KOR', 'DNK', 'GBR', 'NLD', 'FRA', 'DEU', 'ESP', 'ITA', 'PRT', 'JPN', 'BRA']) {
      for (const r of gapToTarget(queries, iso3, 'fix', '2023')!.indicators) {
        const s = statements.figure('fix', '2023', iso3, r.indicator)!;
        const printed = roundTo(Number(s.score!.text) - Number(s.average!.text), 2);
        expect(r.average, `${iso3} ${r.indicator}`).toMatchObject({ target: Number(s.average!.text), gap: printed });
        expect(Number(gapCell(s, 'en')!.text.replace('\u2212', '-')), `gapCell ${iso3} ${r.indicator}`).toBe(printed);
      }
    }
  });
});

describe('per dimension', () => {
  it('the composite comes first, then the dimensions in the manifest order', () => {
    expect(gapToTarget(queries, 'DEU', 'fix', '2023')!.indicators.map((i) => i.indicator)).toEqual(['composite', 'digital-by-design', 'data-driven', 'open-by-default']);
  });
  it('each dimension is ranked on its own', () => {
    expect(row('DEU', 'data-driven')).toMatchObject({ score: 0.55, rank: { position: 8, of: 10 }, nextRank: { kind: 'short', target: 0.6, gap: -0.05, rank: 6 }, topQuarter: { kind: 'short', target: 0.85, gap: -0.3 } });
    expect(row('DEU', 'open-by-default')).toMatchObject({ rank: { position: 3, of: 10 }, topQuarter: { kind: 'short', target: 0.85, gap: -0.05, rank: 2 } });
  });
  it('a dimension the source does not state for the country has no score and no gap', () => {
    const missing = gapToTarget(withoutValue('DEU', '2023', 'data-driven'), 'DEU', 'fix', '2023')!;
    expect(missing.indicators.find((i) => i.indicator === 'data-driven')).toEqual({ indicator: 'data-driven', level: 'dimension', decimals: 2, score: null, rank: null });
  });
});

describe('fewer than four ranked countries (FIX 2021, 3 ranked)', () => {
  it.each([
    ['KOR', { kind: 'first' }, { kind: 'reached', target: 0.8, rank: 1 }],
    ['DNK', { kind: 'short', target: 0.8, gap: -0.1, rank: 1 }, { kind: 'short', target: 0.8, gap: -0.1, rank: 1 }],
    ['USA', { kind: 'short', target: 0.7, gap: -0.1, rank: 2 }, { kind: 'short', target: 0.8, gap: -0.2, rank: 1 }],
  ])('%s: the top quarter is the first place alone', (iso3, nextRank, topQuarter) => {
    expect(row(iso3, 'composite', '2021')).toMatchObject({ nextRank, topQuarter });
  });
});

describe('no gaps', () => {
  it.each([
    ['a partial edition (no ranks)', 'KOR', '2025'],
    ['a country the edition does not cover (did not take part)', 'USA', '2023'],
    ['a country in no edition', 'PER', '2023'],
    ['an unknown edition', 'KOR', '2099'],
  ])('%s', (_, iso3, edition) => expect(gapToTarget(queries, iso3, 'fix', edition)).toBeUndefined());
  it('an unknown index', () => expect(gapToTarget(queries, 'KOR', 'nope', '2023')).toBeUndefined());
});

describe('the default edition: the newest complete one covering the country', () => {
  it.each([
    ['KOR', '2023'],
    ['USA', '2021'],
    ['DEU', '2023'],
    ['PER', undefined],
  ])('%s → %s', (iso3, edition) => expect(latestCompleteCovering(queries, 'fix', iso3)?.edition).toBe(edition));
});
