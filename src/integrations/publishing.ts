import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { languages } from '../lib/i18n/translate.ts';
import { renderRobots, renderSitemap, type SitemapPage } from '../lib/output/sitemap.ts';
import type { SiteAddress } from '../lib/urls/address.ts';
import { splitLocale } from '../lib/urls/paths.ts';

/** Site paths of the built pages (`fr/countries/kor/`), without the 404 page and pages marked noindex (embeds). */
function pagePaths(site: string, dir = site): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return pagePaths(site, full);
    if (entry.name !== 'index.html') return [];
    if (/<meta name="robots" content="noindex"/.test(readFileSync(full, 'utf8').slice(0, 8192))) return [];
    const folder = relative(site, dir).split('\\').join('/');
    return [folder ? `${folder}/` : ''];
  });
}

/**
 * Writes `robots.txt` and, with a site address, `sitemap.xml` into the build output. Without SITE_URL it
 * says once that absolute URLs cannot be made, and the pages carry none.
 */
export function publishing(address: SiteAddress | undefined): AstroIntegration {
  return {
    name: 'publishing',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!address) logger.warn('SITE_URL is not set, so absolute URLs cannot be made: pages get no canonical link, hreflang alternates or og:image, and no sitemap is written; the Atom feeds (feed.xml) need it too, as feed readers follow only absolute links, so they link relative addresses until it is set. Set SITE_URL=https://your.host/ to publish them.');
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        writeFileSync(join(out, 'robots.txt'), renderRobots(address));
        if (!address) return;
        const pages: SitemapPage[] = pagePaths(out).map((path) => {
          const { lang, path: neutral } = splitLocale(path);
          return { path, lang, neutral };
        });
        writeFileSync(join(out, 'sitemap.xml'), renderSitemap(pages, languages, address));
      },
    },
  };
}
