import { mapLegend, quintileBreaks, renderWorldMap, type MapLegendItem } from '../charts/index.ts';
import { worldShapes } from '../geo/worldShapes.ts';
import { formatNumber, formatOrdinal, titled } from '../i18n/format.ts';
import { translate } from '../i18n/translate.ts';
import { chartFormat, chartLabels, decimalsOf, credited, drawFigure, type Figure } from './figures.ts';
import { sitePath } from '../urls/paths.ts';
import { latestComplete } from '../query/editions.ts';
import { type Link, type PageContext } from './context.ts';

/** The latest complete composite of an index on a world map, with its legend, a text summary and the data table beside it. */
export interface WorldMapView {
  figure: Figure;
  legend: MapLegendItem[];
  rows: { rank: string; country: Link; notRanked: boolean; score: string }[];
}

/** Width of the map's wide drawing: the world and, beside it, Europe in its own panel. */
export const MAP_WIDTH = 960;

/** The map of `edition` (default: the index's latest complete one, said so in the title). */
export function worldMapView(ctx: PageContext, index: string, id: string, editionLabel?: string): WorldMapView {
  const { data: site, lang } = ctx;
  const def = site.requireIndex(index);
  const latest = latestComplete(site, index);
  const edition = editionLabel === undefined ? latest : site.requireEdition(index, editionLabel);
  const decimals = decimalsOf(site, index, edition.edition, 'composite');
  const ranking = site.ranking(index, edition.edition, 'composite');
  const shapes = worldShapes();
  const drawable = new Set(shapes.map((s) => s.code));
  const href = (iso3: string) => ctx.href(sitePath.country(iso3));
  const countries = site.dataset.countries.map((c) => ({
    code: c.iso3,
    label: c.name[lang],
    value: site.observation(index, edition.edition, c.iso3, 'composite')?.value ?? null,
    href: href(c.iso3),
  }));
  const covered = ranking.map((o) => ({ o, name: site.requireCountry(o.iso3).name[lang] }));
  const thresholds = quintileBreaks(ranking.map((o) => o.value), Math.min(decimals, 2));
  const fmt = (v: number) => formatNumber(v, decimals, lang);
  const legend = mapLegend(thresholds, (v) => formatNumber(v, Math.min(decimals, 2), lang), translate(lang, 'map.notCovered'));
  const title = titled(lang, translate(lang, 'map.title'), `${def.shortLabel[lang]} ${edition.edition}${edition === latest ? ` (${translate(lang, 'chartMark.latestComplete')})` : ''}`);
  const top = covered.slice(0, 3).map((c) => `${c.name} (${fmt(c.o.value)})`).join(', ');
  const notDrawn = covered.filter((c) => !drawable.has(c.o.iso3)).map((c) => c.name);
  const summary = translate(lang, 'map.summary', { count: covered.length, index: def.shortLabel[lang], edition: edition.edition, top }) + (notDrawn.length ? ` ${translate(lang, 'map.notDrawn', { countries: notDrawn.join(', ') })}` : '');
  return {
    figure: credited(ctx, drawFigure(ctx.here, renderWorldMap, { id, title, summary, shapes, countries, thresholds, width: MAP_WIDTH, europeLabel: translate(lang, 'chartMark.europe'), formatValue: chartFormat(lang, decimals), labels: chartLabels(lang) }, {}), [edition]),
    legend,
    rows: covered.map(({ o, name }) => ({ rank: o.rank === null ? '–' : formatOrdinal(o.rank, lang), country: { text: name, href: href(o.iso3) }, notRanked: o.rank === null, score: fmt(o.value) })),
  };
}
