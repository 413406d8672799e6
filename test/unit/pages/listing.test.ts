/** View models of the country list, the embeddable charts and the editorial pages, on the real data. */
import { describe, expect, it } from 'vitest';
import { parseGroups } from '../../../src/lib/groups/parseGroups.ts';
import type { Lang } from '../../../src/lib/i18n/languages.ts';
import { readInputs } from '../../../src/lib/input/readInputs.ts';
import { buildDataset } from '../../../src/lib/model/buildDataset.ts';
import { countryListPage } from '../../../src/lib/pages/countryList.ts';
import { editionSources, editorialPage } from '../../../src/lib/pages/editorialPage.ts';
import { embedPage } from '../../../src/lib/pages/embed.ts';
import { indexData } from '../../../src/lib/query/dataIndex.ts';
import { readRealData, realDataDir } from '../../helpers/realData.ts';
import { pageContext, prefix } from '../../helpers/pageInputs.ts';

const site = indexData(buildDataset(readInputs(realDataDir)));
const { groups } = parseGroups(readRealData('groups.json'), 'data/groups.json');

describe.each<{ lang: Lang; first: string; columns: { score: string; rank?: string }[]; korea: object; argentina: object; unitedStates: object; headings: string[] }>([
  {
    lang: 'en', first: 'Argentina',
    columns: [{ score: 'DGI 2025 (partial)' }, { score: 'DGI 2023', rank: 'Rank (DGI 2023)' }, { score: 'OURdata 2025 (partial)' }, { score: 'OURdata 2023', rank: 'Rank (OURdata 2023)' }],
    korea: { name: 'Korea', membership: 'OECD member', groups: 'oecd-member asia-pacific', cells: [{ score: 'assessed, not transcribed' }, { score: '0.935', rank: '1st' }, { score: 'assessed, not transcribed' }, { score: '0.91', rank: '1st' }] },
    argentina: { membership: 'Not an OECD member', groups: 'oecd-partner lac oecd-accession', cells: [{ score: '0.49' }, { score: '0.417', rank: 'not ranked' }, { score: '0.31' }, { score: 'not covered', rank: '–' }] },
    unitedStates: { cells: [{ score: 'did not take part' }, { score: 'not covered', rank: '–' }, { score: 'did not take part' }, { score: 'not covered', rank: '–' }] },
    headings: ['OECD members (38)', 'Partner and accession countries (10)'],
  },
  {
    lang: 'fr', first: 'Allemagne',
    columns: [{ score: 'DGI 2025 (partielle)' }, { score: 'DGI 2023', rank: 'Rang (DGI 2023)' }, { score: 'OURdata 2025 (partielle)' }, { score: 'OURdata 2023', rank: 'Rang (OURdata 2023)' }],
    korea: { name: 'Corée', membership: "Membre de l'OCDE", cells: [{ score: 'évalué, non transcrit' }, { score: '0,935', rank: '1er' }, { score: 'évalué, non transcrit' }, { score: '0,91', rank: '1er' }] },
    argentina: { membership: "Non membre de l'OCDE", cells: [{ score: '0,49' }, { score: '0,417', rank: 'non classé' }, { score: '0,31' }, { score: 'non couvert', rank: '–' }] },
    unitedStates: { name: 'États-Unis', cells: [{ score: "n'a pas participé" }, { score: 'non couvert', rank: '–' }, { score: "n'a pas participé" }, { score: 'non couvert', rank: '–' }] },
    headings: ["Membres de l'OCDE (38)", "Pays partenaires et candidats à l'adhésion (10)"],
  },
  {
    lang: 'es', first: 'Alemania',
    columns: [{ score: 'DGI 2025 (parcial)' }, { score: 'DGI 2023', rank: 'Posición (DGI 2023)' }, { score: 'OURdata 2025 (parcial)' }, { score: 'OURdata 2023', rank: 'Posición (OURdata 2023)' }],
    korea: { name: 'Corea', cells: [{ score: 'evaluado, no transcrito' }, { score: '0,935', rank: '1.º' }, { score: 'evaluado, no transcrito' }, { score: '0,91', rank: '1.º' }] },
    argentina: { cells: [{ score: '0,49' }, { score: '0,417', rank: 'sin clasificar' }, { score: '0,31' }, { score: 'no incluido', rank: '–' }] },
    unitedStates: { name: 'Estados Unidos', cells: [{ score: 'no participó' }, { score: 'no incluido', rank: '–' }, { score: 'no participó' }, { score: 'no incluido', rank: '–' }] },
    headings: ['Miembros de la OCDE (38)', 'Países socios y candidatos a la adhesión (10)'],
  },
])('countryListPage() in $lang', ({ lang, first, columns, korea, argentina, unitedStates, headings }) => {
  const page = countryListPage(pageContext(lang));
  const row = (iso3: string) => page.scores.rows.find((r) => r.href === `${prefix(lang)}/countries/${iso3}/`)!;

  it('scores every country in the partial DGI and OURdata 2025 (unranked) and in the latest complete 2023 editions (ranked), by name in the language', () => {
    expect(page.scores.columns).toEqual(columns);
    expect(page.scores.rows).toHaveLength(site.dataset.countries.length);
    expect(page.scores.rows[0]!.name).toBe(first);
    const names = page.scores.rows.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, lang)));
  });

  it('ranks members, leaves covered partners unranked, and says who is not covered', () => {
    expect(row('kor')).toMatchObject(korea);
    expect(row('arg')).toMatchObject(argentina);
    expect(row('usa')).toMatchObject(unitedStates);
  });

  it('splits the coverage table into members and partners, each country once', () => {
    expect(page.coverage.groups.map((g) => g.heading)).toEqual(headings);
    const paths = page.coverage.groups.flatMap((g) => g.rows.map((r) => r.href));
    expect(new Set(paths).size).toBe(site.dataset.countries.length);
    expect(page.coverage.columns).toHaveLength(site.dataset.editions.length);
  });

  it('the group filter offers membership, then every group', () => {
    const filter = JSON.parse(page.scores.filter) as { options: [string, string][] };
    expect(filter.options.map(([id]) => id)).toEqual(['oecd-member', 'oecd-partner', ...groups.map((g) => g.id)]);
  });
});

describe('embedPage(): the headline chart alone', () => {
  it.each<{ lang: Lang; title: string }>([
    { lang: 'en', title: 'Denmark: DGI 2025' },
    { lang: 'fr', title: 'Danemark\u202f: DGI 2025' },
    { lang: 'es', title: 'Dinamarca: DGI 2025' },
  ])('Denmark in $lang: $title, the partial DGI 2025 charted, linking to the profile', ({ lang, title }) => {
    const page = embedPage(pageContext(lang), { iso3: 'DNK' })!;
    expect(page).toMatchObject({ title, profile: `${lang === 'en' ? '' : `/${lang}`}/countries/dnk/` });
    expect(page.figures.figure!.id).toBe('dgi-2025-dnk-dims');
    expect(page.figures.figure!.embed).toBe(`${lang === 'en' ? '' : `/${lang}`}/embed/countries/dnk/`);
    expect(page.source).toContain('Digital Government Outlook 2026');
  });

  it.each(['KOR', 'GBR', 'USA', 'CHE'])('none for %s, which no latest edition covers', (iso3) => {
    expect(embedPage(pageContext('en'), { iso3 })).toBeUndefined();
  });
});

describe('editorialPage()', () => {
  it.each([
    { slug: 'about', section: 'about', sources: false },
    { slug: 'methodology', section: 'methodology', sources: true },
    { slug: 'digital-government', section: undefined, sources: false },
  ])('$slug: nav section $section, edition sources $sources', ({ slug, section, sources }) => {
    const text = { entry: { data: { title: 'Title', summary: 'Summary.' } }, lang: 'en', fallback: false } as unknown as Parameters<typeof editorialPage>[1]['text'];
    const page = editorialPage(pageContext('en'), { slug, text });
    expect(page.head.path).toBe(`${slug}/`);
    expect(page.head.section).toBe(section);
    expect(page.head.description).toBe('Summary.');
    expect(page.sources !== undefined).toBe(sources);
  });
});

describe('editionSources(): every edition the OECD published, held or not', () => {
  const rows = editionSources(site, 'en');

  it('by index, then by publication date', () => {
    expect(rows.map((r) => `${r.index} ${r.edition}`)).toEqual(['DGI 2019', 'DGI 2023', 'DGI 2025', 'OURdata 2015', 'OURdata 2017', 'OURdata 2019', 'OURdata 2023', 'OURdata 2025']);
  });

  it('marks the editions after a methodology break', () => {
    expect(rows.filter((r) => r.breakBefore).map((r) => `${r.index} ${r.edition}`)).toEqual(['DGI 2023', 'OURdata 2023']);
  });

  it('a complete edition: plain status, who is ranked, its table in the citation', () => {
    expect(rows[0]).toEqual({
      index: 'DGI', edition: '2019', breakBefore: false, published: 'October 2020', status: { text: 'complete', emphasis: false },
      ranked: 'All participating countries are ranked.', citation: 'OECD (2020), "Digital Government Index: 2019 results", OECD Public Governance Policy Papers, No. 03, OECD Publishing, Paris, Table 1', doi: '10.1787/4de9f5bb-en',
    });
  });

  it('a partial edition: emphasised, with what it lacks; nobody ranked', () => {
    expect(rows[2]).toMatchObject({ status: { text: 'partial edition', emphasis: true, detail: expect.stringMatching(/^Transcribed from the OECD's country notes/) }, ranked: 'not ranked (partial edition)' });
  });

  it('an edition not held: emphasised, with why; no ranking', () => {
    expect(rows[3]).toMatchObject({ status: { text: 'not held here', emphasis: true, detail: "The first OURdata Index; its country table is not in the site's data." }, ranked: '–', doi: '10.1787/gov_glance-2015-en' });
  });

  it.each<{ lang: Lang; published: string }>([
    { lang: 'fr', published: 'octobre 2020' },
    { lang: 'es', published: 'octubre de 2020' },
  ])('dates in $lang: $published', ({ lang, published }) => {
    expect(editionSources(site, lang)[0]!.published).toBe(published);
  });
});
