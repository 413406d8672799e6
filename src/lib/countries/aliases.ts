import type { Lang } from '../i18n/languages.ts';

/**
 * Country names as OECD sources print them, mapped to ISO 3166-1 alpha-3. The country package already
 * knows official and common English names; this table adds the OECD's own short forms and older names.
 */
export const countryAliases: Readonly<Record<string, string>> = {
  Korea: 'KOR',
  'South Korea': 'KOR',
  'Republic of Korea': 'KOR',
  'Korea, Rep.': 'KOR',
  'Czech Republic': 'CZE',
  Czechia: 'CZE',
  'Slovak Republic': 'SVK',
  Slovakia: 'SVK',
  Turkey: 'TUR',
  Türkiye: 'TUR',
  Turkiye: 'TUR',
  'United States': 'USA',
  'United Kingdom': 'GBR',
  Netherlands: 'NLD',
  'The Netherlands': 'NLD',
  Luxemburg: 'LUX',
};

/** Display names where the OECD's usage differs from the country package's (e.g. "Korea", not "South Korea"). */
export const oecdDisplayNames: Readonly<Record<string, Readonly<Partial<Record<Lang, string>>>>> = {
  KOR: { en: 'Korea', fr: 'Corée', es: 'Corea' },
  CZE: { en: 'Czechia', fr: 'Tchéquie', es: 'Chequia' },
  SVK: { en: 'Slovak Republic', fr: 'République slovaque', es: 'República Eslovaca' },
  TUR: { en: 'Türkiye', fr: 'Türkiye', es: 'Türkiye' },
  USA: { en: 'United States', fr: 'États-Unis', es: 'Estados Unidos' },
};

/** Codes and names that denote a group of countries in result tables, never a country (matched in any case, punctuation ignored). */
export const aggregateCodes: Readonly<Record<string, string>> = {
  OECD: 'OECD',
  'OECD average': 'OECD',
  'OECD Average': 'OECD',
  'OECD - Average': 'OECD',
  OAVG: 'OECD',
  // The OECD Data Explorer's code for the OECD average (label "OECD average country"), e.g. DF_GOV_DGOGD_2025.
  OECD_REP: 'OECD',
  'OECD average country': 'OECD',
  'OECD avg': 'OECD',
  'OECD mean': 'OECD',
  'OECD unweighted average': 'OECD',
  'OECD average (unweighted)': 'OECD',
  'OECD simple average': 'OECD',
  'Average OECD': 'OECD',
  'OECD countries': 'OECD',
  'OECD countries average': 'OECD',
  'OECD member countries': 'OECD',
  'OECD members': 'OECD',
  'OECD members average': 'OECD',
  EU: 'EU',
  EU27: 'EU',
  EU27_2020: 'EU',
  EA: 'EA',
  G20: 'G20',
  WLD: 'WLD',
};
