import { atomDate, stableId, type AtomFeed } from '../output/atom.ts';
import type { ChangeScope } from '../query/changes.ts';
import type { HeadTag } from '../urls/head.ts';
import { sitePath } from '../urls/paths.ts';
import { changeItems } from './changeItems.ts';
import type { PageContext } from './context.ts';

/** The site path of the feed of `scope` (language-neutral; `ctx.href` puts it in a language). */
export function feedPath(scope: ChangeScope): string {
  if (scope.kind === 'country') return sitePath.feed({ country: scope.iso3 });
  if (scope.kind === 'index') return sitePath.feed({ index: scope.index });
  return sitePath.feed();
}

/** The page a feed is about. */
function pagePath(scope: ChangeScope): string {
  if (scope.kind === 'country') return sitePath.country(scope.iso3);
  if (scope.kind === 'index') return sitePath.indicator(scope.index);
  return sitePath.whatsNew();
}

function feedTitle(ctx: PageContext, scope: ChangeScope): string {
  if (scope.kind === 'country') return ctx.t('follow.feed.country', { country: ctx.data.country(scope.iso3)?.name[ctx.lang] ?? scope.iso3 });
  if (scope.kind === 'index') return ctx.t('follow.feed.index', { index: ctx.data.index(scope.index)?.label[ctx.lang] ?? scope.index });
  return ctx.t('follow.feed.site', { site: ctx.t('site.title') });
}

/** A URL of this site: absolute when the site address (SITE_URL) is known, else from the site root. */
function url(ctx: PageContext, relative: string): string {
  const prefix = ctx.base.endsWith('/') ? ctx.base : `${ctx.base}/`;
  const path = relative.startsWith(prefix) ? relative.slice(prefix.length) : relative.replace(/^\/+/, '');
  return ctx.absolute(path) ?? relative;
}

/** `<link rel="alternate" type="application/atom+xml">` for the feeds a page announces: the site's, then its own. */
export function feedLinks(ctx: PageContext, scopes: readonly ChangeScope[]): HeadTag[] {
  return [{ kind: 'site' } as ChangeScope, ...scopes].map((scope) => ({
    tag: 'link',
    attrs: { rel: 'alternate', type: 'application/atom+xml', title: feedTitle(ctx, scope), href: url(ctx, ctx.href(feedPath(scope))) },
  }));
}

/**
 * The Atom feed of `scope` in the context's language: one entry per recorded change touching it, newest
 * first, each linking the page to look at. Ids are name-based UUIDs of the change and language, so they
 * do not move when the site does.
 */
export function feedModel(ctx: PageContext, scope: ChangeScope): AtomFeed {
  const items = changeItems(ctx, scope);
  const scopeKey = scope.kind === 'country' ? `country:${scope.iso3}` : scope.kind === 'index' ? `index:${scope.index}` : 'site';
  const newest = items[0]?.date ?? ctx.data.dataset.editions.map((e) => e.published).sort().at(-1) ?? '1970-01-01';
  return {
    id: stableId(`feed|${scopeKey}|${ctx.lang}`),
    title: feedTitle(ctx, scope),
    subtitle: ctx.t('follow.whatsNew.description'),
    updated: atomDate(newest.length === 7 ? `${newest}-01` : newest),
    self: url(ctx, ctx.href(feedPath(scope))),
    alternate: url(ctx, ctx.href(pagePath(scope))),
    lang: ctx.lang,
    author: 'OECD; ' + ctx.t('site.title'),
    entries: items.map((item) => ({
      id: stableId(`change|${item.at}|${item.date}|${item.kind}|${ctx.lang}`),
      title: item.title,
      updated: atomDate(item.date),
      href: url(ctx, item.look.href),
      summary: [item.text, ...item.corrections].join(' '),
      categories: [item.kind],
    })),
  };
}
