/** View models of the compare page, the group comparisons, the downloads page and the data-quality page. */
import { describe, expect, it } from 'vitest';
import { membersOn } from '../../../src/lib/groups/parseGroups.ts';
import { translate } from '../../../src/lib/i18n/translate.ts';
import { compareEditionLabels, comparePage } from '../../../src/lib/pages/compare.ts';
import { dataQualityPage, qualityView } from '../../../src/lib/pages/dataQuality.ts';
import { dataVersion, downloadsPage } from '../../../src/lib/pages/downloads.ts';
import { groupComparePage } from '../../../src/lib/pages/groupCompare.ts';
import { COMPARE_MAX } from '../../../src/lib/shared/comparison.ts';
import { dataOf, langs, pageContext, prefix } from '../../helpers/pageInputs.ts';

const { data: site } = dataOf();

describe.each(langs)('comparePage() in %s', (lang) => {
  const view = comparePage(pageContext(lang));

  it('compares each index in its latest complete edition (2023), not the partial 2025 one', () => {
    expect(view.data.map((d) => [d.index, d.edition])).toEqual([['dgi', '2023'], ['ourdata', '2023']]);
    expect(view.tables.map((t) => t.caption)).toEqual(view.data.map((d) => translate(lang, 'compare.allCountries', { index: d.indexLabel, edition: '2023' })));
  });

  it('offers every country once, sorted by its name in the page language, with lower-case codes', () => {
    const names = view.checklist.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, lang)));
    expect(view.checklist).toHaveLength(site.dataset.countries.length);
    expect(view.checklist.every((c) => /^[a-z]{3}$/.test(c.code))).toBe(true);
  });

  it('a row per country and a cell per dimension; the form and links stay in the page language', () => {
    for (const [i, t] of view.tables.entries()) {
      expect(t.rows).toHaveLength(site.dataset.countries.length);
      expect(t.rows.every((r) => r.cells.length === view.data[i]!.dimensions.length)).toBe(true);
      expect(t.averages).toHaveLength(view.data[i]!.dimensions.length);
    }
    expect([view.action, view.countryUrl]).toEqual([`${prefix(lang)}/compare/`, `${prefix(lang)}/countries/{iso3}/`]);
    expect(view.groups.map((g) => g.href)).toEqual(dataOf().groups.map((g) => `${prefix(lang)}/compare/${g.id}/`));
    expect(view.strings.average).toBe(translate(lang, 'table.average'));
  });

  it('lists each country with peers as "code peer peer peer"', () => {
    expect(view.peers.split(',').every((entry) => /^[a-z]{3}( [a-z]{3}){1,3}$/.test(entry))).toBe(true);
  });
});

describe.each(langs)('groupCompare() in %s', (lang) => {
  it.each(dataOf().groups.map((g) => g.id))('%s: a section per index, its members best first, a chart where two or more are covered', (id) => {
    const view = groupComparePage(pageContext(lang), { group: id });
    expect(view.sections.map((s) => s.index)).toEqual(site.dataset.indices.map((i) => i.id));
    for (const s of view.sections) {
      expect(s.heading).toMatch(/ 2023$/);
      if (!s.table) {
        expect(s.none).toBeDefined();
        continue;
      }
      expect(s.none).toBeUndefined();
      const rows = s.table.rows.length;
      expect(s.figure === undefined).toBe(rows < 2);
      if (s.figure) expect(s.figure.svg.toString()).toContain(rows <= COMPARE_MAX ? 'compare-dots' : 'ranked-bars');
      expect(s.table.groupAverages).toHaveLength(s.table.averages.length);
    }
    expect(view.others.map((o) => o.href)).not.toContain(`${prefix(lang)}/compare/${id}/`);
    expect(view.head.crumbs).toEqual([{ text: translate(lang, 'compare.title'), href: `${prefix(lang)}/compare/` }]);
    expect(view.head.path).toBe(`compare/${id}/`);
  });
});

describe('groupCompare(): members an edition does not cover', () => {
  it('the G7 in DGI 2023: Germany (did not take part) and the United States (in no edition) are named, in alphabetical order', () => {
    const view = groupComparePage(pageContext('en'), { group: 'g7' });
    expect(view.sections[0]!.missing).toBe(translate('en', 'groups.notCoveredList', { countries: 'Germany, United States' }));
    expect(view.membership).toContain('United States');
    const members = membersOn(dataOf().groups.find((g) => g.id === 'g7')!, site.requireEdition('dgi', '2023').published);
    expect(view.sections[0]!.table!.rows).toHaveLength(members.length - 2);
    expect(groupComparePage(pageContext('fr'), { group: 'g7' }).sections[0]!.missing).toBe(translate('fr', 'groups.notCoveredList', { countries: 'Allemagne, États-Unis' }));
  });
});

describe.each(langs)('downloadsPage() in %s', (lang) => {
  const view = downloadsPage(pageContext(lang), { built: '2026-12-07' });

  it('links every file under downloads/, one per edition, with its licence', () => {
    expect(view.all.map((f) => f.link.href)).toEqual(['/downloads/observations.csv', '/downloads/observations.json', '/downloads/datapackage.json']);
    expect(view.editions.map((f) => f.name)).toEqual(site.dataset.editions.map((e) => `${e.index}-${e.edition}.csv`));
    expect(view.editions[0]!.link).toEqual({ text: `${site.requireIndex('dgi').label[lang]}, 2019`, href: '/downloads/editions/dgi-2019.csv' });
    expect(view.editions.every((f) => f.license.length > 0)).toBe(true);
  });

  it('describes every column and cites the site with its address, latest year, data version and build date', () => {
    expect(view.key).toBe('index, edition, iso3, indicator');
    expect(view.codebook.find((f) => f.name === 'iso3')).toMatchObject({ required: true, description: translate(lang, 'column.iso3') });
    expect(view.site.text).toContain('https://profiles.example.org/');
    expect(view.site.text).toContain(site.dataset.editions.map((e) => e.published.slice(0, 4)).sort().at(-1)!);
    expect(view.jsonLd).toMatchObject({ '@type': 'Dataset' });
    expect(view.site.text).toContain(dataVersion(pageContext(lang)));
    // The record of changes' version, as the footer and the data package give it (published data of 2026: 1.5.0 or later).
    expect(dataVersion(pageContext(lang))).toMatch(/^v1\.\d+\.\d+$/);
    expect(view.site.text).toContain({ en: '7 December 2026', fr: '7 décembre 2026', es: '7 de diciembre de 2026' }[lang]);
  });
});

describe.each(langs)('dataQualityPage() in %s', (lang) => {
  it('is the quality view with its head; country links go through the site URLs', () => {
    const page = dataQualityPage(pageContext(lang));
    expect(page).toMatchObject(qualityView(pageContext(lang)));
    expect(page.head).toMatchObject({ title: translate(lang, 'quality.title'), path: 'data-quality/' });
    const country = page.coverage.flatMap((c) => c.notTakingPart)[0]!;
    expect(country.href).toMatch(new RegExp(`^${prefix(lang)}/countries/[a-z]{3}/$`));
  });
});

describe.each(langs)('comparePage() per edition in %s', (lang) => {
  it('offers the latest complete editions (compare/), then DGI and OURdata 2019 and 2025, each a page that works without JavaScript', () => {
    const view = comparePage(pageContext(lang), { edition: '2025' });
    expect(view.editionChoices.map((c) => [c.href, c.current])).toEqual([
      [`${prefix(lang)}/compare/`, false],
      [`${prefix(lang)}/compare/editions/2019/`, false],
      [`${prefix(lang)}/compare/editions/2025/`, true],
    ]);
    expect(view.action).toBe(`${prefix(lang)}/compare/editions/2025/`);
    expect(comparePage(pageContext(lang)).editionChoices[0]!.current).toBe(true);
  });

  it('2025: both partial editions, unranked, with the OECD averages as printed (DGI 2025 composite 0.70) and no top five', () => {
    const view = comparePage(pageContext(lang), { edition: '2025' });
    expect(view.data.map((d) => [d.index, d.edition, d.partial])).toEqual([['dgi', '2025', true], ['ourdata', '2025', true]]);
    expect(view.data[0]!.averages[0]).toBe(0.7);
    expect(view.data.every((d) => d.countries.every((c) => c.ranks.every((r) => r === null)))).toBe(true);
    expect(view.tables[0]!.averageLabel).toBe(translate(lang, 'country.printedAverage'));
    expect(view.tables[0]!.caption).toContain(translate(lang, 'edition.partial'));
    expect(view.partialNote).toBe(translate(lang, 'compare.partialNote'));
    expect(view.presets.filter((p) => p.label.includes('2025'))).toEqual([]);
  });

  it('the latest complete editions are said to be so, and their top five are offered', () => {
    const view = comparePage(pageContext(lang));
    expect(view.editionsTitle).toBe(translate(lang, 'compare.latestComplete', { editions: 'DGI 2023, OURdata 2023' }));
    expect(view.partialNote).toBeUndefined();
    expect(view.presets[0]!.label).toBe(translate(lang, 'compare.topFiveLatest', { index: 'DGI', edition: '2023' }));
    expect(comparePage(pageContext(lang), { edition: '2019' }).presets[0]!.label).toBe(translate(lang, 'compare.topFive', { index: 'DGI', edition: '2019' }));
  });
});

describe('compareEditionLabels()', () => {
  it('a page per edition label but the one that equals the latest complete editions (2023 is compare/ itself)', () => {
    expect(compareEditionLabels(site)).toEqual(['2019', '2025']);
  });
});

describe('groupCompare(): a newer partial edition', () => {
  it.each(langs)('the Nordic countries in %s: DGI 2023 shown, with a link to compare those DGI 2025 covers there', (lang) => {
    const view = groupComparePage(pageContext(lang), { group: 'nordic' });
    const dgi = view.sections[0]!;
    expect(dgi.heading).toMatch(/ 2023$/);
    const covered = site.ranking('dgi', '2025', 'composite').map((o) => o.iso3.toLowerCase()).filter((c) => ['dnk', 'fin', 'isl', 'nor', 'swe'].includes(c));
    expect(dgi.newer).toEqual({ text: translate(lang, 'groups.newerEdition', { edition: `DGI 2025 (${translate(lang, 'edition.partial')})` }), href: `${prefix(lang)}/compare/editions/2025/?countries=${covered.join(',')}` });
  });
});
