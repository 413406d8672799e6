import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };

export type Lang = 'en' | 'fr';
export type MessageKey = keyof typeof en;

export const languages: readonly Lang[] = ['en', 'fr'];
export const catalogues: Record<Lang, Record<string, string>> = { en, fr };

/** The message `key` in `lang` with `{name}` placeholders filled; throws on a key missing from the catalogue. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[lang][key];
  if (template === undefined) throw new Error(`src/lib/i18n/${lang}.json: missing key "${key}"; add it (see en.json)`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Keys present in one catalogue but not the other, as `file: message` lines for `npm run check`. */
export function catalogueProblems(all: Record<string, Record<string, string>> = catalogues): string[] {
  const problems: string[] = [];
  const names = Object.keys(all);
  for (const lang of names) {
    for (const other of names) {
      if (other === lang) continue;
      for (const key of Object.keys(all[other]!)) {
        if (!(key in all[lang]!)) problems.push(`src/lib/i18n/${lang}.json: missing key "${key}" (present in ${other}.json); add its translation`);
      }
    }
    for (const [key, value] of Object.entries(all[lang]!)) {
      if (value.trim() === '') problems.push(`src/lib/i18n/${lang}.json: key "${key}" is empty; write its translation`);
    }
  }
  return problems;
}
