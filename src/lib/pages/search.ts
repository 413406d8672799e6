import type { PageContext } from './context.ts';
import { sitePath } from '../urls/paths.ts';
import { pageHead, type PageHead } from './head.ts';

/** The search page: its head and the wording `<site-search>` reads from `data-strings`. */
export interface SearchPage {
  head: PageHead;
  /** Where `<site-search>` loads Pagefind from, the site root its results are under, and the pages it links. */
  urls: { bundle: string; base: string; countries: string; action: string };
  strings: {
    results: string; one: string; none: string; noneHelp: string; browse: string; loading: string;
    more: string; failed: string; clear: string; filters: string;
    filter: { type: string; index: string; membership: string };
  };
}

export function searchPage(ctx: PageContext): SearchPage {
  const { t } = ctx;
  return {
    head: pageHead(ctx, { title: t('search.title'), description: t('search.intro'), path: sitePath.search(), section: 'search', indexed: false }),
    urls: { bundle: ctx.file('pagefind/'), base: ctx.file(''), countries: ctx.href(sitePath.countries()), action: ctx.href(sitePath.search()) },
    strings: {
      results: t('search.results'),
      one: t('search.one'),
      none: t('search.none'),
      noneHelp: t('search.noneHelp'),
      browse: t('search.browse'),
      loading: t('search.loading'),
      more: t('search.more'),
      failed: t('search.failed'),
      clear: t('search.clear'),
      filters: t('search.filters'),
      filter: { type: t('search.filter.type'), index: t('search.filter.index'), membership: t('search.filter.membership') },
    },
  };
}
