import { languageConfig, type Lang } from '../i18n/languages.ts';

/** A weight in percent (`1.52` → "1.52 %" in English, "1,52 %" in French), to two decimals as the OECD prints them. */
export function formatPercent(value: number, lang: Lang, decimals = 2): string {
  return new Intl.NumberFormat(languageConfig(lang).locale, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value / 100);
}

/** A percentage as printed ("73%") in the reader's locale ("73 %"), with the decimals it was printed with. */
export function localPercent(text: string, lang: Lang): string {
  const n = Number(text.replace('%', ''));
  return Number.isFinite(n) ? formatPercent(n, lang, (text.split('.')[1] ?? '').replace('%', '').length) : text;
}
