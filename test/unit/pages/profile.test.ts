/** The country profile's view model on the real data: everything the page shows, worked out before it is rendered. */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/lib/i18n/languages.ts';
import { profilePage, type ProfilePage } from '../../../src/lib/pages/profilePage.ts';
import { dataOf, pageContext, prefix } from '../../helpers/pageInputs.ts';

const { data: site } = dataOf();
const page = (iso3: string, lang: Lang = 'en') => profilePage(pageContext(lang), { iso3: iso3 });
const section = (p: ProfilePage, index: string) => p.sections.find((s) => s.index === index)!;
const editions = (p: ProfilePage, index: string) => section(p, index).editions.map((e) => ({ title: e.title, lead: e.lead, shown: e.figures.figure ? 'chart' : 'table' }));

describe('profilePage(): the sections list the editions covering the country newest first, the lead one charted, older ones as tables; absences said once', () => {
  describe.each([
    {
      case: 'Korea, assessed but not transcribed in the newest (partial) edition: DGI 2023 leads, the card says why 2025 is missing',
      iso3: 'KOR',
      dgi: [{ title: 'DGI 2023', lead: true, shown: 'chart' }, { title: 'DGI 2019', lead: false, shown: 'table' }],
      partial: [false, false],
      absences: [],
    },
    {
      case: 'Denmark, in the partial edition: DGI 2025 leads',
      iso3: 'DNK',
      dgi: [{ title: 'DGI 2025', lead: true, shown: 'chart' }, { title: 'DGI 2023', lead: false, shown: 'table' }, { title: 'DGI 2019', lead: false, shown: 'table' }],
      partial: [true, false, false],
      absences: [],
    },
    {
      case: 'Germany, who took part in neither of the two newest: DGI 2019 leads, the card says so once',
      iso3: 'DEU',
      dgi: [{ title: 'DGI 2019', lead: true, shown: 'chart' }],
      partial: [false],
      absences: [],
    },
    {
      case: 'the United States, in no edition: no edition listed, the card says once that it did not take part',
      iso3: 'USA',
      dgi: [],
      partial: [],
      absences: [],
    },
    {
      case: 'Costa Rica, not yet a member at the DGI 2019 membership date: said under the section, older than the lead',
      iso3: 'CRI',
      dgi: [{ title: 'DGI 2025', lead: true, shown: 'chart' }, { title: 'DGI 2023', lead: false, shown: 'table' }],
      partial: [true, false],
      absences: ['Costa Rica was not yet an OECD member at the membership date of DGI 2019 (December 2019); it joined in May 2021.'],
    },
  ])('$case', ({ iso3, dgi, partial, absences }) => {
    const p = page(iso3);
    it('lists the DGI editions covering the country with what each shows', () => {
      expect(editions(p, 'dgi')).toEqual(dgi);
    });
    it('says the absences older than the lead edition once, in the section', () => {
      expect(section(p, 'dgi').absences).toEqual(absences);
    });
    it('marks the partial edition, and only it', () => {
      expect(section(p, 'dgi').editions.map((e) => e.partial)).toEqual(partial);
    });
  });

});

/** The verdict's figures of an index, as "kind: value". */
const figures = (p: ProfilePage, index: string) => p.cards.find((c) => c.index === index)!.verdict!.figures.map((f) => `${f.kind}: ${f.value}`);

describe('profilePage(): the verdicts the page opens with', () => {
  // Behaviour change (issue 21): the strongest and weakest dimensions are said against the averages the
  // edition gives, printed ones included, so a partial edition (DGI 2025) no longer loses them.
  it('Denmark DGI 2025 (partial): score, printed average, above it, not ranked, printed change, strongest and weakest against the printed averages', () => {
    expect(figures(page('DNK'), 'dgi')).toEqual([
      'score: 0.83', 'average: 0.70', 'gap: +0.13', 'rank: not ranked (partial edition)', 'change: +0.02 since 2023',
      'strongest: Open by default (+0.22)', 'weakest: User-driven (+0.01)',
    ]);
    const card = page('DNK').cards[0]!;
    expect(card.verdict!.figures.find((f) => f.kind === 'average')!.label).toBe('OECD average (printed)');
    expect(card.verdict!.figures.find((f) => f.kind === 'gap')).toEqual({ kind: 'gap', label: 'Above the average', value: '+0.13', tone: 'up' });
    expect(card.verdict!.sentence).toBe('Denmark scores 0.83 in DGI 2025 (partial edition), 0.13 above the OECD average (0.70, as printed by the OECD); no rank is computed in a partial edition. Up 0.02 since 2023, as printed by the OECD. The lead over the OECD average is largest in Open by default (+0.22) and smallest in User-driven (+0.01).');
  });

  it('Korea DGI 2023: tied strongest dimensions named together; the weakest still above the average, its sign says so', () => {
    expect(figures(page('KOR'), 'dgi')).toEqual([
      'score: 0.935', 'average: 0.605', 'gap: +0.330', 'rank: 1st of 33 OECD members', 'change: not comparable with 2019',
      'strongest: Data-driven public sector and Proactiveness (+0.367)', 'weakest: Digital by design (+0.287)',
    ]);
    // Every dimension above the average: labelled as leads, not as a "weakest".
    const labels = page('KOR').cards.find((c) => c.index === 'dgi')!.verdict!.figures.slice(-2).map((f) => f.label);
    expect(labels).toEqual(['Furthest above the average', 'Least above the average']);
  });

  it('Türkiye OURdata 2023: every pillar below the average, labelled as shortfalls, not as a "strongest"', () => {
    const labels = page('TUR').cards.find((c) => c.index === 'ourdata')!.verdict!.figures.slice(-2).map((f) => `${f.label}: ${f.value}`);
    expect(labels).toEqual(['Least below the average: Government support for data re-use (\u22120.23)', 'Furthest below the average: Data accessibility (\u22120.59)']);
  });

  it('Czechia DGI 2023: below the average, its strongest above and its weakest below', () => {
    expect(figures(page('CZE'), 'dgi')).toEqual([
      'score: 0.593', 'average: 0.605', 'gap: −0.012', 'rank: 17th of 33 OECD members', 'change: not comparable with 2019',
      'strongest: Open by default (+0.117)', 'weakest: Proactiveness (−0.146)',
    ]);
    const labels = page('CZE').cards.find((c) => c.index === 'dgi')!.verdict!.figures.slice(-2).map((f) => f.label);
    expect(labels).toEqual(['Strongest dimension', 'Weakest dimension']);
  });

  it('Germany DGI 2019 (the pilot): no earlier score, so no change', () => {
    expect(figures(page('DEU'), 'dgi')).toContain('change: none: no earlier score');
  });

  it('the United States, in no edition: no verdict, the card says why', () => {
    expect(page('USA').cards.map((c) => c.verdict)).toEqual([undefined, undefined]);
  });

  it('Peru in Spanish, DGI 2025 (partial): the figures in Spanish', () => {
    expect(figures(page('PER', 'es'), 'dgi').slice(0, 4)).toEqual(['score: 0,69', 'average: 0,70', 'gap: −0,01', 'rank: sin clasificar (edición parcial)']);
  });
});

describe('profilePage(): peers and the comparison link', () => {
  it.each([
    { iso3: 'KOR', dgi: ['/countries/dnk/', '/countries/gbr/', '/countries/nor/', '/countries/aus/'], compare: '/compare/?countries=kor,dnk,gbr,nor' },
    { iso3: 'DNK', dgi: ['/countries/est/', '/countries/irl/', '/countries/nor/', '/countries/fra/'], compare: '/compare/?countries=dnk,est,irl,nor' },
    // France and Portugal are both 0.03 from Denmark's 0.83: the tie goes by code.
    // No DGI edition covers Switzerland: no DGI peers, so the comparison takes its OURdata peers.
    { iso3: 'CHE', dgi: undefined, compare: '/compare/?countries=che,ita,svk,aut' },
    // Nobody to compare the United States with: no comparison is offered.
    { iso3: 'USA', dgi: undefined, compare: undefined },
  ])('$iso3: DGI peers $dgi, compare $compare', ({ iso3, dgi, compare }) => {
    const p = page(iso3);
    expect(section(p, 'dgi').peers?.countries.map((c) => c.href)).toEqual(dgi);
    expect(p.compare?.href).toBe(compare);
  });

  it('peers are named and scored in the lead edition', () => {
    expect(section(page('KOR'), 'dgi').peers).toMatchObject({ edition: 'DGI 2023', countries: [{ name: 'Denmark', score: '0.811' }, { name: 'United Kingdom', score: '0.775' }, { name: 'Norway', score: '0.770' }, { name: 'Australia', score: '0.753' }] });
  });

  it('the United States: no peers, no history, no gaps, no citations, nothing to print', () => {
    const p = page('USA');
    expect(p.sections.map((s) => [s.peers, s.history])).toEqual([[undefined, undefined], [undefined, undefined]]);
    expect(p.citations).toEqual([]);
    expect(p.printEditions).toBe('');
  });
});

describe.each<{ lang: Lang; membership: string; average: string; absence: string; peer: { name: string; score: string }; printEditions: string; description: string }>([
  {
    lang: 'en', membership: 'OECD member', average: 'OECD average: 0.605', absence: "The OECD assessed Korea in DGI 2025 (partial edition); its results are not transcribed here.",
    peer: { name: 'Denmark', score: '0.811' }, printEditions: 'DGI 2023 (published January 2024); OURdata 2023 (published December 2023)',
    description: 'Korea: DGI 2023 0.935, 1st of 33 OECD members.',
  },
  {
    lang: 'fr', membership: "Membre de l'OCDE", average: "Moyenne de l'OCDE: 0,605", absence: "L'OCDE a évalué la Corée dans l'édition 2025 (partielle) de l'indice DGI\u202f; ses résultats ne sont pas transcrits ici.",
    peer: { name: 'Danemark', score: '0,811' }, printEditions: 'DGI 2023 (publié en janvier 2024); OURdata 2023 (publié en décembre 2023)',
    description: "Corée\u202f: DGI 2023 0,935, 1er sur 33 membres de l'OCDE.",
  },
  {
    lang: 'es', membership: 'Miembro de la OCDE', average: 'Promedio de la OCDE: 0,605', absence: 'La OCDE evaluó a Corea en el DGI 2025 (edición parcial); sus resultados no se han transcrito aquí.',
    peer: { name: 'Dinamarca', score: '0,811' }, printEditions: 'DGI 2023 (publicado en enero de 2024); OURdata 2023 (publicado en diciembre de 2023)',
    description: 'Corea: DGI 2023 0,935, 1.º de 33 miembros de la OCDE.',
  },
])('profilePage(KOR) in $lang', ({ lang, membership, average, absence, peer, printEditions, description }) => {
  const p = page('KOR', lang);
  it('says the figures in the language', () => {
    expect(p).toMatchObject({ membership, printEditions });
    const shown = p.cards[0]!.verdict!.figures.find((f) => f.kind === 'average')!;
    expect(`${shown.label}: ${shown.value}`).toBe(average);
    expect(p.cards[0]!.absentFrom).toEqual([absence]);
    expect(section(p, 'dgi').peers!.countries[0]).toMatchObject(peer);
  });
  it('links through the site URLs, in the page language where the target has one', () => {
    expect(p.head.path).toBe('countries/kor/');
    expect(p.compare!.href).toBe(`${prefix(lang)}/compare/?countries=kor,dnk,gbr,nor`);
    expect(p.downloads.map((d) => d.href)).toEqual(['/downloads/countries/kor.csv', '/downloads/countries/kor.json']);
    expect(p.countries.href).toBe(`${prefix(lang)}/countries/`);
  });
  it('describes the page with its key figure, and cites each edition covering the country once', () => {
    expect(p.head.description).toBe(description);
    // One line per source (Korea: four editions, four sources, and Government at a Glance 2025, the second
    // source its OURdata 2023 composite comes from, issue 23), then what the site computed, for the complete ones.
    expect(p.citations).toHaveLength(site.dataset.editions.filter((e) => site.coverage('KOR', e.index).includes(e)).length + 2);
    expect(p.citations.filter((c) => c.includes('Government at a Glance 2025'))).toHaveLength(1);
    expect(p.citations.slice(0, -1).every((c) => c.includes('https://doi.org/10.1787/'))).toBe(true);
  });
});

describe('profilePage(): the page head', () => {
  it('Czechia: names the OECD sources print besides its own, and every spelling for search', () => {
    const p = page('CZE');
    expect(p.alsoPublishedAs).toBe('Also published as: Czech Republic.');
    expect(p.spellings).toEqual(expect.arrayContaining(['Czechia', 'Czech Republic', 'Tchéquie']));
  });

  it('Korea: no other published name', () => {
    expect(page('KOR').alsoPublishedAs).toBeUndefined();
  });

  it('partner countries say so', () => {
    expect(page('ARG').membership).toBe('Not an OECD member');
  });

  it('verdicts carry an average only where an average is shown, the printed one labelled so', () => {
    expect(page('USA').cards.map((c) => c.verdict)).toEqual([undefined, undefined]);
    expect(page('DNK').cards[0]!.verdict!.figures.find((f) => f.kind === 'average')).toEqual({ kind: 'average', label: 'OECD average (printed)', value: '0.70' });
  });
});

describe('profilePage(): the previous and next country, by name in the language', () => {
  it('Korea sits between its neighbours in English; in Spanish "Corea" sorts elsewhere; the first country has no previous', () => {
    const names = (lang: Lang) => [...site.dataset.countries].map((c) => c.name[lang]).sort((a, b) => a.localeCompare(b, lang));
    const en = names('en');
    const at = en.indexOf('Korea');
    expect(page('KOR').neighbours).toEqual({
      previous: { text: `Previous country: ${en[at - 1]}`, href: expect.stringMatching(/^\/countries\/[a-z]{3}\/$/) },
      next: { text: `Next country: ${en[at + 1]}`, href: expect.stringMatching(/^\/countries\/[a-z]{3}\/$/) },
    });
    const es = names('es');
    expect(page('KOR', 'es').neighbours.next!.text).toBe(`País siguiente: ${es[es.indexOf('Corea') + 1]}`);
    const first = [...site.dataset.countries].sort((a, b) => a.name.en.localeCompare(b.name.en, 'en'))[0]!;
    expect(page(first.iso3).neighbours.previous).toBeUndefined();
  });
});
