/** The platform does signs, lists and plurals; the sentence catalogues agree with each other and with French typography. */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalogueProblems, catalogues } from '../../../src/lib/i18n/translate.ts';
import { frenchSpacingProblems, listOf, phrase, sentenceCatalogues, signedNumber, unsignedNumber } from '../../../src/lib/i18n/phrases.ts';

describe('signedNumber', () => {
  it.each([
    [0.13, 'en', '+0.13'],
    [-0.05, 'en', '\u22120.05'],
    [-0.001, 'en', '0.00'],
    [-0, 'fr', '0,00'],
    [0.13, 'fr', '+0,13'],
    [-0.05, 'es', '\u22120,05'],
  ] as const)('%d in %s is %s (never -0.00)', (value, lang, text) => {
    expect(signedNumber(value, 2, lang)).toBe(text);
  });

  it('says the size alone where a word carries the direction ("Up 0.13", not "Up +0.13")', () => {
    expect([unsignedNumber(0.13, 2, 'en'), unsignedNumber(-0.05, 2, 'fr')]).toEqual(['0.13', '0,05']);
  });
});

describe('listOf', () => {
  it('joins as the language does', () => {
    expect(listOf(['Sweden'], 'en')).toBe('Sweden');
    expect(listOf(['Austria', 'New Zealand', 'Sweden'], 'en')).toBe('Austria, New Zealand and Sweden');
    expect(listOf(['la Suède', 'le Danemark'], 'fr')).toBe('la Suède et le Danemark');
    expect(listOf(['Suecia', 'Dinamarca'], 'es')).toBe('Suecia y Dinamarca');
  });
});

describe('sentence catalogues', () => {
  it('have the same keys in every language, each an ICU message that parses', () => {
    expect(catalogueProblems(sentenceCatalogues).filter((p) => !p.includes('keep the same placeholders'))).toEqual([]);
    for (const [lang, messages] of Object.entries(sentenceCatalogues)) {
      for (const [key, text] of Object.entries(messages)) expect(() => new IntlMessageFormat(text, lang), `${lang} ${key}`).not.toThrow();
    }
  });

  it('put a narrow no-break space before French : ; ? !', () => {
    expect(frenchSpacingProblems(sentenceCatalogues.fr, 'src/lib/i18n/sentences/fr.json')).toEqual([]);
    expect(frenchSpacingProblems({ a: 'Édition la plus récente: DGI 2025', b: 'Voir\u00a0: ici', c: 'https://x.org:8080/ ok' }, 'f.json')).toEqual([
      'f.json: key "a" has "e:": put a narrow no-break space (U+202F) before ":"',
      'f.json: key "b" has "\u00a0:": put a narrow no-break space (U+202F) before ":"',
    ]);
  });

  it('no catalogue string holds a glyph a screen reader reads aloud (▲ "black up-pointing triangle")', () => {
    for (const messages of [...Object.values(catalogues), ...Object.values(sentenceCatalogues)]) expect(Object.values(messages).filter((text) => /[▲▼△▽►◄]/.test(text))).toEqual([]);
  });

  it('the site catalogue (src/lib/i18n/fr.json) does too', () => {
    expect(frenchSpacingProblems(catalogues.fr!, 'src/lib/i18n/fr.json')).toEqual([]);
  });

  it('say 1 dimension, 2 dimensions, and both', () => {
    const at = (count: number, spread = 'other') => phrase('en', 'extremes', { count, country: 'Peru', unit: 'dimension', edition: 'DGI 2025', spread, best: 'A (0.5)', worst: 'B (0.4)', score: '0.5', num: 'singular' });
    expect(at(1)).toBe('Peru has a score on 1 dimension in DGI 2025: A (0.5).');
    expect(at(3)).toBe('Peru has scores on 3 dimensions in DGI 2025. Highest: A (0.5); lowest: B (0.4).');
    expect(at(2, 'same')).toBe('Peru scores 0.5 on both dimensions in DGI 2025.');
  });
});
