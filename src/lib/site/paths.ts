import type { Lang } from '../i18n/translate.ts';

/** A site path for `lang` from a language-neutral one: `countries/kor/` → `fr/countries/kor/`. */
export function localePath(lang: Lang, path: string): string {
  const clean = path.replace(/^\/+/, '');
  return lang === 'en' ? clean : `fr/${clean}`;
}

/** The language-neutral path of a site path, and its language. */
export function splitLocale(path: string): { lang: Lang; path: string } {
  const clean = path.replace(/^\/+/, '');
  if (clean === 'fr' || clean.startsWith('fr/')) return { lang: 'fr', path: clean.slice(3) };
  return { lang: 'en', path: clean };
}

/** Joins the deployment base (`/` or `/profiles/`) and a site path. */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}
