/**
 * One figure, said once: for the fixture index (ties in 2021 and 2023, a printed change that differs by
 * rounding and one that differs beyond it in the partial 2025, a methodology break before 2023, a scale
 * change 2019 → 2021), what `stateFigure` says, and the same figure read back from a profile, the index
 * page, a group table, the CSV rows and the preview image, built through the page context on the fixture.
 */
import { describe, expect, it } from 'vitest';
import { observationRows } from '../../../src/lib/output/observationRows.ts';
import { previewSvg } from '../../../src/lib/output/previewSvg.ts';
import { groupAveragesView } from '../../../src/lib/pages/groupAverages.ts';
import { indexPage } from '../../../src/lib/pages/indexPage.ts';
import { policyAreaPage } from '../../../src/lib/pages/policyArea.ts';
import { previewFor } from '../../../src/lib/pages/previews.ts';
import { profilePage } from '../../../src/lib/pages/profilePage.ts';
import { stateFigure } from '../../../src/lib/statements/stateFigure.ts';
import { pageContext } from '../../helpers/pageInputs.ts';
import { fixtureDir } from '../../helpers/statementsFixture.ts';

const ctx = pageContext('en', { dir: fixtureDir });
const data = ctx.data;
const say = (edition: string, iso3: string, indicator = 'composite') => stateFigure(data, 'fix', edition, iso3, indicator)!;

const profile = (iso3: string) => profilePage(ctx, { iso3 });
const history = (iso3: string, edition: string) => profile(iso3).sections[0]!.history!.rows.find((r) => r.edition.startsWith(edition))!;
const index = indexPage(ctx, { index: 'fix' });
const indexRow = (edition: string, country: string) =>
  [...index.first, ...index.past].find((e) => e.ranking.table.title.startsWith(`FIX ${edition}`))!.ranking.table.rows.find((r) => r.country.text === country)!;
const groupCell = (iso3: string, member: string) => profile(iso3).groups[0]!.table!.rows.find((r) => r.name === member)!.cells[0];
const csv = (edition: string, iso3: string, indicator = 'composite') =>
  observationRows(data, data.dataset.observations).find((r) => r.edition === edition && r.iso3 === iso3 && r.indicator === indicator)!;
const preview = (iso3: string) => previewSvg(previewFor(data, 'en', `countries/${iso3.toLowerCase()}/`));

describe('ties: equal displayed scores share a rank everywhere', () => {
  it('FIX 2021: the Netherlands and the United Kingdom both print 0.700 and are both 2nd of 6', () => {
    expect(say('2021', 'NLD').rank).toEqual({ position: 2, of: 6, set: 'oecd-members', tiedWith: ['GBR'] });
    for (const [iso3, name] of [['NLD', 'Netherlands'], ['GBR', 'United Kingdom']] as const) {
      expect(history(iso3, '2021')).toMatchObject({ score: '0.700', rank: '2nd of 6 OECD members' });
      expect(indexRow('2021', name)).toMatchObject({ rank: '2nd', score: '0.700' });
      expect(csv('2021', iso3)).toMatchObject({ score: '0.700', rank: 2, ranked_of: 6 });
    }
  });

  it('FIX 2023: Brazil and Argentina both print 0.600 and share 5th place in the group table', () => {
    expect([groupCell('FRA', 'Brazil'), groupCell('FRA', 'Argentina')]).toEqual(['0.600 (5th)', '0.600 (5th)']);
    expect(groupCell('FRA', 'United States')).toBe('0.550 (7th)');
  });
});

describe('a printed change that differs from the computed one by rounding: the printed one alone', () => {
  it('FIX 2025 France: +0.13 as printed (0.80 − 0.665 would give +0.14)', () => {
    expect(say('2025', 'FRA').change).toMatchObject({ kind: 'stated', text: '+0.13', basis: 'printed', check: 'rounding' });
    const card = profile('FRA').cards[0]!;
    expect(card).toMatchObject({ score: '0.80', change: '+0.13 since 2023', trend: 'Up 0.13 since 2023, as printed by the OECD.' });
    expect(card.quality).toBeUndefined();
    expect(history('FRA', '2025').change).toBe('+0.13');
    expect(indexRow('2025', 'France')).toMatchObject({ score: '0.80', change: '+0.13', computedChange: '–' });
    expect(csv('2025', 'FRA')).toMatchObject({ score: '0.80', change: '0.13', printed_change: '0.13' });
    expect(preview('FRA')).toContain('>0.80<');
  });
});

describe('a printed change that differs beyond rounding: both, with the reason and the data-quality entry', () => {
  it('FIX 2025 United Kingdom: printed +0.16, computed +0.20', () => {
    expect(say('2025', 'GBR').change).toMatchObject({ text: '+0.16', check: 'differs', computed: { text: '+0.20', reason: 'printed-differs-from-computed' } });
    const card = profile('GBR').cards[0]!;
    expect(card.trend).toBe('The OECD prints a change of +0.16 since 2023; the scores of the two editions give +0.20.');
    expect(card.quality).toEqual({ text: 'Printed and computed changes (data quality)', href: '/data-quality/#quality-change' });
    expect(indexRow('2025', 'United Kingdom')).toMatchObject({ change: '+0.16', computedChange: '+0.20' });
    expect(csv('2025', 'GBR')).toMatchObject({ change: '0.16', printed_change: '0.16' });
  });
});

describe('no change across a methodology break or a change of scale', () => {
  it('FIX 2023 France: the OECD says 2023 cannot be compared with 2021', () => {
    expect(say('2023', 'FRA').change).toEqual({ kind: 'not-comparable', since: '2021', reasons: ['methodology-break'] });
    expect(history('FRA', '2023').change).toBe('– (methodology break)');
    expect(indexRow('2023', 'France')).toMatchObject({ change: '–', acrossBreak: true });
    expect(csv('2023', 'FRA')).toMatchObject({ change: null, methodology_break: true });
  });

  it('FIX 2021 Netherlands, open by default: 0–1/2 in 2019, 0–1 in 2021', () => {
    expect(say('2021', 'NLD', 'd2').change).toEqual({ kind: 'not-comparable', since: '2019', reasons: ['scale-change'] });
    const area = policyAreaPage(ctx, { index: 'fix', indicator: 'd2' });
    const row = area.past.find((p) => p.heading.includes('2021'))!.ranking.table.rows.find((r) => r.country.text === 'Netherlands')!;
    expect(row).toMatchObject({ score: '0.700', change: '–' });
    expect(csv('2021', 'NLD', 'd2')).toMatchObject({ change: null, methodology_break: false });
  });
});

describe('a partial edition: no rank, the printed average, no group average, members stated', () => {
  it('FIX 2025 Netherlands: 0.76, not ranked, OECD average 0.70 as printed', () => {
    expect(say('2025', 'NLD')).toMatchObject({ score: { text: '0.76' }, rank: null, notRanked: 'partial-edition', average: { text: '0.70', basis: 'printed' } });
    expect(profile('NLD').cards[0]).toMatchObject({ score: '0.76', rank: 'not ranked (partial edition)' });
    expect(profile('NLD').cards[0]!.verdict!.figures.find((f) => f.kind === 'average')).toMatchObject({ label: 'OECD average (printed)', value: '0.70' });
    expect(indexRow('2025', 'Netherlands')).toMatchObject({ rank: '–', score: '0.76' });
    expect(csv('2025', 'NLD')).toMatchObject({ rank: null, oecd_average: null, oecd_average_printed: '0.70' });
    expect(previewFor(data, 'en', 'countries/nld/').rows[0]).toMatchObject({ value: '0.76', detail: '' });
  });

  it('the group table has no average and says why members have no value', () => {
    const groups = groupAveragesView(ctx, 'fix', '2025', 'composite', 'g')!;
    expect(groups.rows[0]).toMatchObject({ average: '–', vsOecd: '–', covered: '3 of 7' });
    expect(groups.rows[0]!.missing).toBe('Not in this edition: Brazil, Argentina; Did not take part: United States; Assessed by the OECD, not transcribed here: Korea');
    expect([groups.oecd, groups.oecdLabel]).toEqual(['0.70', 'OECD average, as printed by the OECD']);
  });

  it('Korea, assessed but not transcribed: the card says so and links the OECD notes; the preview gives the reason', () => {
    const card = profile('KOR').cards[0]!;
    expect(card.absentFrom).toEqual(["The OECD assessed Korea in FIX 2025 (partial edition); its results are not transcribed here."]);
    expect(card.notes).toEqual([{ text: "The OECD's country notes, FIX 2025", href: 'https://doi.org/10.1787/fix-2025' }]);
    expect(history('KOR', '2025').score).toBe('assessed by the OECD, not transcribed here');
  });

  it('cites each edition with its licence, and says ranks and averages were computed only for complete ones', () => {
    const citations = profile('FRA').citations;
    expect(citations[0]).toBe('FIX 2019: Fixture (2019), Fixture results, https://doi.org/10.1787/fix-2019. Licence: OECD terms and conditions.');
    expect(citations.at(-2)).toBe('FIX 2025: Fixture (2025), Fixture results, https://doi.org/10.1787/fix-2025. Licence: CC BY 4.0.');
    expect(citations.at(-1)).toBe('Ranks and OECD averages of FIX 2019, FIX 2021 and FIX 2023 computed by Digital Government Profiles.');
  });
});
