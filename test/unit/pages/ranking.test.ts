/** The ranking, world-map and group-average models that index, policy-area and home pages share. */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/lib/i18n/format.ts';
import { translate } from '../../../src/lib/i18n/translate.ts';
import { groupAveragesView, otherGroupAverages } from '../../../src/lib/pages/groupAverages.ts';
import { rankingView } from '../../../src/lib/pages/ranking.ts';
import { worldMapView } from '../../../src/lib/pages/worldMap.ts';
import { dataOf, langs, pageContext, prefix } from '../../helpers/pageInputs.ts';

const { data: site } = dataOf();

describe.each([
  { case: 'complete edition, ranked', index: 'dgi', edition: '2023', indicator: 'composite', ranked: true, partial: false, printedRank: false, share: false },
  { case: 'partial edition: no rank column, a note on what it lacks', index: 'dgi', edition: '2025', indicator: 'composite', ranked: false, partial: true, printedRank: false, share: false },
  { case: 'OURdata 2019 composite: the OECD’s printed ranks beside the computed ones', index: 'ourdata', edition: '2019', indicator: 'composite', ranked: true, partial: false, printedRank: true, share: false },
  { case: 'OURdata 2019 pillar: scored 0–1/3, so a share-of-maximum column', index: 'ourdata', edition: '2019', indicator: 'data-availability', ranked: true, partial: false, printedRank: false, share: true },
])('rankingView(): $case', ({ index, edition, indicator, ranked, partial, printedRank, share }) => {
  const view = rankingView(pageContext('en'), index, edition, indicator, { id: 'test' });

  it('has a row per scored country, in the site’s ranking order', () => {
    expect(view.table.rows.map((r) => r.country.text)).toEqual(site.ranking(index, edition, indicator).map((o) => site.requireCountry(o.iso3).name.en));
    expect(view.table.ranked).toBe(ranked);
    expect(view.partialNote !== undefined).toBe(partial);
    expect(view.table.average?.printed).toBe(partial);
    expect(view.table.hasPrintedRank).toBe(printedRank);
    expect(view.table.max !== undefined).toBe(share);
    expect(view.table.rows.every((r) => (r.share !== undefined) === share)).toBe(true);
  });

  it('draws the chart with its id and the group filter under it', () => {
    expect(view.figure!.svg.toString()).toContain('id="test-title"');
    expect(view.figure!.narrow!.toString()).toContain('id="test-narrow-title"');
    expect(view.filter).toBeDefined();
  });
});

describe('rankingView() options and wording', () => {
  it('tableOnly: no chart, no partial note (the page says it above)', () => {
    const view = rankingView(pageContext('en'), 'dgi', '2025', 'composite', { id: 'x', tableOnly: true });
    expect([view.figure, view.partialNote]).toEqual([undefined, undefined]);
    expect(view.filter).toBeDefined();
  });

  it('limit: the first countries only, without the group filter (which would filter a top list)', () => {
    const view = rankingView(pageContext('en'), 'dgi', '2023', 'composite', { id: 'x', limit: 5 });
    expect(view.table.rows).toHaveLength(5);
    expect(view.filter).toBeUndefined();
  });

  it('changes across the 2019→2023 methodology break carry a dagger and the note under the table', () => {
    const view = rankingView(pageContext('en'), 'dgi', '2023', 'composite', { id: 'x' });
    expect(view.table.hasChange).toBe(true);
    expect(view.table.breakNote).toBe(true);
    expect(view.table.rows.filter((r) => r.change !== '–').every((r) => r.change.endsWith(' †'))).toBe(true);
  });

  it.each(langs)('summary and links in %s', (lang) => {
    const view = rankingView(pageContext(lang), 'dgi', '2023', 'composite', { id: 'x' });
    const first = site.ranking('dgi', '2023', 'composite')[0]!;
    expect(view.summary).toContain(site.requireCountry(first.iso3).name[lang]);
    expect(view.summary).toContain(formatNumber(first.value, 3, lang));
    expect(view.table.rows[0]!.country.href).toBe(`${prefix(lang)}/countries/${first.iso3.toLowerCase()}/`);
    expect(rankingView(pageContext(lang), 'dgi', '2025', 'composite', { id: 'x' }).summary).toBe(translate(lang, 'index.partialScores', { index: 'DGI', edition: '2025' }));
  });
});

describe.each(langs)('worldMapView() in %s', (lang) => {
  it('maps the latest complete edition (DGI 2023, not the partial 2025) with a five-class legend and the not-covered key', () => {
    const map = worldMapView(pageContext(lang), 'dgi', 'm');
    expect(map.figure.title).toContain('DGI 2023');
    expect(map.rows).toHaveLength(site.ranking('dgi', '2023', 'composite').length);
    expect(map.legend).toHaveLength(6);
    expect(map.legend.at(-1)!.text).toBe(translate(lang, 'map.notCovered'));
    expect(map.figure.svg.toString()).toContain(`href="${prefix(lang)}/countries/`);
  });
});

describe('groupAveragesView()', () => {
  it('names the missing members, by why, where a few are, and none where many are', () => {
    const view = groupAveragesView(pageContext('en'), 'dgi', '2023', 'composite', 'g')!;
    const g7 = view.rows.find((r) => r.group.href === '/compare/g7/')!;
    expect(g7.missing).toBe('Did not take part: Germany, United States');
    expect(g7.covered).toBe(translate('en', 'groups.coveredOf', { covered: 5, members: 7 }));
    expect(view.oecd).toBe(formatNumber(site.stats('dgi', '2023', 'composite')!.average!, 3, 'en'));
  });

  it('DGI 2025 (partial): no group average, the members stated counted, the others by why, the OECD average as printed', () => {
    const view = groupAveragesView(pageContext('en'), 'dgi', '2025', 'open-by-default', 'g')!;
    expect(view.rows.every((r) => r.average === '–' && r.vsOecd === '–')).toBe(true);
    expect(view.coveredHeader).toBe('Members with a value stated');
    const accession = view.rows.find((r) => r.group.href === '/compare/oecd-accession/')!;
    expect(accession.missing).toBe('Not stated in the source: Bulgaria, Romania, Thailand');
    expect([view.oecd, view.oecdLabel]).toEqual(['0.59', 'OECD average, as printed by the OECD']);
  });

  it('names its edition in its id (its permalink), as the rankings do: DGI 2023 and DGI 2025 averages never share one', () => {
    expect(groupAveragesView(pageContext('en'), 'dgi', '2023', 'composite', 'dgi-groups')!.id).toBe('dgi-groups-2023');
    expect(groupAveragesView(pageContext('en'), 'dgi', '2025', 'open-by-default', 'dgi-open-by-default-groups')!.id).toBe('dgi-open-by-default-groups-2025');
  });

  it('keeps every other edition that scores the indicator beside the shown one, newest first, each under its own id and heading', () => {
    const others = otherGroupAverages(pageContext('fr'), 'dgi', '2023', 'composite', 'dgi-groups');
    expect(others.map((g) => g.id)).toEqual(['dgi-groups-2025', 'dgi-groups-2019']);
    expect(others.map((g) => g.editionTitle)).toEqual(['Moyennes par groupe\u202f: DGI 2025', 'Moyennes par groupe\u202f: DGI 2019']);
  });

  it('is undefined without groups', () => {
    expect(groupAveragesView({ ...pageContext('en'), groups: [] }, 'dgi', '2023', 'composite', 'g')).toBeUndefined();
  });
});
