import { formatDate } from '../i18n/format.ts';
import { lastChanged, type ChangeScope } from '../query/changes.ts';
import { correctionNotes } from './changeItems.ts';
import { citeThis, type CiteThisView } from './citeThis.ts';
import type { Link, PageContext } from './context.ts';
import { feedPath } from './feeds.ts';

/**
 * What a profile or policy-area page says to a reader who follows or cites it: when its data last
 * changed (from the record of changes), the corrections of its values, its feed, and how to cite it.
 */
export interface FollowView {
  /** "Data last changed 1 December 2026", when the record names a change of the page's data. */
  dataChanged?: string;
  /** "Corrected on 5 December 2026: Korea, Digital by design in DGI 2023, is 0.971 (it was 0.97)." */
  corrections: string[];
  feed: Link;
  cite: CiteThisView;
}

/** The follow-and-cite part of the page at `path` titled `title`, whose data is that of `scope`. */
export function followView(ctx: PageContext, scope: ChangeScope, { title, path, key, figures = [] }: { title: string; path: string; key: string; figures?: readonly ({ id: string; title: string } | undefined)[] }): FollowView {
  const changed = lastChanged(ctx.data, scope);
  const feedScope: ChangeScope = scope.kind === 'index' ? { kind: 'index', index: scope.index } : scope;
  return {
    ...(changed ? { dataChanged: ctx.t('follow.dataChanged', { date: formatDate(changed, ctx.lang) }) } : {}),
    corrections: correctionNotes(ctx, scope),
    feed: { text: ctx.t('follow.feed.link'), href: ctx.href(feedPath(feedScope)) },
    cite: citeThis(ctx, title, path, key, figures.filter((f): f is { id: string; title: string } => f !== undefined)),
  };
}

/** The next edition of an index, as the OECD announced it (declared in the manifest, never guessed). */
export interface NextEditionView {
  /** "Next expected edition: DGI 2027, June 2027, as announced by the OECD.", or that none is announced. */
  text: string;
  /** Where the OECD announced it. */
  source?: Link;
}

export function nextEditionView(ctx: PageContext, index: string): NextEditionView {
  const held = new Set(ctx.data.editions(index).map((e) => e.edition));
  const next = ctx.data.dataset.nextEditions.find((n) => n.index === index && !held.has(n.edition));
  if (!next) return { text: ctx.t('follow.nextEdition.none') };
  const date = next.expected.length === 4 ? next.expected : formatDate(next.expected, ctx.lang);
  return {
    text: ctx.t('follow.nextEdition', { edition: `${ctx.data.index(index)?.shortLabel[ctx.lang] ?? index} ${next.edition}`, date }),
    source: { text: next.source.title, href: next.source.url },
  };
}
