import { formatDate } from '../i18n/format.ts';
import { dataVersion } from '../query/changes.ts';
import { sitePath } from '../urls/paths.ts';
import { changeItems, type ChangeItem } from './changeItems.ts';
import type { Link, PageContext } from './context.ts';
import { pageHead, type PageHead } from './head.ts';
import { feedPath } from './feeds.ts';

/** The What's new page: every recorded change to the data, newest first, and how to follow them. */
export interface WhatsNewPage {
  head: PageHead;
  title: string;
  intro: string;
  /** "Data version 1.5.0 of 1 December 2026", when the record names a change. */
  version?: string;
  items: ChangeItem[];
  /** Said when the record is empty. */
  empty: string;
  feed: Link;
  /** The data-quality page, where corrections are also listed. */
  quality: Link;
}

export function whatsNewPage(ctx: PageContext): WhatsNewPage {
  const { t, lang } = ctx;
  const title = t('follow.whatsNew.title');
  const version = dataVersion(ctx.data.dataset.changes);
  return {
    head: pageHead(ctx, { title, description: t('follow.whatsNew.description'), path: sitePath.whatsNew() }),
    title,
    intro: t('follow.whatsNew.description'),
    ...(version ? { version: t('follow.version', { version: `v${version.version}`, date: formatDate(version.created, lang) }) } : {}),
    items: changeItems(ctx, { kind: 'site' }),
    empty: t('follow.whatsNew.empty'),
    feed: { text: t('follow.feed.link'), href: ctx.href(feedPath({ kind: 'site' })) },
    quality: { text: t('nav.dataQuality'), href: ctx.href(sitePath.page('data-quality')) },
  };
}
