import { translator, type Lang } from '../i18n/translate.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { sitePath } from '../urls/paths.ts';
import { pageHead, type PageHead } from './inputs.ts';

/** The search page: its head and the wording `<site-search>` reads from `data-strings`. */
export interface SearchPageView {
  head: PageHead;
  strings: {
    results: string; one: string; none: string; noneHelp: string; browse: string; loading: string;
    more: string; failed: string; clear: string; filters: string;
    filter: { type: string; index: string; membership: string };
  };
}

export function searchPage(site: DataIndex, lang: Lang): SearchPageView {
  const t = translator(lang);
  return {
    head: pageHead(site, lang, { title: t('search.title'), description: t('search.intro'), path: sitePath.search() }),
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
