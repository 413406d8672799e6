/** What the statements say about the real data, edition by edition (facts from the OECD's publications). */
import { describe, expect, it } from 'vitest';
import { indexData } from '../../../src/lib/query/dataIndex.ts';
import { stateFigure, statementsOf } from '../../../src/lib/statements/stateFigure.ts';
import { buildFrom, realDataDir, realDataCwd } from '../../helpers/realData.ts';

const queries = indexData(buildFrom(realDataCwd, realDataDir));
const state = (index: string, edition: string, iso3: string, indicator = 'composite') => stateFigure(queries, index, edition, iso3, indicator)!;

describe('statements on the real data', () => {
  it('DGI 2025 France: the OECD prints +0.13 since 2023; 0.80 − 0.665 rounds to +0.14, a rounding difference, so +0.13 is said alone', () => {
    expect(state('dgi', '2025', 'FRA').change).toEqual({ kind: 'stated', since: '2023', value: 0.13, decimals: 2, text: '+0.13', basis: 'printed', check: 'rounding' });
  });

  it('OURdata 2025 France: the OECD prints +0.16 while 0.96 − 0.83 = +0.13: both are said, the printed first', () => {
    expect(state('ourdata', '2025', 'FRA').change).toEqual({ kind: 'stated', since: '2023', value: 0.16, decimals: 2, text: '+0.16', basis: 'printed', check: 'differs', computed: { value: 0.13, text: '+0.13', reason: 'printed-differs-from-computed' } });
  });

  it('OURdata 2019 Czechia: the printed change since 2017 differs from the sum of its parts\' printed changes', () => {
    expect(state('ourdata', '2019', 'CZE').change).toMatchObject({ text: '+0.16', since: '2017', basis: 'printed', check: 'differs', computed: { text: '+0.08', reason: 'printed-differs-from-parts' } });
    expect(state('ourdata', '2019', 'KOR').change).toMatchObject({ text: '-0.01', since: '2017', basis: 'printed', check: 'unchecked' });
  });

  it('OURdata 2023 Denmark and Sweden: both 0.66, both 8th, tied with each other', () => {
    expect(state('ourdata', '2023', 'DNK')).toMatchObject({ score: { text: '0.66' }, rank: { position: 8, tiedWith: ['SWE'] } });
    expect(state('ourdata', '2023', 'SWE')).toMatchObject({ score: { text: '0.66' }, rank: { position: 8, tiedWith: ['DNK'] } });
  });

  it('DGI 2025 scores, averages and changes have 2 decimals, never 3', () => {
    const all = queries.dataset.observations.filter((o) => o.index === 'dgi' && o.edition === '2025').map((o) => state('dgi', '2025', o.iso3, o.indicator));
    expect(all.length).toBeGreaterThan(200);
    for (const s of all) {
      expect(s.score!.text, `${s.iso3} ${s.indicator}`).toMatch(/^\d\.\d\d$/);
      if (s.average) expect(s.average.text).toMatch(/^\d\.\d\d$/);
      if (s.change?.kind === 'stated') expect(s.change.text).toMatch(/^([+-]\d\.\d\d|0\.00)$/);
    }
    expect(state('dgi', '2025', 'DNK', 'data-driven-public-sector').score!.text).toBe('0.83');
  });

  it('no change of OURdata 2023 pillars from 2019: methodology break and change of scale', () => {
    expect(state('ourdata', '2023', 'KOR', 'data-availability').change).toEqual({ kind: 'not-comparable', since: '2019', reasons: ['methodology-break', 'scale-change'] });
    expect(state('ourdata', '2023', 'KOR').change).toEqual({ kind: 'not-comparable', since: '2019', reasons: ['methodology-break'] });
    expect(state('dgi', '2023', 'KOR').change).toEqual({ kind: 'not-comparable', since: '2019', reasons: ['methodology-break'] });
  });

  it.each([
    ['dgi', '2025', 'KOR', 'composite', 'assessed-not-transcribed'],
    ['ourdata', '2025', 'DNK', 'composite', 'assessed-not-transcribed'],
    ['dgi', '2025', 'USA', 'composite', 'did-not-take-part'],
    ['dgi', '2023', 'DEU', 'composite', 'did-not-take-part'],
    ['dgi', '2019', 'USA', 'composite', 'did-not-take-part'],
    ['dgi', '2019', 'CRI', 'composite', 'not-member-at-membership-date'],
    ['ourdata', '2019', 'COL', 'composite', 'not-member-at-membership-date'],
    ['ourdata', '2019', 'KOR', 'availability-policy', 'not-published-in-edition'],
    ['ourdata', '2025', 'KOR', 'availability-policy', 'not-published-in-edition'],
    ['dgi', '2025', 'POL', 'open-by-default', 'not-stated-in-source'],
    ['ourdata', '2019', 'URY', 'composite', 'not-in-edition'],
    ['dgi', '2025', 'FRA', 'composite', 'stated'],
  ])('%s %s %s %s: %s', (index, edition, iso3, indicator, code) => {
    expect(state(index, edition, iso3, indicator).coverage).toBe(code);
  });

  it('the DGI 2025 average is the OECD\'s printed one; DGI 2019\'s is computed over the members at the survey, the printed one beside it where it differs', () => {
    expect(state('dgi', '2025', 'FRA').average).toEqual({ value: 0.7, decimals: 2, text: '0.70', basis: 'printed' });
    expect(state('dgi', '2019', 'FRA').average).toMatchObject({ text: '0.501', basis: 'computed' });
    expect(state('dgi', '2019', 'FRA').average).not.toHaveProperty('printedDiffers');
    expect(state('dgi', '2019', 'FRA', 'digital-by-design').average).toMatchObject({ text: '0.54', basis: 'computed', printedDiffers: '0.55' });
  });

  it('every figure of every edition is stated once, with the model\'s rank', () => {
    const statements = statementsOf(queries);
    for (const o of queries.dataset.observations) {
      const s = statements.figure(o.index, o.edition, o.iso3, o.indicator)!;
      expect(s.rank?.position ?? null).toBe(o.rank);
    }
  });
});
