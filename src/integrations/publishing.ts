import type { AstroIntegration } from 'astro';
import type { SiteAddress } from '../lib/urls/address.ts';

/**
 * Says once, as the build starts, that without SITE_URL absolute URLs cannot be made, and the pages carry
 * none. `robots.txt` and `sitemap.xml` are written with the other post-build steps (scripts/build/finishSite.ts).
 */
export function publishing(address: SiteAddress | undefined): AstroIntegration {
  return {
    name: 'publishing',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!address) logger.warn('SITE_URL is not set, so absolute URLs cannot be made: pages get no canonical link, hreflang alternates or og:image, and no sitemap is written; the Atom feeds (feed.xml) need it too, as feed readers follow only absolute links, so they link relative addresses until it is set. Set SITE_URL=https://your.host/ to publish them.');
      },
    },
  };
}
