import { withBase } from './paths.ts';

/** Where the site is published: an origin (`https://profiles.example.org`) and the deployment base (`/profiles/`). */
export interface SiteAddress {
  origin: string;
  base: string;
}

/**
 * The published address from `SITE_URL` and `BASE_PATH`, or undefined when SITE_URL is unset or empty.
 * SITE_URL is the origin; a path in it must equal BASE_PATH (so `https://x.org/profiles/` with
 * `BASE_PATH=/profiles/` is accepted). Throws, quoting the value, on anything else.
 */
export function siteAddress(siteUrl: string | undefined, base = '/'): SiteAddress | undefined {
  if (siteUrl === undefined || siteUrl.trim() === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(siteUrl);
  } catch {
    throw new Error(`SITE_URL="${siteUrl}" is not an absolute URL; give the address the site is published at, e.g. SITE_URL=https://profiles.example.org/`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SITE_URL="${siteUrl}" uses ${parsed.protocol}; give an http(s) address, e.g. SITE_URL=https://profiles.example.org/`);
  }
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new Error(`SITE_URL="${siteUrl}" has a query, fragment or credentials; give the origin only, e.g. SITE_URL=${parsed.origin}/`);
  }
  const normalBase = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const path = parsed.pathname.replace(/\/?$/, '/');
  if (path !== '/' && path !== normalBase) {
    throw new Error(`SITE_URL="${siteUrl}" has the path ${path} but BASE_PATH is ${normalBase}; give the origin only (SITE_URL=${parsed.origin}/) and the path as BASE_PATH=${path}`);
  }
  return { origin: parsed.origin, base: normalBase };
}

/** The absolute URL of a site path (`fr/countries/kor/`) at `address`. */
export function absoluteUrl(address: SiteAddress, path: string): string {
  return `${address.origin}${withBase(address.base, path)}`;
}
