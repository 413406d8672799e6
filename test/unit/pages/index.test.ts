/** The index page's view model on the real data: partial newest edition, methodology break, editions not held. */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/lib/i18n/format.ts';
import { translate } from '../../../src/lib/i18n/translate.ts';
import { indexPage } from '../../../src/lib/pages/indexPage.ts';
import { decimalsOf } from '../../../src/lib/pages/figures.ts';
import { dataOf, langs, pageContext, prefix } from '../../helpers/pageInputs.ts';

const { data: site } = dataOf();

describe.each(langs)('indexPage() in %s', (lang) => {
  describe.each(['dgi', 'ourdata'])('%s', (index) => {
    const view = indexPage(pageContext(lang), { index: index });
    const short = site.requireIndex(index).shortLabel[lang];

    it('leads with the partial 2025 scores (no ranking sentence, the mark said in the chart, not again in heading and summary), then the 2023 ranking of the OECD members', () => {
      expect(view.first.map((e) => e.heading)).toEqual([`${short} 2025 (${translate(lang, 'edition.partial')})`, translate(lang, 'index.latest', { index: short, edition: '2023' })]);
      expect(view.first[0]!.ranking.partialNote).toBeDefined();
      expect(view.first[0]!.ranking.figure!.summary).not.toBe(translate(lang, 'index.partialScores', { index: short, edition: '2025' }));
      expect(view.first[0]!.note.startsWith(' ')).toBe(true);
      expect(view.first[1]!.note.startsWith(translate(lang, 'index.ranked.members'))).toBe(true);
      expect(view.first.map((e) => e.ranking.figure?.svg.toString().match(/id="([a-z0-9-]+)-title/)?.[1])).toEqual([`${index}-2025`, `${index}-2023`]);
      expect(view.first[0]!.ranking.table.ranked).toBe(false);
      expect(view.first[1]!.ranking.filter).toBeDefined();
    });

    it('maps the latest complete edition (2023) with the switch to every edition’s map page, 2025 (partial) included', () => {
      expect(view.map.figure.id).toBe(`${index}-map-2023`);
      expect(view.map.editions.map((e) => [e.href, e.current])).toEqual([
        [`${prefix(lang)}/indices/${index}/map/2019/`, false],
        [`${prefix(lang)}/indices/${index}/map/2023/`, true],
        [`${prefix(lang)}/indices/${index}/map/2025/`, false],
      ]);
      expect(view.map.editions[2]!.text).toBe(`2025 (${translate(lang, 'edition.partial')})`);
      expect(view.map.figure.address).toBe(`https://profiles.example.org${prefix(lang)}/indices/${index}/map/2023/#${index}-map-2023`);
    });

    it('marks the methodology break at 2023 only (2019 has no previous edition held)', () => {
      expect(view.editions.map((e) => [e.title, e.methodologyBreak])).toEqual([[`2025 (${translate(lang, 'edition.partial')})`, false], ['2023', true], ['2019', false]]);
      expect(view.editions[1]!.citation.href).toMatch(/^https:\/\/doi\.org\/10\.1787\//);
    });

    it('draws the distribution of the OECD members in 2023, the latest complete edition', () => {
      const stats = site.stats(index, '2023', 'composite')!;
      expect(view.distribution.members).toBe(stats.members);
      expect(view.distribution.average).toBe(formatNumber(stats.average!, decimalsOf(site, index, '2023', 'composite'), lang));
      expect(view.distribution.figure.title).toContain(`${short} 2023`);
    });

    it('shows 2019 as a table alone, with the group filter and no partial note', () => {
      expect(view.past).toHaveLength(1);
      expect(view.past[0]!.ranking.figure).toBeUndefined();
      expect(view.past[0]!.ranking.filter).toBeDefined();
      expect(view.past[0]!.ranking.partialNote).toBeUndefined();
      expect(view.past[0]!.ranking.table.ranked).toBe(true);
    });

    it('links each dimension and the other index under the language prefix; dimension averages are those the 2025 source prints', () => {
      expect(view.dimensions.map((d) => d.link.href)).toEqual(site.children(index, 'composite').map((d) => `${prefix(lang)}/indices/${index}/${d.id}/`));
      for (const d of view.dimensions) if (d.average) expect(d.average).toContain(translate(lang, 'country.printedAverage'));
      expect(view.others.map((o) => o.href)).toEqual([`${prefix(lang)}/indices/${index === 'dgi' ? 'ourdata' : 'dgi'}/`]);
      expect(view.head.path).toBe(`indices/${index}/`);
      expect(view.head.pagefindMeta.figure).toBe(`${short} 2025 (${translate(lang, 'edition.partial')})`);
    });
  });
});

describe('indexPage(): editions the site does not hold, and the structured data', () => {
  it('lists OURdata 2017 and 2015, newest first, with their DOI and the reason', () => {
    const view = indexPage(pageContext('en'), { index: 'ourdata' });
    expect(view.unheld.map((u) => u.edition)).toEqual(['2017', '2015']);
    expect(view.unheld[0]).toMatchObject({ doi: 'https://doi.org/10.1787/gov_glance-2017-en' });
    expect(view.unheld[0]!.reason.length).toBeGreaterThan(0);
    expect(indexPage(pageContext('en'), { index: 'dgi' }).unheld).toEqual([]);
  });

  it('describes the index as a schema.org Dataset at its absolute URL', () => {
    expect(indexPage(pageContext('fr'), { index: 'dgi' }).jsonLd).toMatchObject({ '@type': 'Dataset', url: 'https://profiles.example.org/fr/indices/dgi/' });
  });

  it('averages each group over its covered members in the latest complete edition', () => {
    const groups = indexPage(pageContext('en'), { index: 'dgi' }).groups!;
    expect(groups.intro).toBe(translate('en', 'groups.averagesIntro', { index: 'DGI', edition: '2023' }));
    expect(groups.rows.map((r) => r.group.href)).toEqual(dataOf().groups.map((g) => `/compare/${g.id}/`));
  });
});
