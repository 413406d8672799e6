import { absoluteUrl, type SiteAddress } from '../urls/address.ts';

/** A built page: its site path (`fr/countries/kor/`), language and language-neutral path (`countries/kor/`). */
interface SitemapPage<L extends string = string> {
  path: string;
  lang: L;
  neutral: string;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * `sitemap.xml`: every page once, in path order, each with `xhtml:link` alternates for every language
 * the page exists in plus `x-default` (the first language), as search engines read them.
 */
export function renderSitemap<L extends string>(pages: readonly SitemapPage<L>[], languages: readonly L[], address: SiteAddress): string {
  const twins = new Map<string, Map<L, string>>();
  for (const page of pages) {
    const variants = twins.get(page.neutral) ?? new Map<L, string>();
    variants.set(page.lang, page.path);
    twins.set(page.neutral, variants);
  }
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'];
  for (const page of [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const variants = twins.get(page.neutral) ?? new Map<L, string>([[page.lang, page.path]]);
    lines.push('  <url>', `    <loc>${escapeXml(absoluteUrl(address, page.path))}</loc>`);
    if (variants.size > 1) {
      for (const lang of languages) {
        const path = variants.get(lang);
        if (path !== undefined) lines.push(`    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(absoluteUrl(address, path))}"/>`);
      }
      const fallback = languages.map((lang) => variants.get(lang)).find((p) => p !== undefined) ?? page.path;
      lines.push(`    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(absoluteUrl(address, fallback))}"/>`);
    }
    lines.push('  </url>');
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}

/** `robots.txt`: everything may be crawled; names the sitemap when the site address is known. */
export function renderRobots(address: SiteAddress | undefined): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (address) lines.push('', `Sitemap: ${absoluteUrl(address, 'sitemap.xml')}`);
  return `${lines.join('\n')}\n`;
}
