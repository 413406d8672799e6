import type { SiteAddress } from './address.ts';
import { absoluteUrl } from './address.ts';
import { localePath } from './paths.ts';

/** One `<link>` or `<meta>` element of a page head, as its attributes in output order. */
export interface HeadTag {
  tag: 'link' | 'meta';
  attrs: Record<string, string>;
}

export interface PageHead<L extends string = string> {
  /** Language-neutral path of the page (`countries/kor/`); one ending in `.html` (the 404 page) has no twins and no canonical URL. */
  path: string;
  lang: L;
  /** Every site language, the default (x-default) first. */
  languages: readonly L[];
  /** Where the site is published; undefined when SITE_URL is unset: then no absolute URL is made. */
  address: SiteAddress | undefined;
  /** The deployment base (`/`, `/profiles/`), for relative URLs. */
  base: string;
  title: string;
  description: string;
  siteName: string;
  /** Site path of the page's preview image (`og/countries/kor.png`) and its text equivalent. */
  image?: { path: string; alt: string; width: number; height: number } | undefined;
}

/**
 * The search-engine and link-preview tags of one page. With a site address: canonical link, absolute
 * hreflang alternates for every language plus x-default, Open Graph and Twitter card tags with the
 * preview image. Without one: only the tags that need no absolute URL (Open Graph title, description,
 * type and site name); canonical, alternates, og:url and images are left out rather than made relative.
 */
export function headTags<L extends string>(page: PageHead<L>, localize: (lang: L, path: string) => string = localePath as never): HeadTag[] {
  const meta = (property: string, content: string): HeadTag => ({ tag: 'meta', attrs: { property, content } });
  const named = (name: string, content: string): HeadTag => ({ tag: 'meta', attrs: { name, content } });
  const tags: HeadTag[] = [];
  const hasTwins = !page.path.endsWith('.html');
  const { address } = page;
  // The 404 page is served at every missing address, so it names no canonical URL of its own.
  if (address && hasTwins) {
    const here = absoluteUrl(address, localize(page.lang, page.path));
    tags.push({ tag: 'link', attrs: { rel: 'canonical', href: here } });
    for (const lang of page.languages) tags.push({ tag: 'link', attrs: { rel: 'alternate', hreflang: lang, href: absoluteUrl(address, localize(lang, page.path)) } });
    const fallback = page.languages[0];
    if (fallback !== undefined) tags.push({ tag: 'link', attrs: { rel: 'alternate', hreflang: 'x-default', href: absoluteUrl(address, localize(fallback, page.path)) } });
    tags.push(meta('og:url', here));
  }
  tags.push(meta('og:type', 'website'), meta('og:site_name', page.siteName), meta('og:title', page.title), meta('og:description', page.description));
  if (address && page.image) {
    const image = absoluteUrl(address, page.image.path);
    tags.push(
      meta('og:image', image), meta('og:image:type', 'image/png'), meta('og:image:width', String(page.image.width)),
      meta('og:image:height', String(page.image.height)), meta('og:image:alt', page.image.alt),
      named('twitter:card', 'summary_large_image'), named('twitter:title', page.title),
      named('twitter:description', page.description), named('twitter:image', image), named('twitter:image:alt', page.image.alt),
    );
  }
  return tags;
}

