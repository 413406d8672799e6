/**
 * Number and ordinal formatting from a locale and ordinal forms alone, for code that runs in the browser
 * and must not pull in the message catalogues (src/lib/i18n/format.ts formats the same way from a Lang).
 */
const formats = new Map<string, Intl.NumberFormat>();

/** A score with `decimals` places in `locale`, with a true minus sign: 0.935 / 0,935 / −0.012. */
export function formatNumberIn(locale: string, value: number, decimals: number): string {
  const key = `${locale}|${decimals}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false })));
  return format.format(value).replace('-', '−');
}

const ordinalRules = new Map<string, Intl.PluralRules>();

/** The ordinal form of `n` for its plural category in `locale` (`{n}` in the form is the number). */
export function formatOrdinalIn(locale: string, ordinals: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }, n: number): string {
  let rules = ordinalRules.get(locale);
  if (!rules) ordinalRules.set(locale, (rules = new Intl.PluralRules(locale, { type: 'ordinal' })));
  const category = rules.select(n);
  return (ordinals[category] ?? ordinals.other).replace('{n}', String(n));
}
