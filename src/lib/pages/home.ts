import { translator } from '../i18n/translate.ts';
import { sitePath } from '../urls/paths.ts';
import { shownAverage } from '../query/editions.ts';
import type { Edition } from '../model/types.ts';
import { chartId, NARROW_WIDTH } from './figures.ts';
import type { Editorial } from '../content/editorial.ts';
import { pageHead, type PageHead } from './head.ts';
import { type Link, type PageContext } from './context.ts';
import { rankingView, type RankingView } from './ranking.ts';
import { worldMapView, type WorldMapView } from './worldMap.ts';
import { changeItems } from './changeItems.ts';
import { scatterView, type ScatterView } from './scatter.ts';

/** Countries drawn in each home-page ranking; the index pages rank them all. */
export const HOME_TOP = 15;
/**
 * The home rankings are drawn once, at the phone width, and shown at about that width in their column on wider
 * screens (styles/home.css), their 12-unit text at 12 px or more: a second, wider drawing of four charts would
 * add 8 kB gzip to the home page's first view (budgets.config.json: 40 kB).
 */
export const HOME_CHART_WIDTH = NARROW_WIDTH;

/**
 * An edition on the home page: its top countries (a partial edition: all its scores, alphabetically), and a link
 * to the index page. Each thing is said once: the heading says which of the index's editions this is, the
 * chart's caption names the edition, and a partial edition's mark and missing countries are drawn in the chart
 * only (the index page, linked, gives the edition's full note).
 */
export interface HomeEdition {
  /** "Newest edition", "Latest complete, ranked edition". */
  heading: string;
  ranking: RankingView;
  /** "Full ranking of all 38 countries", or for a partial edition (which ranks nobody) what it covers and lacks. */
  more: Link;
}

export interface HomePage {
  head: PageHead;
  /** The home page's narrative. */
  intro: Editorial<'pages'> | undefined;
  /** Where to go from the home page: countries, each index, compare, search. */
  explore: Link[];
  /** Per index: its newest edition, and the latest ranked one where the newest is partial. */
  latest: { index: Link; editions: HomeEdition[] }[];
  /** Per index, the map of its latest complete edition. */
  maps: WorldMapView[];
  /** Every country placed by its DGI and OURdata scores. */
  scatter?: ScatterView | undefined;
  /** Per index, its policy areas. */
  areas: { title: string; links: Link[] }[];
  /** What's new, with the newest recorded change: "What's new · Edition added: OURdata 2025 (1 December 2026)". */
  whatsNew: Link;
}

export function homePage(ctx: PageContext, { intro }: { intro?: Editorial<'pages'> | undefined } = {}): HomePage {
  const { data, lang } = ctx;
  const t = translator(lang);
  const link = (text: string, path: string): Link => ({ text, href: ctx.href(path) });
  const indices = data.dataset.indices;
  const latest = indices.map((index) => {
    const editions = [...data.editions(index.id)].reverse();
    const newest = editions[0]!;
    const ranked = editions.find((e) => e.status === 'complete');
    const shown = ranked && ranked !== newest ? [newest, ranked] : [newest];
    return {
      index: link(index.label[lang], sitePath.indicator(index.id)),
      editions: shown.map((e): HomeEdition => {
        const count = data.ranking(index.id, e.edition, 'composite').length;
        const ranking = rankingView(ctx, index.id, e.edition, 'composite', { id: chartId('home', index.id, e.edition), limit: HOME_TOP, width: HOME_CHART_WIDTH });
        return {
          heading: e === newest ? t('home.newest') : t('home.latestRanked'),
          ranking: drawnOnce(e.status === 'partial' ? saidOnce(ctx, ranking, e) : ranking),
          more: link(e.status === 'partial' ? t('home.partialMore', { index: index.shortLabel[lang], edition: e.edition }) : t('home.fullRanking', { count }), sitePath.indicator(index.id)),
        };
      }),
    };
  });
  const newest = changeItems(ctx, { kind: 'site' })[0];
  return {
    whatsNew: link(newest ? `${t('follow.whatsNew.title')} · ${newest.title} (${newest.dateText})` : t('follow.whatsNew.title'), sitePath.whatsNew()),
    head: pageHead(ctx, { title: t('site.title'), description: t('site.tagline'), path: sitePath.home(), section: 'home' }),
    intro,
    explore: [
      link(t('home.browseCountries', { count: data.dataset.countries.length }), sitePath.countries()),
      ...indices.map((index) => link(index.label[lang], sitePath.indicator(index.id))),
      link(t('home.compare'), sitePath.compare()),
      link(t('home.search'), sitePath.search()),
    ],
    latest,
    maps: indices.map((index) => worldMapView(ctx, index.id, chartId('home-map', index.id))),
    scatter: phoneDrawingOf(scatterView(ctx, 'home-scatter')),
    areas: indices.map((index) => ({ title: index.label[lang], links: data.children(index.id, 'composite').map((d) => link(d.label[lang], sitePath.indicator(index.id, d.id))) })),
  };
}

/** The ranking with its one drawing (made at the phone width): the identical narrow copy left out. */
function drawnOnce(ranking: RankingView): RankingView {
  if (!ranking.figure?.narrow) return ranking;
  const { narrow: _same, ...figure } = ranking.figure;
  return { ...ranking, figure };
}

/** The scatter with only its phone drawing, shown at about that width on wider screens too (styles/home.css): 2 kB gzip less. */
function phoneDrawingOf(scatter: ScatterView | undefined): ScatterView | undefined {
  if (!scatter?.figure.narrow) return scatter;
  const { narrow, ...figure } = scatter.figure;
  return { ...scatter, figure: { ...figure, svg: narrow } };
}

/**
 * A partial edition's ranking said once: its summary says what the chart's mark does not (the order, the
 * average) instead of repeating the mark; on the home page (`keepNote` false) also without the notice above the
 * chart, whose mark, missing countries and printed average the chart draws. The index page keeps the notice.
 */
export function saidOnce(ctx: PageContext, ranking: RankingView, edition: Edition, keepNote = false): RankingView {
  const { partialNote, ...rest } = ranking;
  if (keepNote && partialNote) Object.assign(rest, { partialNote });
  if (!rest.figure) return rest;
  const average = shownAverage(ctx.data, ctx.data.stats(edition.index, edition.edition, 'composite'), ctx.lang);
  const count = ctx.data.ranking(edition.index, edition.edition, 'composite').length;
  const summary = ctx.t('home.partialSummary', { count, average: average?.text ?? '–' });
  return { ...rest, figure: { ...rest.figure, summary } };
}
