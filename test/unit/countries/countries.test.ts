import { describe, expect, it } from 'vitest';
import { isOecdMember } from '../../../src/lib/countries/membership.ts';
import { aggregateFor, countryCodeForName, countryName, countrySpellings, isCountryCode } from '../../../src/lib/countries/registry.ts';

describe('isCountryCode()', () => {
  it.each(['KOR', 'DNK', 'GBR', 'CRI', 'TUR', 'URY', 'PAN'])('accepts the ISO 3166-1 alpha-3 code %s', (code) => {
    expect(isCountryCode(code)).toBe(true);
  });

  it.each([
    { code: 'kor', why: 'lower case' },
    { code: 'KR', why: 'alpha-2' },
    { code: 'XXX', why: 'not assigned' },
    { code: 'UK', why: 'not an ISO code' },
    { code: 'OECD', why: 'an aggregate' },
    { code: 'EU27', why: 'an aggregate' },
    { code: '', why: 'empty' },
    { code: ' KOR', why: 'padded' },
  ])('rejects "$code" ($why)', ({ code }) => {
    expect(isCountryCode(code)).toBe(false);
  });
});

describe('countryCodeForName()', () => {
  it.each([
    ['Korea', 'KOR'],
    ['Czech Republic', 'CZE'],
    ['Czechia', 'CZE'],
    ['Turkey', 'TUR'],
    ['Türkiye', 'TUR'],
    ['Slovak Republic', 'SVK'],
    ['United Kingdom', 'GBR'],
    ['United States', 'USA'],
    ['Netherlands', 'NLD'],
    ['New Zealand', 'NZL'],
    ['Costa Rica', 'CRI'],
    ['Uruguay', 'URY'],
  ])('maps "%s" to %s', (name, code) => {
    expect(countryCodeForName(name)).toBe(code);
  });

  it.each([
    ['korea', 'KOR'],
    ['  Czech   Republic ', 'CZE'],
    ['T\u0075\u0308rkiye', 'TUR'], // "ü" written as u + combining diaeresis (NFD)
    ['Corée du Sud', 'KOR'],
  ])('matches "%s" regardless of case, spacing and Unicode form', (name, code) => {
    expect(countryCodeForName(name)).toBe(code);
  });

  it.each(['Atlantis', 'Koreaa', 'OECD', ''])('gives undefined for "%s", which is no country name', (name) => {
    expect(countryCodeForName(name)).toBeUndefined();
  });

  it("uses a source's own aliases before the built-in table", () => {
    expect(countryCodeForName('Rep. of Korea')).toBeUndefined();
    expect(countryCodeForName('Rep. of Korea', { 'Rep. of Korea': 'KOR' })).toBe('KOR');
    expect(countryCodeForName(' rep. of korea', { 'Rep. of Korea': 'KOR' })).toBe('KOR');
  });
});

describe('aggregateFor()', () => {
  it.each([
    ['OECD', 'OECD'],
    ['OECD average', 'OECD'],
    ['OAVG', 'OECD'],
    [' OECD ', 'OECD'],
    ['EU27_2020', 'EU'],
  ])('recognises "%s" as the aggregate %s', (codeOrName, aggregate) => {
    expect(aggregateFor(codeOrName)).toBe(aggregate);
  });

  it.each(['KOR', 'Korea', 'OCDE', ''])('gives undefined for "%s"', (codeOrName) => {
    expect(aggregateFor(codeOrName)).toBeUndefined();
  });
});

describe('countryName()', () => {
  it.each([
    { iso3: 'KOR', en: 'Korea', fr: 'Corée' },
    { iso3: 'CZE', en: 'Czechia', fr: 'Tchéquie' },
    { iso3: 'SVK', en: 'Slovak Republic', fr: 'République slovaque' },
    { iso3: 'TUR', en: 'Türkiye', fr: 'Türkiye' },
    { iso3: 'USA', en: 'United States', fr: 'États-Unis' },
    { iso3: 'DNK', en: 'Denmark', fr: 'Danemark' },
    { iso3: 'CRI', en: 'Costa Rica', fr: 'Costa Rica' },
  ])('names $iso3 "$en" in English and "$fr" in French', ({ iso3, en, fr }) => {
    expect(countryName(iso3, 'en')).toBe(en);
    expect(countryName(iso3, 'fr')).toBe(fr);
  });

  it('falls back to the code for an unknown code', () => {
    expect(countryName('XXX', 'en')).toBe('XXX');
  });
});

describe('countrySpellings()', () => {
  it('lists the OECD name, the ISO names and the aliases in both languages, sorted', () => {
    const spellings = countrySpellings('KOR');
    expect(spellings).toEqual(expect.arrayContaining(['Korea', 'Corée', 'South Korea', 'Republic of Korea']));
    expect(spellings).toEqual([...spellings].sort());
    expect(new Set(spellings).size).toBe(spellings.length);
  });
});

describe('isOecdMember()', () => {
  it.each([
    // Colombia deposited its instrument of accession on 28 April 2020.
    { iso3: 'COL', date: '2020-03', member: false },
    { iso3: 'COL', date: '2020-04-27', member: false },
    { iso3: 'COL', date: '2020-04-28', member: true },
    { iso3: 'COL', date: '2020-10', member: true },
    // Costa Rica on 25 May 2021.
    { iso3: 'CRI', date: '2021-04', member: false },
    { iso3: 'CRI', date: '2021-05-24', member: false },
    { iso3: 'CRI', date: '2021-05-25', member: true },
    { iso3: 'CRI', date: '2024-01', member: true },
    // Founding and early members.
    { iso3: 'KOR', date: '2020-10', member: true },
    { iso3: 'GBR', date: '1961-05', member: true },
    { iso3: 'KOR', date: '1996-11', member: false },
    // Partners and accession candidates are not members.
    { iso3: 'BRA', date: '2024-01', member: false },
    { iso3: 'PER', date: '2024-01', member: false },
    { iso3: 'ARG', date: '2024-01', member: false },
    { iso3: 'HRV', date: '2024-01', member: false },
    { iso3: 'ROU', date: '2024-01', member: false },
    { iso3: 'URY', date: '2020-10', member: false },
  ])('$iso3 on $date: member $member', ({ iso3, date, member }) => {
    expect(isOecdMember(iso3, date)).toBe(member);
  });

  it('counts a whole month as its last day', () => {
    expect(isOecdMember('COL', '2020-04')).toBe(true);
    expect(isOecdMember('CRI', '2021-05')).toBe(true);
  });

  it('tells current membership without a date', () => {
    expect(isOecdMember('CRI')).toBe(true);
    expect(isOecdMember('BRA')).toBe(false);
  });

  it('counts each of the 38 current members as a member', () => {
    const members = ['AUS', 'AUT', 'BEL', 'CAN', 'CHE', 'CHL', 'COL', 'CRI', 'CZE', 'DEU', 'DNK', 'ESP', 'EST', 'FIN', 'FRA', 'GBR', 'GRC', 'HUN', 'IRL', 'ISL', 'ISR', 'ITA', 'JPN', 'KOR', 'LTU', 'LUX', 'LVA', 'MEX', 'NLD', 'NOR', 'NZL', 'POL', 'PRT', 'SVK', 'SVN', 'SWE', 'TUR', 'USA'];
    expect(members.filter((iso3) => isOecdMember(iso3, '2025-01'))).toEqual(members);
  });
});
