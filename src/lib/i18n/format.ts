import { languageConfig, type Lang } from './languages.ts';
import { translate } from './translate.ts';

const localeOf = (lang: Lang) => languageConfig(lang).locale;
/** Per language and decimals: the formatter and the texts it has produced (a build formats the same scores many times). */
const numberFormats = new Map<string, { format: Intl.NumberFormat; texts: Map<number, string> }>();
const MAX_REMEMBERED = 20_000;

/** A score with `decimals` places in the reader's locale: 0.935 / 0,935. */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
  const key = `${lang}|${decimals}`;
  let entry = numberFormats.get(key);
  if (!entry) {
    entry = {
      format: new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false }),
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

const ordinalRules = new Map<Lang, Intl.PluralRules>();

/** 1st, 2nd, 3rd, 11th / 1er, 2e / 1.º: the language's ordinal form for the number's plural category. */
export function formatOrdinal(n: number, lang: Lang): string {
  let rules = ordinalRules.get(lang);
  if (!rules) ordinalRules.set(lang, (rules = new Intl.PluralRules(localeOf(lang), { type: 'ordinal' })));
  const { ordinals } = languageConfig(lang);
  return (ordinals[rules.select(n)] ?? ordinals.other).replace('{n}', String(n));
}

/** "3rd of 33 OECD members", "9th of 33 participating countries", "not ranked (non-member)". */
export function formatRank(rank: number | null, total: number | null, rankedSet: 'all-participants' | 'oecd-members', lang: Lang): string {
  if (rank === null || total === null) return translate(lang, 'rank.notRanked');
  const key = rankedSet === 'oecd-members' ? 'rank.of.members' : 'rank.of.all';
  return translate(lang, key, { rank: formatOrdinal(rank, lang), total });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "October 2020" / "octobre 2020" from YYYY-MM, or a full date from YYYY-MM-DD. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const key = `${lang}|${d === undefined ? 'month' : 'day'}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = d === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
    dateFormats.set(key, (format = new Intl.DateTimeFormat(localeOf(lang), options)));
  }
  return format.format(utc);
}

/** "Title: detail" with the colon spacing of the language (French puts a narrow no-break space before it). */
export function titled(lang: Lang, head: string, detail: string): string {
  return `${head}${languageConfig(lang).colon}${detail}`;
}

const languageNames = new Map<Lang, Intl.DisplayNames>();

/** The name of language `of` in language `lang` ("French", "français", "francés"); `capital` for a standalone label. */
export function languageName(of: Lang, lang: Lang, capital = false): string {
  let names = languageNames.get(lang);
  if (!names) languageNames.set(lang, (names = new Intl.DisplayNames([localeOf(lang)], { type: 'language' })));
  const name = names.of(of) ?? of;
  return capital ? name.charAt(0).toLocaleUpperCase(localeOf(lang)) + name.slice(1) : name;
}
