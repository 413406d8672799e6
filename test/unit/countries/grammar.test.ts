/** Country names in running text: article, "of" forms, possessives and agreement, per language, from data. */
import { describe, expect, it } from 'vitest';
import { countryCodes } from '../../../src/lib/countries/registry.ts';
import { countryGrammar, countryNumber, countryPhrase } from '../../../src/lib/countries/grammar.ts';
import { languages } from '../../../src/lib/i18n/languages.ts';

describe('country grammar data (src/lib/countries/grammar/{lang}.json)', () => {
  it.each(languages)('%s has an entry for every country of the registry, and for nothing else', (lang) => {
    const codes = countryCodes();
    expect(codes.length).toBeGreaterThan(240);
    expect(codes.filter((iso3) => !(iso3 in countryGrammar[lang]))).toEqual([]);
    expect(Object.keys(countryGrammar[lang]).filter((iso3) => !codes.includes(iso3))).toEqual([]);
  });

  it.each(languages)('%s entries have exactly the fields of the language', (lang) => {
    const fields = lang === 'en' ? ['article', 'plural'] : lang === 'fr' ? ['article', 'elision', 'gender', 'number'] : ['article', 'gender', 'number'];
    const wrong = Object.entries(countryGrammar[lang]).filter(([, g]) => Object.keys(g).sort().join() !== fields.join());
    expect(wrong).toEqual([]);
  });
});

describe('countryPhrase', () => {
  it.each([
    ['USA', 'en', ['the United States', 'of the United States', "the United States'"]],
    ['NLD', 'en', ['the Netherlands', 'of the Netherlands', "the Netherlands'"]],
    ['GBR', 'en', ['the United Kingdom', 'of the United Kingdom', "the United Kingdom's"]],
    ['KOR', 'en', ['Korea', 'of Korea', "Korea's"]],
    ['SVK', 'en', ['the Slovak Republic', 'of the Slovak Republic', "the Slovak Republic's"]],
    ['USA', 'fr', ['les États-Unis', 'des États-Unis', 'aux États-Unis']],
    ['KOR', 'fr', ['la Corée', 'de la Corée', 'à la Corée']],
    ['NLD', 'fr', ['les Pays-Bas', 'des Pays-Bas', 'aux Pays-Bas']],
    ['GBR', 'fr', ['le Royaume-Uni', 'du Royaume-Uni', 'au Royaume-Uni']],
    ['DEU', 'fr', ["l'Allemagne", "de l'Allemagne", "à l'Allemagne"]],
    ['ISR', 'fr', ['Israël', "d'Israël", 'à Israël']],
    ['HUN', 'fr', ['la Hongrie', 'de la Hongrie', 'à la Hongrie']],
    ['PER', 'fr', ['le Pérou', 'du Pérou', 'au Pérou']],
    ['USA', 'es', ['los Estados Unidos', 'de los Estados Unidos', 'a los Estados Unidos']],
    ['NLD', 'es', ['los Países Bajos', 'de los Países Bajos', 'a los Países Bajos']],
    ['GBR', 'es', ['el Reino Unido', 'del Reino Unido', 'al Reino Unido']],
    ['KOR', 'es', ['Corea', 'de Corea', 'a Corea']],
    ['PER', 'es', ['Perú', 'de Perú', 'a Perú']],
  ] as const)('%s in %s', (iso3, lang, [subject, of, third]) => {
    expect(countryPhrase(iso3, lang)).toBe(subject);
    expect(countryPhrase(iso3, lang, 'of')).toBe(of);
    expect(countryPhrase(iso3, lang, lang === 'en' ? 'possessive' : 'to')).toBe(third);
  });

  it('agrees the verb in French and Spanish, not in English (the Netherlands scores)', () => {
    expect([countryNumber('USA', 'en'), countryNumber('USA', 'fr'), countryNumber('USA', 'es'), countryNumber('KOR', 'fr')]).toEqual(['singular', 'plural', 'plural', 'singular']);
  });

  it('never writes "Netherlands\'s" or "States\'s": names plural in form take a bare apostrophe (Belarus\'s stays)', () => {
    const plural = countryCodes().filter((iso3) => countryGrammar.en[iso3]!.plural);
    expect(plural).toEqual(expect.arrayContaining(['NLD', 'USA', 'PHL']));
    for (const iso3 of plural) expect(countryPhrase(iso3, 'en', 'possessive')).toMatch(/[^s]'$|s'$/);
    expect(countryPhrase('BLR', 'en', 'possessive')).toBe("Belarus's");
  });
});
