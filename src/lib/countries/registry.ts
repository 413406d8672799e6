import countries from 'i18n-iso-countries';
import { languages, type Lang } from '../i18n/languages.ts';
import { aggregateCodes, countryAliases, oecdDisplayNames } from './aliases.ts';
import { isoCountryNames } from './names.ts';

for (const names of Object.values(isoCountryNames)) countries.registerLocale(names);

const normalize = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

let byName: Map<string, ReadonlySet<string>> | undefined;

/** Every known spelling → the codes it names (two for "Congo"); the alias table decides where it speaks. */
function nameIndex(): Map<string, ReadonlySet<string>> {
  if (byName) return byName;
  const index = new Map<string, Set<string>>();
  for (const lang of languages) {
    for (const [alpha2, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      const alpha3 = countries.alpha2ToAlpha3(alpha2);
      if (!alpha3) continue;
      for (const name of names) {
        const key = normalize(name);
        if (!index.has(key)) index.set(key, new Set());
        index.get(key)!.add(alpha3);
      }
    }
  }
  for (const [name, alpha3] of Object.entries(countryAliases)) index.set(normalize(name), new Set([alpha3]));
  byName = index;
  return byName;
}

/** A country name resolved: one code, several candidates (ambiguous), or nothing. */
type NameMatch = { code: string } | { candidates: string[] } | undefined;

/** Resolves a name as a source prints it; `extra` (a source's own aliases) wins over the built-in tables. */
export function matchCountryName(name: string, extra: Record<string, string> = {}): NameMatch {
  const key = normalize(name);
  for (const [alias, code] of Object.entries(extra)) if (normalize(alias) === key) return { code };
  const codes = nameIndex().get(key);
  if (!codes) return undefined;
  return codes.size === 1 ? { code: [...codes][0]! } : { candidates: [...codes].sort() };
}

/** Every ISO 3166-1 alpha-3 code the registry knows, sorted. */
export function countryCodes(): string[] {
  return Object.keys(countries.getAlpha3Codes()).sort();
}

/** True for an ISO 3166-1 alpha-3 code of a country (upper case). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && countries.alpha3ToAlpha2(code) !== undefined;
}

/** The ISO3 code for a country name as a source prints it, or undefined (also when the name is ambiguous). */
export function countryCodeForName(name: string, extra: Record<string, string> = {}): string | undefined {
  const match = matchCountryName(name, extra);
  return match && 'code' in match ? match.code : undefined;
}

/** A code or name reduced to lower-case words: `OECD - Average`, `oecd average` and `OECD_Average` are one spelling. */
const aggregateSpelling = (name: string) => name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
let aggregates: Map<string, string> | undefined;

/** The aggregate a code or name stands for (`OECD`), in any case and the OECD's usual spellings, or undefined for anything else. */
export function aggregateFor(codeOrName: string): string | undefined {
  aggregates ??= new Map(Object.entries(aggregateCodes).map(([name, code]) => [aggregateSpelling(name), code]));
  return aggregates.get(aggregateSpelling(codeOrName));
}

/** The country's name in `lang`, in the OECD's usage where it differs from the ISO short name. */
export function countryName(iso3: string, lang: Lang): string {
  return oecdDisplayNames[iso3]?.[lang] ?? countries.getName(iso3, lang) ?? iso3;
}

const spellings = new Map<string, readonly string[]>();
let allNames: Record<Lang, Record<string, string[]>> | undefined;

/** Every spelling known for the country in every site language, for search (worked out once per country). */
export function countrySpellings(iso3: string): string[] {
  let known = spellings.get(iso3);
  if (!known) {
    allNames ??= Object.fromEntries(languages.map((lang) => [lang, countries.getNames(lang, { select: 'all' })])) as Record<Lang, Record<string, string[]>>;
    const alpha2 = countries.alpha3ToAlpha2(iso3);
    const names = new Set<string>();
    for (const lang of languages) {
      names.add(countryName(iso3, lang));
      if (alpha2) for (const name of allNames[lang][alpha2] ?? []) names.add(name);
    }
    for (const [alias, code] of Object.entries(countryAliases)) if (code === iso3) names.add(alias);
    known = [...names].sort();
    spellings.set(iso3, known);
  }
  return [...known];
}
