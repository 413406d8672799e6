/** The MDX figure functions on the statement fixture: four editions of the made-up index FIX, 2025 partial. */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/lib/i18n/languages.ts';
import { createPageContext } from '../../../src/lib/pages/context.ts';
import { averageText, countryCount, editionList, latestCompleteEdition, newestEdition, scoreText, textContext } from '../../../src/lib/pages/mdxFigures.ts';
import { fixtureQueries } from '../../helpers/statementsFixture.ts';

const data = fixtureQueries();
const ctx = (lang: Lang) => createPageContext({ data, groups: [], lang, base: '/', address: undefined, here: '/' });

describe('edition names', () => {
  it.each([
    ['en', 'FIX 2025 (partial edition)', 'FIX 2023'],
    ['fr', 'FIX 2025 (édition partielle)', 'FIX 2023'],
    ['es', 'FIX 2025 (edición parcial)', 'FIX 2023'],
  ] as const)('%s: the newest edition says it is partial; the latest complete is the one before', (lang, newest, complete) => {
    expect(newestEdition(ctx(lang), { index: 'fix' })).toBe(newest);
    expect(latestCompleteEdition(ctx(lang), { index: 'fix' })).toBe(complete);
  });

  it('refuses an unknown index with the allowed ones', () => {
    expect(() => newestEdition(ctx('en'), { index: 'dgi' })).toThrow(/index "dgi" is unknown; allowed: "fix"/);
  });
});

describe('the OECD average names its edition', () => {
  it.each([
    ['en', 'latest', '(FIX 2025, partial edition, as printed by the OECD)'],
    ['fr', 'latest', "(FIX 2025, édition partielle, telle qu'imprimée par l'OCDE)"],
    ['en', '2023', '(FIX 2023)'],
    ['es', '2023', '(FIX 2023)'],
  ] as const)('%s, edition %s', (lang, edition, note) => {
    expect(averageText(ctx(lang), { index: 'fix', indicator: 'composite', edition })?.note).toBe(note);
  });
});

describe('counts', () => {
  it.each([
    ['en', '2025', '5 countries'],
    ['fr', '2025', '5 pays'],
    ['es', '2025', '5 países'],
  ] as const)('%s: countries with a value in FIX %s', (lang, edition, text) => {
    expect(countryCount(ctx(lang), { index: 'fix', edition })).toBe(text);
  });
});

describe('<Editions>', () => {
  it('lists every edition oldest first, with who is ranked, the partial edition unranked, and the methodology break', () => {
    const items = editionList(ctx('en'), { index: 'fix' });
    expect(items.map((i) => i.name)).toEqual(['FIX 2019', 'FIX 2021', 'FIX 2023', 'FIX 2025 (partial edition)']);
    expect(items[2]!.text).toMatch(/^published December 2023; \d+ countries[:,]/);
    expect(items[2]!.text).toMatch(/; not comparable with FIX 2021\.$/);
    expect(items[3]!.text).toBe('published December 2025; 5 countries (1 more assessed by the OECD but not transcribed here), not ranked, with the OECD averages as printed by the OECD.');
  });

  it('writes French with the narrow no-break space before ; and :', () => {
    const [, , , partial] = editionList(ctx('fr'), { index: 'fix' });
    expect(partial!.text).toBe("publiée en décembre 2025\u202f; 5 pays (et 1 autre évalué par l'OCDE mais non transcrit ici), sans classement, avec les moyennes de l'OCDE telles qu'imprimées par l'OCDE.");
  });
});

describe('a text shown in another language than the page', () => {
  it('writes its figures in the language of the text, its links in the reader’s', () => {
    const page = ctx('es');
    const inEnglish = textContext(page, 'en');
    expect(scoreText(inEnglish, { country: 'FRA', index: 'fix', indicator: 'd1', edition: '2025' }).text).toBe('0.94');
    expect(scoreText(page, { country: 'FRA', index: 'fix', indicator: 'd1', edition: '2025' }).text).toBe('0,94');
    expect(inEnglish.href('countries/')).toBe('/es/countries/');
    expect(textContext(page, undefined)).toBe(page);
  });
});
