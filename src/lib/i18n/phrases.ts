import { IntlMessageFormat } from 'intl-messageformat';
import { languageConfig, type Lang } from './languages.ts';
import en from './sentences/en.json' with { type: 'json' };
import es from './sentences/es.json' with { type: 'json' };
import fr from './sentences/fr.json' with { type: 'json' };

/**
 * Generated sentences as ICU messages (src/lib/i18n/sentences/{lang}.json): plurals and selects are
 * written in the message, so "1 dimension", verb agreement with "les États-Unis" and the wording of each
 * situation live in the catalogue, not in code. Plural categories come from Intl.PluralRules.
 */
export const sentenceCatalogues: Record<Lang, Record<string, string>> = { en, fr, es };
export type SentenceKey = keyof typeof en;

const compiled = new Map<string, IntlMessageFormat>();
const localeOf = (lang: Lang) => languageConfig(lang).locale;

/** The sentence message `key` in `lang`, filled with `values`. */
export function phrase(lang: Lang, key: SentenceKey, values: Record<string, string | number> = {}): string {
  const k = `${lang}|${key}`;
  let message = compiled.get(k);
  if (!message) {
    const text = sentenceCatalogues[lang][key];
    if (text === undefined) throw new Error(`src/lib/i18n/sentences/${lang}.json: missing key "${key}"; add it (see en.json)`);
    compiled.set(k, (message = new IntlMessageFormat(text, localeOf(lang))));
  }
  return String(message.format(values));
}

const signed = new Map<string, Intl.NumberFormat>();

/**
 * A signed number in the reader's locale with the platform's sign rules: "+0.13", "−0.05", and "0.00"
 * for anything that rounds to zero (never "−0.00" or "+0.00"). For a change said with a sign; a change said
 * with a word ("Up 0.13") takes `unsigned` instead, never both.
 */
export function signedNumber(value: number, decimals: number, lang: Lang): string {
  const k = `${lang}|${decimals}`;
  let format = signed.get(k);
  if (!format) signed.set(k, (format = new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: 'exceptZero', useGrouping: false })));
  return format.formatToParts(value).map((p) => (p.type === 'minusSign' ? '\u2212' : p.value)).join('');
}

/** The size of a number without its sign, for a change said with a word: "Up 0.13". */
export function unsignedNumber(value: number, decimals: number, lang: Lang): string {
  return signedNumber(Math.abs(value), decimals, lang).replace(/^\+/, '');
}

const lists = new Map<string, Intl.ListFormat>();

/** "Sweden", "Denmark and Sweden", "la Suède, le Danemark et les Pays-Bas": the language's list. */
export function listOf(items: readonly string[], lang: Lang, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const k = `${lang}|${type}`;
  let format = lists.get(k);
  if (!format) lists.set(k, (format = new Intl.ListFormat(localeOf(lang), { style: 'long', type })));
  return format.format(items);
}

/** The sentence with its first letter in upper case ("the United States did…" → "The United States did…"). */
export function sentenceCase(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(localeOf(lang)) + text.slice(1);
}

/**
 * Problems with French punctuation in a catalogue: `: ; ? !` must follow a narrow no-break space
 * (U+202F), not a space, a no-break space or nothing. Text inside `{…}` placeholders and URLs is skipped.
 */
export function frenchSpacingProblems(messages: Record<string, string>, file: string): string[] {
  const problems: string[] = [];
  for (const [key, text] of Object.entries(messages)) {
    const plain = text.replace(/https?:\/\/\S+/g, '').replace(/\{[\w.]+\}/g, 'x');
    const bad = /(^|[^\u202f])([:;?!])/.exec(plain);
    if (bad) problems.push(`${file}: key "${key}" has "${bad[0]}": put a narrow no-break space (U+202F) before "${bad[2]}"`);
  }
  return problems;
}
