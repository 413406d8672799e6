/** A profile's per-edition figures, its history across editions and its group peers, on the real data. */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/lib/i18n/languages.ts';
import { countryEditionView } from '../../../src/lib/pages/countryEdition.ts';
import { countryHistoryView } from '../../../src/lib/pages/countryHistory.ts';
import { groupPeersView } from '../../../src/lib/pages/groupPeers.ts';
import { dataOf, pageContext } from '../../helpers/pageInputs.ts';

const { data: site } = dataOf();
const edition = (iso3: string, index: string, label: string, tableOnly = false, lang: Lang = 'en') => countryEditionView(pageContext(lang), iso3, site.requireEdition(index, label), tableOnly);

describe('countryEditionView(): one edition covering the country', () => {
  it.each([
    { case: 'complete, Korea DGI 2023', iso3: 'KOR', index: 'dgi', label: '2023', row: { href: '/indices/dgi/digital-by-design/', label: 'Digital by design', score: '0.971', rank: '2nd of 33 OECD members', average: '0.684', gap: '+0.287' }, averageHeader: 'OECD average' },
    { case: 'partial, Denmark DGI 2025', iso3: 'DNK', index: 'dgi', label: '2025', row: { href: '/indices/dgi/digital-by-design/', label: 'Digital by design', score: '0.88', rank: 'not ranked (partial edition)', average: '0.75', gap: '+0.13' }, averageHeader: 'OECD average, as printed by the OECD' },
    { case: 'partial with a value not stated, Argentina DGI 2025', iso3: 'ARG', index: 'dgi', label: '2025', row: { href: '/indices/dgi/data-driven-public-sector/', label: 'Data-driven public sector', score: 'not stated in the source', rank: '–', gap: '–' }, averageHeader: 'OECD average, as printed by the OECD' },
  ])('$case: its dimension rows in words', ({ iso3, index, label, row, averageHeader }) => {
    const view = edition(iso3, index, label);
    expect(view.averageHeader).toBe(averageHeader);
    expect(view.tables[0]!.rows).toContainEqual(expect.objectContaining(row));
  });

  it('a partial edition says what it lacks, draws the printed average, and offers the headline embed', () => {
    const view = edition('DNK', 'dgi', '2025');
    expect(view.partialNote).toMatch(/^Partial edition: Transcribed from the OECD's country notes/);
    expect(view.chart!.labels!.average).toBe('OECD average (as printed)');
    expect(view.figure!.embed).toBe('/embed/countries/dnk/');
  });

  it('a complete edition has no partial note; Korea has no headline edition, so no embed', () => {
    const view = edition('KOR', 'dgi', '2023');
    expect(view.partialNote).toBeUndefined();
    expect(view.figure!.embed).toBeUndefined();
    expect(view.summary).toBe('Korea has scores on 6 dimensions in DGI 2023. Highest: Data-driven public sector (1.000); lowest: Open by default (0.882).');
  });

  it('the chart links each row to its indicator page and gives ranks as n/of', () => {
    const chart = edition('KOR', 'dgi', '2023').chart!;
    expect(chart.id).toBe('dgi-2023-kor-dims');
    expect(chart.rows[0]).toMatchObject({ label: 'Digital by design', value: 0.971, rankText: '2/33', href: '/indices/dgi/digital-by-design/' });
    expect(chart.rows.every((r) => !('missingText' in r))).toBe(true);
  });

  it('a value the partial edition does not state is charted as such', () => {
    expect(edition('ARG', 'dgi', '2025').chart!.rows.find((r) => r.label === 'Data-driven public sector')).toMatchObject({ value: null, missingText: 'not stated in the source' });
  });

  it('a past edition (table only) has the same tables, no chart and no embed', () => {
    const full = edition('DNK', 'dgi', '2025');
    const past = edition('DNK', 'dgi', '2025', true);
    expect(past.chart).toBeUndefined();
    expect(past.figure).toBeUndefined();
    expect(past.tables).toEqual(full.tables);
  });

  it('OURdata 2019: pillars on a 0–1/3 scale with a note, and no sub-pillar rows (the edition publishes none)', () => {
    const view = edition('KOR', 'ourdata', '2019');
    expect(view.scaleNote).toBe('In OURdata 2019 each pillar ranges from 0 to 0.33; the composite is their sum.');
    expect(view.tables.map((t) => t.rows.length)).toEqual([3]);
    expect(view.chart!.rows.map((r) => r.label.startsWith('· '))).toEqual([false, false, false]);
  });

  // Behaviour change (issue 21): the profile charts the dimensions only; sub-pillars are folded into the data table.
  it('OURdata 2023: a table of sub-pillars per pillar; the chart draws the three pillars once and says where the sub-pillars are', () => {
    const view = edition('KOR', 'ourdata', '2023');
    expect(view.tables.map((t) => t.rows.length)).toEqual([3, 3, 3, 3]);
    expect(view.chart!.rows.map((r) => r.label)).toEqual(['Data availability', 'Data accessibility', 'Government support for data re-use']);
    expect(view.figure).toMatchObject({ compact: true, narrow: undefined, leftOut: 'The chart shows the pillars; each sub-pillar is in the data table.' });
  });

  it('OURdata 2025 (partial, pillars only): draws the pillars and no "not stated" sub-pillar rows, with the partial mark in the picture', () => {
    const view = edition('FRA', 'ourdata', '2025');
    expect(view.chart!.rows).toHaveLength(3);
    expect(view.chart!.mark).toBe('OURdata 2025: partial edition, scores as published, not ranked');
    expect(view.figure!.svg.toString()).toContain('class="chart-mark"');
  });

  it.each<{ lang: Lang; title: string; score: string; half: string }>([
    { lang: 'en', title: 'DGI 2023: dimensions', score: '0.971', half: '0.500' },
    { lang: 'fr', title: 'DGI 2023\u202f: dimensions', score: '0,971', half: '0,500' },
    { lang: 'es', title: 'DGI 2023: dimensiones', score: '0,971', half: '0,500' },
  ])('in $lang: $title', ({ lang, title, score, half }) => {
    const view = edition('KOR', 'dgi', '2023', false, lang);
    expect([view.title, view.tables[0]!.caption, view.chart!.title]).toEqual([title, title, title]);
    expect(view.tables[0]!.rows[0]!.score).toBe(score);
    expect(view.chart!.formatValue!(0.5)).toBe(half);
  });
});

describe('countryHistoryView(): the composite across editions', () => {
  it('Korea DGI: three editions, the break before 2023 said in the summary (no change across it), the partial one starred, 2025 assessed but not transcribed', () => {
    const view = countryHistoryView(pageContext('en'), 'KOR', 'dgi')!;
    expect(view.summary).toBe("Korea's DGI composite across 3 editions; the change between 2019 and 2023 crosses a methodology break.");
    expect(view.chart.points.map((p) => [p.edition, p.value, p.breakBefore, p.partial])).toEqual([['2019', 0.742, false, false], ['2023', 0.935, true, false], ['2025', null, false, true]]);
    expect(view.rows).toEqual([
      { edition: '2019', score: '0.742', rank: '1st of 33 participating countries', average: '0.501', change: '–' },
      { edition: '2023', score: '0.935', rank: '1st of 33 OECD members', average: '0.605', change: '– (methodology break)' },
      { edition: '2025 (partial edition)', score: 'assessed by the OECD, not transcribed here', rank: '–', average: '0.70 (OECD average (as printed))', change: '–' },
    ]);
    expect(view.partialMark).toBe(true);
    expect(view.dimensions!.columns).toEqual(['2019', '2023 (methodology break)']);
    expect(view.scaleNotes).toEqual([]);
  });

  it('Korea OURdata: the 2019 pillars also as shares of their maximum, with a note', () => {
    const view = countryHistoryView(pageContext('en'), 'KOR', 'ourdata')!;
    expect(view.scaleNotes).toEqual(['In OURdata 2019 each pillar ranges from 0 to 0.33; the composite is their sum. In brackets: the score as a share of its maximum (0 to 1), to compare with other editions.']);
    expect(view.dimensions!.rows[0]!.cells[0]).toMatch(/^0\.\d+ \(0\.\d\d\)$/);
  });

  it.each([
    { case: 'the United States, in no edition', iso3: 'USA', index: 'dgi' },
    { case: 'Hungary, in no OURdata edition', iso3: 'HUN', index: 'ourdata' },
  ])('none for $case', ({ iso3, index }) => {
    expect(countryHistoryView(pageContext('en'), iso3, index)).toBeUndefined();
  });

  it('a country in one edition only has no dimension table across editions', () => {
    const view = countryHistoryView(pageContext('en'), 'URY', 'dgi')!;
    expect(view.dimensions).toBeUndefined();
    expect(view.rows.map((r) => r.score)).toEqual(['0.602', 'not in this edition', 'not in this edition']);
  });
});

describe('groupPeersView(): the country among each of its groups', () => {
  it('Denmark: the EU in words (27 members), the Nordic countries as a table with Denmark highlighted', () => {
    const [eu, nordic] = groupPeersView(pageContext('en'), 'DNK');
    expect(eu).toMatchObject({ id: 'eu', heading: 'Denmark among the EU member states', compare: { href: '/compare/eu/', text: 'Compare the EU member states' } });
    expect(eu!.table).toBeUndefined();
    expect(eu!.places).toEqual(['DGI 2023: 1st of the 21 members covered (of 27) · Group average 0.573', 'OURdata 2023: 7th of the 23 members covered (of 27) · Group average 0.53']);
    expect(nordic).toMatchObject({ id: 'nordic', columns: ['DGI 2023', 'OURdata 2023'] });
    expect(nordic!.places).toBeUndefined();
    expect(nordic!.table!.rows[0]).toEqual({ name: 'Denmark', self: true, cells: ['0.811 (1st)', '0.66 (1st)'] });
    expect(nordic!.table!.rows.slice(1).map((r) => r.href)).toEqual(['/countries/fin/', '/countries/isl/', '/countries/nor/', '/countries/swe/']);
    expect(nordic!.table!.averages).toEqual(['0.676', '0.54']);
  });

  it('the United States: in the G7 table though no edition covers it', () => {
    const [g7] = groupPeersView(pageContext('en'), 'USA');
    expect(g7!.table!.rows.find((r) => r.self)).toEqual({ name: 'United States', self: true, cells: ['did not take part', 'did not take part'] });
  });

  it('Switzerland, in no group: nothing', () => {
    expect(groupPeersView(pageContext('en'), 'CHE')).toEqual([]);
  });

  it('a member outside the data is named, not linked', () => {
    const [group] = groupPeersView({ ...pageContext('fr'), groups: [{ id: 'nordic', source: 'test', members: [{ iso3: 'DNK' }, { iso3: 'NOR' }, { iso3: 'CHN' }] }] }, 'DNK');
    expect(group!.table!.rows.find((r) => r.name === 'Chine')).toEqual({ name: 'Chine', self: false, cells: ['absent de cette édition', 'absent de cette édition'] });
  });

  it('a group with no more than one member covered is left out', () => {
    expect(groupPeersView({ ...pageContext('en'), groups: [{ id: 'nordic', source: 'test', members: [{ iso3: 'DNK' }, { iso3: 'CHN' }] }] }, 'DNK')).toEqual([]);
  });

  it('in Spanish, ordinals and decimals as in Spanish', () => {
    const lac = groupPeersView(pageContext('es'), 'ARG').find((g) => g.id === 'lac')!;
    expect(lac.places).toEqual(['DGI 2023: 5.º de los 7 miembros cubiertos (de 33) · Promedio del grupo 0,507', 'OURdata 2023: no incluido en esta edición · Promedio del grupo 0,37']);
  });
});
