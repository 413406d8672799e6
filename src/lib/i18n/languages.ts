import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };

/**
 * One site language: everything the code needs to know about it. Adding a language is one entry here,
 * a message catalogue beside this file, its country names in src/lib/countries/names.ts and a content
 * folder (`content/{code}/`); no route or view changes.
 */
interface LanguageConfig {
  /** BCP 47 primary tag, used in URLs (`/fr/…`), `lang` attributes and content folders. */
  code: string;
  /** Locale for numbers and dates (`Intl`). */
  locale: string;
  /** Message catalogue: every key of `en.json`. */
  messages: Record<string, string>;
  /** Ordinal forms by `Intl.PluralRules` ordinal category; `{n}` is the number. */
  ordinals: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  /** What joins a heading to its detail: ": " in English, " : " (narrow no-break space, U+202F) in French. */
  colon: string;
}

/** The site's languages; the first is the default, served without a path prefix. */
export const languageConfigs = [
  {
    code: 'en',
    locale: 'en-GB',
    messages: en,
    ordinals: { one: '{n}st', two: '{n}nd', few: '{n}rd', other: '{n}th' },
    colon: ': ',
  },
  {
    code: 'fr',
    locale: 'fr-FR',
    messages: fr,
    ordinals: { one: '{n}er', other: '{n}e' },
    colon: '\u202f: ',
  },
  {
    code: 'es',
    locale: 'es-ES',
    messages: es,
    ordinals: { other: '{n}.º' },
    colon: ': ',
  },
] as const satisfies readonly LanguageConfig[];

export type Lang = (typeof languageConfigs)[number]['code'];

export const languages: readonly Lang[] = languageConfigs.map((l) => l.code);
export const defaultLang: Lang = languages[0]!;

const byCode = new Map<string, LanguageConfig>(languageConfigs.map((l) => [l.code, l]));

/** The configuration of a site language. */
export function languageConfig(lang: Lang): LanguageConfig {
  return byCode.get(lang)!;
}

/** True when `code` is one of the site's languages. */
export function isLang(code: string | undefined): code is Lang {
  return code !== undefined && byCode.has(code);
}

/** Languages to try for a text in `lang`: itself, then the default, then the others in order. */
export function fallbackOrder(lang: Lang): Lang[] {
  return [...new Set([lang, defaultLang, ...languages])];
}
