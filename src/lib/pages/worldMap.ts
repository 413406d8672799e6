import { mapLegend, quintileBreaks, renderWorldMap, type MapLegendItem } from '../charts/index.ts';
import { worldShapes } from '../geo/worldShapes.ts';
import { formatNumber, formatOrdinal, titled } from '../i18n/format.ts';
import { translate } from '../i18n/translate.ts';
import { listOf, phrase } from '../i18n/phrases.ts';
import type { Edition } from '../model/types.ts';
import { chartFormat, chartId, chartLabels, decimalsOf, credited, drawFigure, NARROW_WIDTH, partialMarks, type Figure } from './figures.ts';
import { sitePath } from '../urls/paths.ts';
import { editionTitle, latestComplete } from '../query/editions.ts';
import { chartCoverageWord, coverageWord } from '../statements/cells.ts';
import { type Link, type PageContext } from './context.ts';

/** One edition in a map's edition switch: a link to that edition's map page, the one shown marked current. */
export interface MapEditionLink extends Link {
  current: boolean;
}

/** An index's composite in one edition on a world map, with its legend, a text summary, the data table and the switch to the other editions. */
export interface WorldMapView {
  figure: Figure;
  legend: MapLegendItem[];
  /** "Legend: composite score, DGI 2025 (partial edition)". */
  legendLabel: string;
  /** A complete edition ranks its rows; a partial one lists its scores as published, alphabetically, without ranks. */
  ranked: boolean;
  /** The table's caption: the map's title, or a partial edition's mark ("DGI 2025: partial edition, scores as published, not ranked"). */
  caption: string;
  /** Covered countries; in a partial edition also those assessed but not transcribed, their score cell saying so. */
  rows: { rank: string; country: Link; notRanked: boolean; score: string }[];
  /** "DGI maps by edition", then every edition of the index, oldest first: "2019", "2023 (latest complete edition)", "2025 (partial edition)". */
  switchLabel: string;
  editions: MapEditionLink[];
}

/**
 * Width of the map's one drawing: the world and, under it, Europe in its own panel. Drawn once, at the phone
 * width (its text 12 px there), and shown up to 30rem wide beside its key on wider screens: two drawings
 * (wide and narrow) of two maps weighed 49 kB gzip of the home page's first view.
 */
export const MAP_WIDTH = NARROW_WIDTH;

/**
 * The map of `editionLabel` (default: the index's latest complete edition, said so in the title). Its id is
 * `{idPrefix}-{edition}`, so a link to it names the edition it shows; its address is the edition's own map page,
 * which shows the same figure whatever editions are added later. A partial edition is drawn as published:
 * its scores in the same five classes, marked partial inside the drawing, nobody ranked, and the countries the
 * OECD assessed but that are not transcribed cross-hatched apart from the ones not covered.
 */
export function worldMapView(ctx: PageContext, index: string, idPrefix: string, editionLabel?: string): WorldMapView {
  const { data, lang } = ctx;
  // Where nobody is ranked, the table lists countries alphabetically, so it does not read as a ranking.
  const def = data.requireIndex(index);
  const latest = latestComplete(data, index);
  const edition = editionLabel === undefined ? latest : data.requireEdition(index, editionLabel);
  const partial = edition.status === 'partial';
  const id = chartId(idPrefix, edition.edition);
  const decimals = decimalsOf(data, index, edition.edition, 'composite');
  const ranking = data.ranking(index, edition.edition, 'composite');
  const shapes = worldShapes();
  const drawable = new Set(shapes.map((s) => s.code));
  const href = (iso3: string) => ctx.href(sitePath.country(iso3));
  const name = (iso3: string) => data.requireCountry(iso3).name[lang];
  const assessed = new Set(edition.assessedNotTranscribed);
  const assessedWord = chartCoverageWord('assessed-not-transcribed', lang);
  const countries = data.dataset.countries.map((c) => ({
    code: c.iso3,
    label: c.name[lang],
    value: data.observation(index, edition.edition, c.iso3, 'composite')?.value ?? null,
    href: href(c.iso3),
    ...(assessed.has(c.iso3) ? { untranscribed: true } : {}),
  }));
  const covered = ranking.map((o) => ({ o, name: name(o.iso3) }));
  const thresholds = quintileBreaks(ranking.map((o) => o.value), Math.min(decimals, 2));
  const fmt = (v: number) => formatNumber(v, decimals, lang);
  const untranscribed = [...assessed].map((iso3) => ({ text: name(iso3), href: href(iso3) })).sort((a, b) => a.text.localeCompare(b.text, lang));
  const legend = mapLegend(thresholds, (v) => formatNumber(v, Math.min(decimals, 2), lang), translate(lang, 'map.notCovered'), untranscribed.length ? assessedWord : undefined);
  const title = titled(lang, translate(lang, 'map.title'), `${def.shortLabel[lang]} ${editionTitle(edition, lang)}${edition === latest ? ` (${translate(lang, 'chartMark.latestComplete')})` : ''}`);
  const notDrawn = covered.filter((c) => !drawable.has(c.o.iso3)).map((c) => c.name);
  const params = { count: covered.length, index: def.shortLabel[lang], edition: edition.edition };
  const summary = [
    partial
      ? phrase(lang, 'map.summaryPartial', { ...params, assessed: untranscribed.length })
      : translate(lang, 'map.summary', { ...params, top: covered.slice(0, 3).map((c) => `${c.name} (${fmt(c.o.value)})`).join(', ') }),
    ...(notDrawn.length ? [translate(lang, 'map.notDrawn', { countries: listOf(notDrawn, lang) })] : []),
  ].join(' ');
  const drawn = drawFigure(ctx.here, renderWorldMap, {
    id, title, summary, shapes, countries, thresholds, width: MAP_WIDTH,
    europeLabel: translate(lang, 'chartMark.europe'),
    untranscribedLabel: assessedWord,
    ...partialMarks(data, edition, lang),
    formatValue: chartFormat(lang, decimals), labels: chartLabels(lang),
  });
  const figure = credited(ctx, drawn, [edition]);
  const page = sitePath.indexMap(index, edition.edition);
  const rows = [
    ...covered.map(({ o, name }) => ({ rank: o.rank === null ? '–' : formatOrdinal(o.rank, lang), country: { text: name, href: href(o.iso3) }, notRanked: !partial && o.rank === null, score: fmt(o.value) })),
    ...untranscribed.map((country) => ({ rank: '–', country, notRanked: false, score: coverageWord('assessed-not-transcribed', lang) })),
  ];
  if (partial) rows.sort((a, b) => a.country.text.localeCompare(b.country.text, lang));
  return {
    figure: { ...figure, address: ctx.address ? `${ctx.address.origin}${ctx.href(page)}#${id}` : `${ctx.href(page)}#${id}` },
    legend,
    legendLabel: `${translate(lang, 'map.legend')}, ${def.shortLabel[lang]} ${editionTitle(edition, lang)}`,
    ranked: !partial,
    caption: partialMarks(data, edition, lang).mark ?? title,
    rows,
    switchLabel: translate(lang, 'map.editions', { index: def.shortLabel[lang] }),
    editions: mapEditionLinks(ctx, index, edition),
  };
}

/** Every edition of `index`, oldest first, as a link to its map page: "2019", "2023 (latest complete edition)", "2025 (partial edition)". */
export function mapEditionLinks(ctx: PageContext, index: string, current?: Edition): MapEditionLink[] {
  const latest = latestComplete(ctx.data, index);
  return ctx.data.editions(index).map((e) => ({
    text: e === latest ? `${e.edition} (${translate(ctx.lang, 'chartMark.latestComplete')})` : editionTitle(e, ctx.lang),
    href: ctx.href(sitePath.indexMap(e.index, e.edition)),
    current: e === current,
  }));
}
