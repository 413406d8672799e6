import { sitePath } from '../urls/paths.ts';
import { pageHead, type PageHead } from './head.ts';
import { type PageContext } from './context.ts';
import { worldMapView, type WorldMapView } from './worldMap.ts';

/**
 * The world map of one edition of an index, on a page of its own (`indices/dgi/map/2025/`): where the maps on
 * the home and index pages switch edition without JavaScript, and the permanent address of each edition's map.
 */
export interface MapPage {
  head: PageHead;
  title: string;
  map: WorldMapView;
}

export function mapPage(ctx: PageContext, { index, edition }: { index: string; edition: string }): MapPage {
  const { data, lang, t } = ctx;
  const def = data.requireIndex(index);
  const map = worldMapView(ctx, index, `${index}-map`, edition);
  const title = map.figure.title;
  return {
    head: pageHead(ctx, {
      title,
      description: t('map.pageDescription', { index: def.shortLabel[lang], edition }),
      path: sitePath.indexMap(index, edition),
      section: 'indices',
      // The index page, with the edition's ranking and notes, is one step up the breadcrumb.
      crumbs: [{ text: def.label[lang], href: ctx.href(sitePath.indicator(index)) }],
      pagefindFilters: { type: t('type.index'), index: def.shortLabel[lang] },
    }),
    title,
    map,
  };
}
