import type en from './en.json';
import { languageConfig, languageConfigs, type Lang } from './languages.ts';

export { languages, type Lang } from './languages.ts';
export type MessageKey = keyof typeof en;

export const catalogues: Record<string, Record<string, string>> = Object.fromEntries(languageConfigs.map((l) => [l.code, l.messages]));

/** The message `key` in `lang` with `{name}` placeholders filled; throws on a key missing from the catalogue. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = languageConfig(lang).messages[key];
  if (template === undefined) throw new Error(`src/lib/i18n/${lang}.json: missing key "${key}"; add it (see en.json)`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** `translate` bound to one language: `const t = translator('fr'); t('nav.home')`. */
export function translator(lang: Lang) {
  return (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

/**
 * Problems between catalogues as `file: message` lines for `npm run check`: keys missing from one
 * catalogue, empty translations, and translations whose `{placeholders}` differ from the other catalogues'.
 */
export function catalogueProblems(all: Record<string, Record<string, string>> = catalogues): string[] {
  const problems: string[] = [];
  const names = Object.keys(all);
  for (const lang of names) {
    const reported = new Set<string>();
    for (const other of names) {
      if (other === lang) continue;
      for (const key of Object.keys(all[other]!)) {
        if (key in all[lang]! || reported.has(key)) continue;
        reported.add(key);
        problems.push(`src/lib/i18n/${lang}.json: missing key "${key}" (present in ${other}.json); add its translation`);
      }
    }
    for (const [key, value] of Object.entries(all[lang]!)) {
      if (value.trim() === '') problems.push(`src/lib/i18n/${lang}.json: key "${key}" is empty; write its translation`);
    }
  }
  const [first, ...rest] = names;
  for (const lang of rest) {
    for (const [key, value] of Object.entries(all[lang]!)) {
      const reference = all[first!]![key];
      if (reference !== undefined && placeholders(reference) !== placeholders(value)) {
        problems.push(`src/lib/i18n/${lang}.json: key "${key}" uses {${placeholders(value)}} but ${first}.json uses {${placeholders(reference)}}; keep the same placeholders`);
      }
    }
  }
  return problems;
}
