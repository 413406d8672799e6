/**
 * The statement table: for a fixture index with four editions (a 0–1/2 scale in 2019, ties in 2021, a
 * methodology break in 2023, a partial 2025 with printed changes that agree, differ by rounding and
 * differ beyond it), what `stateFigure` says about each figure, one line per (edition, country, indicator).
 */
import { describe, expect, it } from 'vitest';
import { stateFigure, statementsOf } from '../../../src/lib/statements/stateFigure.ts';
import { placesWithin, stateGroup } from '../../../src/lib/statements/groups.ts';
import type { FigureStatement } from '../../../src/lib/statements/types.ts';
import { fixtureQueries } from '../../helpers/statementsFixture.ts';

const queries = fixtureQueries();

/** One statement as a line: coverage, score, rank, change, average. */
function line(s: FigureStatement): string {
  const parts: string[] = [s.coverage];
  if (s.score) parts.push(s.score.text + (s.score.scaleMax !== undefined ? ` of ${s.score.scaleMax}` : ''));
  if (s.rank) parts.push(`rank ${s.rank.position}/${s.rank.of}${s.rank.tiedWith.length ? ` tied with ${s.rank.tiedWith.join(',')}` : ''}`);
  if (s.notRanked) parts.push(`no rank: ${s.notRanked}`);
  const c = s.change;
  if (c?.kind === 'stated') parts.push(`change ${c.text} since ${c.since} (${c.basis}${c.check ? `, ${c.check}` : ''}${c.computed ? `; computed ${c.computed.text}: ${c.computed.reason}` : ''})`);
  if (c?.kind === 'not-comparable') parts.push(`no change since ${c.since}: ${c.reasons.join(' + ')}`);
  if (s.average) parts.push(`average ${s.average.text} ${s.average.basis}`);
  return parts.join(' · ');
}

const say = (edition: string, iso3: string, indicator: string) => line(stateFigure(queries, 'fix', edition, iso3, indicator)!);

describe('stateFigure on the fixture edition', () => {
  it.each([
    // 2019: complete, dimensions on 0–1/2, composite the sum; no sub-pillars published.
    ['2019', 'KOR', 'composite', 'stated · 0.85 · rank 1/4 · average 0.65 computed'],
    ['2019', 'NLD', 'composite', 'stated · 0.65 · rank 2/4 tied with GBR · average 0.65 computed'],
    ['2019', 'GBR', 'composite', 'stated · 0.65 · rank 2/4 tied with NLD · average 0.65 computed'],
    ['2019', 'FRA', 'composite', 'stated · 0.45 · rank 4/4 · average 0.65 computed'],
    ['2019', 'GBR', 'd2', 'stated · 0.30 of 0.5 · rank 3/4 · average 0.33 computed'],
    ['2019', 'PER', 'composite', 'stated · 0.25 · no rank: outside-ranked-set · average 0.65 computed'],
    ['2019', 'COL', 'composite', 'not-member-at-membership-date · average 0.65 computed'],
    ['2019', 'USA', 'composite', 'did-not-take-part · average 0.65 computed'],
    ['2019', 'BRA', 'composite', 'not-in-edition · average 0.65 computed'],
    ['2019', 'KOR', 's1a', 'not-published-in-edition'],
    // 2021: comparable, but the dimensions' scale changed (0–1/2 → 0–1); equal displayed composites share a rank.
    ['2021', 'NLD', 'composite', 'stated · 0.700 · rank 2/6 tied with GBR · change +0.05 since 2019 (computed) · average 0.636 computed'],
    ['2021', 'GBR', 'composite', 'stated · 0.700 · rank 2/6 tied with NLD · change +0.05 since 2019 (computed) · average 0.636 computed'],
    ['2021', 'FRA', 'composite', 'stated · 0.665 · rank 4/6 · change +0.22 since 2019 (computed) · average 0.636 computed'],
    ['2021', 'KOR', 'composite', 'stated · 0.850 · rank 1/6 · change 0.00 since 2019 (computed) · average 0.636 computed'],
    ['2021', 'NLD', 'd2', 'stated · 0.700 · rank 3/6 · no change since 2019: scale-change · average 0.619 computed'],
    ['2021', 'GBR', 's1a', 'stated · 0.60 · rank 4/6 tied with USA · average 0.65 computed'],
    ['2021', 'COL', 'composite', 'stated · 0.350 · rank 6/6 · average 0.636 computed'],
    // 2023: the OECD says it cannot be compared with 2021.
    ['2023', 'FRA', 'composite', 'stated · 0.665 · rank 4/6 · no change since 2021: methodology-break · average 0.659 computed'],
    ['2023', 'FRA', 's1a', 'not-published-in-edition'],
    // 2025: partial; the printed change is said wherever printed.
    ['2025', 'NLD', 'composite', 'stated · 0.76 · no rank: partial-edition · change +0.02 since 2023 (printed, agrees) · average 0.70 printed'],
    ['2025', 'FRA', 'composite', 'stated · 0.80 · no rank: partial-edition · change +0.13 since 2023 (printed, rounding) · average 0.70 printed'],
    ['2025', 'GBR', 'composite', 'stated · 0.90 · no rank: partial-edition · change +0.16 since 2023 (printed, differs; computed +0.20: printed-differs-from-computed) · average 0.70 printed'],
    ['2025', 'PER', 'composite', 'stated · 0.55 · no rank: partial-edition · change +0.05 since 2023 (computed) · average 0.70 printed'],
    ['2025', 'FRA', 'd2', 'stated · 0.66 · no rank: partial-edition · change 0.00 since 2023 (computed)'],
    ['2025', 'PER', 'd2', 'not-stated-in-source'],
    ['2025', 'KOR', 'composite', 'assessed-not-transcribed · average 0.70 printed'],
    ['2025', 'USA', 'composite', 'did-not-take-part · average 0.70 printed'],
    ['2025', 'NLD', 's1a', 'not-published-in-edition'],
  ])('%s %s %s: %s', (edition, iso3, indicator, expected) => {
    expect(say(edition, iso3, indicator)).toBe(expected);
  });

  it('never says -0: a change of -0.002 at 2 decimals is 0.00', () => {
    const change = stateFigure(queries, 'fix', '2025', 'FRA', 'd2')!.change!;
    expect(change).toMatchObject({ kind: 'stated', text: '0.00' });
    expect(Object.is(change.kind === 'stated' && change.value, -0)).toBe(false);
  });

  it('gives the source of each edition, with its licence and table', () => {
    expect(stateFigure(queries, 'fix', '2025', 'NLD', 'composite')!.source).toEqual({ citation: 'Fixture (2025), Fixture results', doi: '10.1787/fix-2025', url: 'https://doi.org/10.1787/fix-2025', table: 'Country notes', license: 'CC-BY-4.0' });
    expect(stateFigure(queries, 'fix', '2019', 'NLD', 'composite')!.source).toEqual({ citation: 'Fixture (2019), Fixture results', doi: '10.1787/fix-2019', url: 'https://doi.org/10.1787/fix-2019', table: 'Table 1', license: 'oecd-terms' });
  });

  it('is undefined for an unknown edition or indicator', () => {
    expect(stateFigure(queries, 'fix', '2017', 'NLD', 'composite')).toBeUndefined();
    expect(stateFigure(queries, 'fix', '2025', 'NLD', 'd9')).toBeUndefined();
  });
});

describe('groups under the same tie rule', () => {
  const statements = statementsOf(queries);

  it('gives equal displayed scores the same place within a group', () => {
    const group = ['GBR', 'NLD', 'FRA'].map((iso3) => statements.figure('fix', '2021', iso3, 'composite')!);
    expect(Object.fromEntries(placesWithin(group))).toEqual({ GBR: 1, NLD: 1, FRA: 3 });
  });

  it('averages a group in a complete edition', () => {
    const group = stateGroup(statements, 'fix', '2021', 'composite', ['NLD', 'GBR', 'FRA', 'BRA']);
    expect(group.average).toEqual({ value: (0.7 + 0.7 + 0.665) / 3, decimals: 3, text: '0.688' });
    expect(group.stated.map((m) => `${m.statement.iso3} ${m.place}`)).toEqual(['NLD 1', 'GBR 1', 'FRA 3']);
    expect(group.without).toEqual({ 'not-in-edition': ['BRA'] });
  });

  it('in a partial edition shows the members stated, no average, and says why the others have no score', () => {
    const group = stateGroup(statements, 'fix', '2025', 'd2', ['NLD', 'GBR', 'KOR', 'USA', 'PER']);
    expect(group.average).toBeNull();
    expect(group.stated.map((m) => `${m.statement.iso3} ${m.statement.score!.text} ${m.place}`)).toEqual(['GBR 0.90 1', 'NLD 0.76 2']);
    expect(group.without).toEqual({ 'assessed-not-transcribed': ['KOR'], 'did-not-take-part': ['USA'], 'not-stated-in-source': ['PER'] });
  });
});
