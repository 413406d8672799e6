import type { ChartLabels, FormatValue, SafeSvg } from '../charts/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import { decimalsFor } from '../model/levels.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { NARROW_WIDTH } from '../shared/chartWidths.ts';

/** Decimals a figure of this indicator is shown with: as the edition publishes it. */
export function decimalsOf(queries: DataIndex, index: string, edition: string, indicator: string): number {
  return decimalsFor(queries.requireEdition(index, edition), queries.requireIndex(index), indicator);
}

/** A chart value formatter in the reader's locale. */
export function chartFormat(lang: Lang, decimals: number): FormatValue {
  return (value, places) => formatNumber(value, places ?? decimals, lang);
}

/** Chart wording in the reader's language. */
export function chartLabels(lang: Lang): Partial<ChartLabels> {
  return {
    average: translate(lang, 'chart.average'),
    notCovered: translate(lang, 'chart.notCovered'),
    notRanked: translate(lang, 'chart.notRanked'),
    methodologyBreak: translate(lang, 'chart.break'),
    range: translate(lang, 'chart.range'),
    noData: translate(lang, 'chart.noData'),
    notAvailable: translate(lang, 'chart.notAvailable'),
    sdBand: translate(lang, 'chart.sdBand'),
  };
}

/** "Digital Government Index 2023" style heading parts. */
export function indexLabel(queries: DataIndex, index: string, lang: Lang): string {
  return queries.requireIndex(index).shortLabel[lang];
}

export function indicatorLabel(queries: DataIndex, index: string, indicator: string, lang: Lang): string {
  return queries.requireIndicator(index, indicator).label[lang];
}

export { NARROW_WIDTH } from '../shared/chartWidths.ts';

/**
 * A chart as a page shows it: its id (the figure's permalink and the name of its files beside the page),
 * title and summary, drawn for wide screens and, where it needs it, narrower for phones. The data table is the view's.
 */
export interface Figure {
  id: string;
  title: string;
  summary: string;
  svg: SafeSvg;
  narrow?: SafeSvg | undefined;
  /** The take-away files beside the page, and the chart's embeddable page where it has one. */
  files: { svg: string; png: string; csv: string };
  embed?: string | undefined;
}

/** A figure on the page at `here` (its URL), drawn by `render`; `narrow` gives the phone drawing's options (none: drawn once). */
export function drawFigure<T extends { id: string; title: string; summary: string; width?: number }>(
  here: string,
  render: (opts: T) => SafeSvg,
  opts: T,
  narrow?: Partial<T>,
  embed?: string,
): Figure {
  const drawn = narrow ? responsiveChart(render, opts, narrow) : { chart: render(opts), narrow: undefined };
  return figureOf(here, opts, drawn.chart, drawn.narrow, embed);
}

/** A figure from drawings already made (by a renderer that takes other options than one object). */
export function figureOf(here: string, { id, title, summary }: { id: string; title: string; summary: string }, svg: SafeSvg, narrow?: SafeSvg, embed?: string): Figure {
  return {
    id,
    title,
    summary,
    svg,
    narrow,
    files: { svg: `${here}${id}.svg`, png: `${id}.png`, csv: `${here}${id}.csv` },
    ...(embed ? { embed } : {}),
  };
}

/** A chart drawn twice, for wide screens and for phones (CSS shows one), from the same options. */
export function responsiveChart<T extends { id: string; width?: number }>(render: (opts: T) => SafeSvg, opts: T, narrow: Partial<T> = {}): { chart: SafeSvg; narrow: SafeSvg } {
  return { chart: render(opts), narrow: render({ ...opts, ...narrow, id: `${opts.id}-narrow`, width: NARROW_WIDTH }) };
}

/** An element id from parts that may hold dots or upper case (`home-dgi-2025`). */
export function chartId(...parts: string[]): string {
  return parts.join('-').replace(/[^a-z0-9-]/g, '-');
}
