/** The home page's view model on the real data: newest and latest ranked editions per index, in each language. */
import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/lib/i18n/translate.ts';
import { HOME_TOP, homePage } from '../../../src/lib/pages/home.ts';
import { shownAverage } from '../../../src/lib/query/editions.ts';
import { dataOf, langs, pageContext, prefix } from '../../helpers/pageInputs.ts';

const { data: site } = dataOf();

describe.each(langs)('homePage() in %s', (lang) => {
  const view = homePage(pageContext(lang));

  it('explores the countries, each index, the comparison and the search, under the language prefix', () => {
    expect(view.explore.map((a) => a.href)).toEqual([`${prefix(lang)}/countries/`, `${prefix(lang)}/indices/dgi/`, `${prefix(lang)}/indices/ourdata/`, `${prefix(lang)}/compare/`, `${prefix(lang)}/search/`]);
    expect(view.explore[0]!.text).toBe(translate(lang, 'home.browseCountries', { count: site.dataset.countries.length }));
    expect(view.head).toMatchObject({ title: translate(lang, 'site.title'), path: '' });
  });

  describe.each(['dgi', 'ourdata'])('%s', (index) => {
    const latest = view.latest.find((l) => l.index.href === `${prefix(lang)}/indices/${index}/`)!;

    it('shows the partial 2025 edition first, then 2023, the latest complete one; the heading says which, the chart’s caption names the edition (said once)', () => {
      expect(latest.editions.map((e) => e.heading)).toEqual([translate(lang, 'home.newest'), translate(lang, 'home.latestRanked')]);
      expect(latest.editions.map((e) => e.ranking.figure!.title)).toEqual([
        expect.stringContaining(`${site.requireIndex(index).shortLabel[lang]} 2025 (${translate(lang, 'edition.partial')})`),
        expect.stringContaining(`${site.requireIndex(index).shortLabel[lang]} 2023`),
      ]);
    });

    it('says a partial edition’s mark once: in the chart, not again in a notice or in the summary; its link says what the edition lacks, not a "full ranking"', () => {
      const partial = latest.editions[0]!;
      const complete = latest.editions[1]!;
      expect(partial.ranking.partialNote).toBeUndefined();
      expect(partial.ranking.figure!.svg.toString()).toContain('class="chart-mark"');
      const average = shownAverage(site, site.stats(index, '2025', 'composite'), lang)!.text;
      expect(partial.ranking.figure!.summary).toBe(translate(lang, 'home.partialSummary', { count: site.ranking(index, '2025', 'composite').length, average }));
      expect(partial.ranking.figure!.svg.toString()).not.toContain(partial.ranking.figure!.summary);
      expect(partial.more.text).toBe(translate(lang, 'home.partialMore', { index: site.requireIndex(index).shortLabel[lang], edition: '2025' }));
      expect(complete.more.text).toBe(translate(lang, 'home.fullRanking', { count: site.ranking(index, '2023', 'composite').length }));
    });

    it(`draws the top ${HOME_TOP} of a complete edition and every score of a partial one (alphabetically, no top-N), without a group filter; a partial edition has no rank column and says what it lacks`, () => {
      const partial = latest.editions[0]!.ranking;
      const complete = latest.editions[1]!.ranking;
      expect(complete.table.rows).toHaveLength(HOME_TOP);
      expect(partial.table.rows).toHaveLength(site.ranking(index, '2025', 'composite').length);
      expect(partial.figure?.svg.toString()).toContain('class="chart-mark"');
      expect(partial.figure?.svg.toString()).not.toContain('class="chart-bar');
      for (const r of [partial, complete]) {
        expect(r.filter).toBeUndefined();
        expect(r.figure?.svg.toString()).toContain(`id="home-${index}-`);
      }
      expect(partial.table.ranked).toBe(false);
      expect(partial.table.average?.printed).toBe(true);
      expect(complete.table.ranked).toBe(true);
      expect(complete.partialNote).toBeUndefined();
      expect(complete.table.rows[0]!.rank).not.toBe('–');
    });
  });

  it('maps every index (its latest complete edition, said so, its id naming the edition) and lists each index’s policy areas', () => {
    expect(view.maps.map((m) => m.figure.id)).toEqual(site.dataset.indices.map((i) => `home-map-${i.id}-2023`));
    expect(view.maps.map((m) => m.figure.title)).toEqual(site.dataset.indices.map((i) => `${translate(lang, 'map.title')}${lang === 'fr' ? '\u202f' : ''}: ${i.shortLabel[lang]} 2023 (${translate(lang, 'chartMark.latestComplete')})`));
    expect(view.areas.map((a) => a.links.length)).toEqual(site.dataset.indices.map((i) => site.children(i.id, 'composite').length));
    expect(view.areas[0]!.links[0]!.href).toBe(`${prefix(lang)}/indices/dgi/digital-by-design/`);
  });
});

it('writes figures in the reader’s locale', () => {
  const score = (lang: 'en' | 'fr') => homePage(pageContext(lang)).latest[0]!.editions[1]!.ranking.table.rows[0]!.score;
  expect(score('en')).toBe('0.935');
  expect(score('fr')).toBe('0,935');
});
