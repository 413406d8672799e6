import { describe, expect, it } from 'vitest';
import { countryName } from '../../../src/lib/countries/registry.ts';
import { formatDate, formatNumber, formatOrdinal, formatRank, languageName, titled } from '../../../src/lib/i18n/format.ts';
import { defaultLang, fallbackOrder, languages } from '../../../src/lib/i18n/languages.ts';
import { catalogueProblems, translate } from '../../../src/lib/i18n/translate.ts';
import { localeParam, localePath, sitePath, splitLocale } from '../../../src/lib/urls/paths.ts';

describe('languages as configuration', () => {
  it('has English (default, no prefix), French and Spanish', () => {
    expect(languages).toEqual(['en', 'fr', 'es']);
    expect(defaultLang).toBe('en');
  });

  it.each([
    ['en', 'countries/kor/', 'countries/kor/', undefined],
    ['fr', 'countries/kor/', 'fr/countries/kor/', 'fr'],
    ['es', '/countries/esp/', 'es/countries/esp/', 'es'],
    ['es', '', 'es/', 'es'],
  ] as const)('%s: localePath(%j) is %j, route param %j', (lang, path, expected, param) => {
    expect(localePath(lang, path)).toBe(expected);
    expect(localeParam(lang)).toBe(param);
    expect(splitLocale(expected)).toEqual({ lang, path: path.replace(/^\//, '') });
  });

  it('reads a path whose first segment only starts like a language as the default language', () => {
    expect(splitLocale('espana/')).toEqual({ lang: 'en', path: 'espana/' });
    expect(splitLocale('es')).toEqual({ lang: 'es', path: '' });
  });

  it.each([
    ['en', [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101], ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st']],
    ['fr', [1, 2, 3, 11, 21], ['1er', '2e', '3e', '11e', '21e']],
    ['es', [1, 2, 3, 11, 33], ['1.º', '2.º', '3.º', '11.º', '33.º']],
  ] as const)('%s ordinals', (lang, numbers, expected) => {
    expect(numbers.map((n) => formatOrdinal(n, lang))).toEqual(expected);
  });

  it.each([
    ['en', '0.599', '1st of 33 OECD members', 'October 2020', 'OECD average: 0.605'],
    ['fr', '0,599', '1er sur 33 membres de l\'OCDE', 'octobre 2020', 'Moyenne de l\'OCDE\u202f: 0,605'],
    ['es', '0,599', '1.º de 33 miembros de la OCDE', 'octubre de 2020', 'Promedio de la OCDE: 0,605'],
  ] as const)('%s numbers, ranks, dates and colons', (lang, number, rank, date, average) => {
    expect(formatNumber(0.599, 3, lang)).toBe(number);
    expect(formatRank(1, 33, 'oecd-members', lang)).toBe(rank);
    expect(formatDate('2020-10', lang)).toBe(date);
    expect(titled(lang, translate(lang, 'country.oecdAverage'), formatNumber(0.605, 3, lang))).toBe(average);
  });

  it('names languages in the reader\'s language, and in their own for the switch', () => {
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName('en', 'es')).toBe('inglés');
    expect(languageName('es', 'es', true)).toBe('Español');
    expect(languageName('fr', 'fr', true)).toBe('Français');
  });

  it('falls back to the default language first, then the others', () => {
    expect(fallbackOrder('es')).toEqual(['es', 'en', 'fr']);
    expect(fallbackOrder('en')).toEqual(['en', 'fr', 'es']);
  });

  it('names countries in Spanish in the OECD\'s usage', () => {
    expect(['KOR', 'ESP', 'TUR', 'CZE', 'SVK', 'MEX'].map((c) => countryName(c, 'es'))).toEqual(['Corea', 'España', 'Türkiye', 'Chequia', 'República Eslovaca', 'México']);
  });
});

describe('catalogue checks', () => {
  it('the real catalogues are complete and consistent', () => {
    expect(catalogueProblems()).toEqual([]);
  });

  it('reports a missing key in any catalogue, and a placeholder that differs from the default language\'s', () => {
    expect(catalogueProblems({ en: { a: 'A {n}', b: 'B' }, fr: { a: 'A {n}', b: 'B' }, es: { a: 'A {count}' } })).toEqual([
      'src/lib/i18n/es.json: missing key "b" (present in en.json); add its translation',
      'src/lib/i18n/es.json: key "a" uses {count} but en.json uses {n}; keep the same placeholders',
    ]);
  });
});

describe('sitePath', () => {
  it.each([
    [sitePath.country('KOR'), 'countries/kor/'],
    [sitePath.indicator('dgi'), 'indices/dgi/'],
    [sitePath.indicator('dgi', 'composite'), 'indices/dgi/'],
    [sitePath.indicator('ourdata', 'data-availability'), 'indices/ourdata/data-availability/'],
    [sitePath.compare(['KOR', 'DNK']), 'compare/?countries=kor,dnk'],
    [sitePath.compare(), 'compare/'],
    [localePath('es', sitePath.page('about')), 'es/about/'],
  ])('%s', (path, expected) => {
    expect(path).toBe(expected);
  });
});
