import type { Lang } from './lib/i18n/translate.ts';
import { localePath, splitLocale, withBase } from './lib/urls/paths.ts';
import { absoluteUrl, siteAddress } from './lib/urls/address.ts';

/** A URL on this site for `lang`, under the deployment base: `url('fr', 'countries/kor/')`. */
export function url(lang: Lang, path = ''): string {
  return withBase(import.meta.env.BASE_URL, localePath(lang, path));
}

/** A URL for a language-neutral file (downloads, assets) under the deployment base. */
export function fileUrl(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export { translator } from './lib/i18n/translate.ts';

/** The page language from a URL under the deployment base. */
export function langOf(pathname: string): Lang {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return splitLocale(pathname.startsWith(base) ? pathname.slice(base.length) : pathname).lang;
}

/** Where the site is published (SITE_URL with BASE_PATH), or undefined: then no absolute URL is made. */
export const address = siteAddress(import.meta.env.SITE, import.meta.env.BASE_URL);

/** The absolute URL of a site path, or undefined without SITE_URL. */
export function absolute(path: string): string | undefined {
  return address ? absoluteUrl(address, path) : undefined;
}
