import { defaultLang, isLang, type Lang } from '../i18n/languages.ts';

/** A site path for `lang` from a language-neutral one: `countries/kor/` → `fr/countries/kor/` (the default language has no prefix). */
export function localePath(lang: Lang, path: string): string {
  const clean = path.replace(/^\/+/, '');
  return lang === defaultLang ? clean : `${lang}/${clean}`;
}

/** The language-neutral path of a site path, and its language. */
export function splitLocale(path: string): { lang: Lang; path: string } {
  const clean = path.replace(/^\/+/, '');
  const first = clean.split('/')[0];
  if (first !== defaultLang && isLang(first)) return { lang: first, path: clean.slice(first.length + 1) };
  return { lang: defaultLang, path: clean };
}

/** The route parameter that puts a page in `lang`: `undefined` (no prefix) for the default language. */
export function localeParam(lang: Lang): string | undefined {
  return lang === defaultLang ? undefined : lang;
}

/** Joins the deployment base (`/` or `/profiles/`) and a site path. */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/**
 * Language-neutral paths of the site's pages, the one place their shape is written down; pass them to
 * `url(lang, …)` for a link: `url(lang, sitePath.country('KOR'))` → `/fr/countries/kor/`.
 */
export const sitePath = {
  home: () => '',
  countries: () => 'countries/',
  country: (iso3: string) => `countries/${iso3.toLowerCase()}/`,
  /** The index page for its composite, the policy-area page for anything else. */
  indicator: (index: string, indicator = 'composite') => (indicator === 'composite' ? `indices/${index}/` : `indices/${index}/${indicator}/`),
  /** The world map of one edition of an index (`indices/dgi/map/2025/`): a permanent address for that edition's map. */
  indexMap: (index: string, edition: string) => `indices/${index}/map/${edition}/`,
  /** The static comparison of a country group (`compare/nordic/`). */
  group: (id: string) => `compare/${id}/`,
  compare: (countries: readonly string[] = []) => (countries.length ? `compare/?countries=${countries.map((c) => c.toLowerCase()).join(',')}` : 'compare/'),
  /** The compare page for the editions of one label (`compare/editions/2025/`); `compare/` compares the latest complete ones. */
  compareEditions: (label: string, countries: readonly string[] = []) => `compare/editions/${label}/${countries.length ? `?countries=${countries.map((c) => c.toLowerCase()).join(',')}` : ''}`,
  /** A country's headline chart alone, for other sites to frame. */
  embed: (iso3: string) => `embed/countries/${iso3.toLowerCase()}/`,
  search: () => 'search/',
  /** The record of data changes, newest first. */
  whatsNew: () => 'whats-new/',
  /** An Atom feed of changes: the site's (`feed.xml`), a country's or an index's, beside its page. */
  feed: (scope: { country?: string; index?: string } = {}) => (scope.country ? `countries/${scope.country.toLowerCase()}/feed.xml` : scope.index ? `indices/${scope.index}/feed.xml` : 'feed.xml'),
  /** An editorial page (`about`, `methodology`) or a built-in one (`downloads`, `data-quality`). */
  page: (slug: string) => `${slug}/`,
  /** A data file, language-neutral, from its path under `downloads/` (`countries/kor.csv`). */
  download: (file: string) => `downloads/${file}`,
} as const;
