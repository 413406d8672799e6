import countries from 'i18n-iso-countries';
import { countryCodeForName } from '../../src/lib/countries/registry.ts';
import { oecdAccession } from '../../src/lib/countries/membership.ts';
import { shuffle, stream } from './random.ts';

/** Every ISO 3166-1 alpha-3 code the country package knows, without user-assigned codes (Kosovo's XKK). */
export const ISO_CODES: readonly string[] = Object.keys(countries.getAlpha3Codes())
  .filter((code) => /^[A-Z]{3}$/.test(code) && !code.startsWith('X'))
  .sort();
export const MAX_COUNTRIES = ISO_CODES.length;

/** Countries the editorial content names; listed first among the members so small sets still cover them. */
const PREFERRED_MEMBERS = ['KOR', 'DNK', 'EST', 'FRA', 'DEU', 'GBR'];

/** A name for the country that the registry maps back to the same code (for the wide layout). */
export function resolvableName(iso3: string): string {
  const alpha2 = countries.alpha3ToAlpha2(iso3);
  const candidates = [countries.getName(iso3, 'en'), ...(alpha2 ? (countries.getNames('en', { select: 'all' })[alpha2] ?? []) : [])];
  for (const name of candidates) if (name && countryCodeForName(name) === iso3) return name;
  throw new Error(`synth: no country name resolves to ${iso3}`);
}

/** The `n` countries of the set: OECD members first (those the content names, then the others shuffled), then non-members. */
export function chooseCountries(n: number, seed: number): { iso3: string; member: boolean }[] {
  const random = stream(seed, 'countries');
  const members = Object.keys(oecdAccession).sort();
  const others = ISO_CODES.filter((code) => oecdAccession[code] === undefined);
  const orderedMembers = [...PREFERRED_MEMBERS, ...shuffle(members.filter((c) => !PREFERRED_MEMBERS.includes(c)), random)];
  const memberCount = n <= members.length ? Math.max(1, Math.ceil(n * 0.6)) : Math.min(members.length, n);
  const chosen = [
    ...orderedMembers.slice(0, memberCount).map((iso3) => ({ iso3, member: true })),
    ...shuffle(others, random).slice(0, n - memberCount).map((iso3) => ({ iso3, member: false })),
  ];
  return chosen.sort((a, b) => a.iso3.localeCompare(b.iso3));
}
