import type { Lang } from './translate.ts';
import { translate } from './translate.ts';

const locales: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A score with `decimals` places in the reader's locale: 0.935 / 0,935. */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
  const key = `${lang}|${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
    numberFormats.set(key, format);
  }
  return format.format(value).replace('-', '−');
}

/** A signed difference: +0.012 / −0,012. */
export function formatSigned(value: number, decimals: number, lang: Lang): string {
  const text = formatNumber(Math.abs(value), decimals, lang);
  if (Number(Math.abs(value).toFixed(decimals)) === 0) return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}

const englishSuffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const englishOrdinals = new Intl.PluralRules('en', { type: 'ordinal' });

/** 1st, 2nd, 3rd, 11th / 1er, 2e. */
export function formatOrdinal(n: number, lang: Lang): string {
  if (lang === 'fr') return n === 1 ? '1er' : `${n}e`;
  return `${n}${englishSuffix[englishOrdinals.select(n)]}`;
}

/** "3rd of 33 OECD members", "9th of 33 participating countries", "not ranked (non-member)". */
export function formatRank(rank: number | null, total: number | null, rankedSet: 'all-participants' | 'oecd-members', lang: Lang): string {
  if (rank === null || total === null) return translate(lang, 'rank.notRanked');
  const key = rankedSet === 'oecd-members' ? 'rank.of.members' : 'rank.of.all';
  return translate(lang, key, { rank: formatOrdinal(rank, lang), total });
}

/** "October 2020" / "octobre 2020" from YYYY-MM, or a full date from YYYY-MM-DD. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locales[lang], options).format(utc);
}
