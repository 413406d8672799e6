import type { Lang } from './translate.ts';
import { translate } from './translate.ts';

const locales: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };
/** Per language and decimals: the formatter and the texts it has produced (a build formats the same scores many times). */
const numberFormats = new Map<string, { format: Intl.NumberFormat; texts: Map<number, string> }>();
const MAX_REMEMBERED = 20_000;

/** A score with `decimals` places in the reader's locale: 0.935 / 0,935. */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
  const key = `${lang}|${decimals}`;
  let entry = numberFormats.get(key);
  if (!entry) {
    entry = {
      format: new Intl.NumberFormat(locales[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false }),
      texts: new Map(),
    };
    numberFormats.set(key, entry);
  }
  // A Map does not tell -0 from 0, which format differently ("−0.0" / "0.0"): -0 is never remembered.
  if (Object.is(value, -0)) return entry.format.format(value).replace('-', '−');
  let text = entry.texts.get(value);
  if (text === undefined) {
    text = entry.format.format(value).replace('-', '−');
    if (entry.texts.size >= MAX_REMEMBERED) entry.texts.clear();
    entry.texts.set(value, text);
  }
  return text;
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

/** "Title: detail" with the colon spacing of the language (French puts a no-break space before it). */
export function titled(lang: Lang, head: string, detail: string): string {
  return lang === 'fr' ? `${head}\u00a0: ${detail}` : `${head}: ${detail}`;
}
