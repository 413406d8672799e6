import type { ChartLabels, FormatValue, SafeSvg } from '../charts/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import { decimalsFor } from '../model/levels.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import type { Edition } from '../model/types.ts';
import { editionTitle } from '../query/editions.ts';
import { licenses } from '../output/licenses.ts';
import type { PageContext } from './context.ts';
import { NARROW_WIDTH } from '../shared/chartWidths.ts';

/** Decimals a figure of this indicator is shown with: as the edition publishes it. */
export function decimalsOf(data: DataIndex, index: string, edition: string, indicator: string): number {
  return decimalsFor(data.requireEdition(index, edition), data.requireIndex(index), indicator);
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
    partial: translate(lang, 'chartMark.partial'),
  };
}

/**
 * What a chart of a partial edition draws into itself, so the warning travels with every copy (SVG, PNG, embed):
 * the mark above ("DGI 2025: partial edition, …") and, under it, the countries the OECD assessed whose results
 * are not transcribed. Nothing for a complete edition.
 */
export function partialMarks(data: DataIndex, edition: Edition, lang: Lang): { mark?: string; footnote?: string } {
  if (edition.status !== 'partial') return {};
  const index = data.requireIndex(edition.index).shortLabel[lang];
  const mark = translate(lang, 'chartMark.partialEdition', { index, edition: edition.edition });
  const names = edition.assessedNotTranscribed.map((iso3) => data.country(iso3)?.name[lang] ?? iso3).sort((a, b) => a.localeCompare(b, lang));
  if (names.length === 0) return { mark };
  const countries = new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
  return { mark, footnote: translate(lang, 'chartMark.notTranscribed', { countries }) };
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
  /** Drawn once, at the phone width, and shown no wider than about that (a chart whose phone drawing says it all). */
  compact?: boolean;
  /** What the drawing leaves out and where it is instead ("each sub-pillar is in the data table"), said under it. */
  leftOut?: string | undefined;
  /** The take-away files beside the page, and the chart's embeddable page where it has one. */
  files: { svg: string; png: string; csv: string };
  embed?: string | undefined;
  /** Drawn into the take-away SVG and PNG and written atop the CSV: the edition(s) shown, with the partial mark. */
  subtitle?: string;
  /** Source and licence, likewise drawn into the take-away files. */
  credit?: string;
  /** The chart's address on the site (with the host where the site address is known). */
  address: string;
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

/**
 * A chart drawn once at the phone width, for a chart whose phone drawing leaves nothing out (a history of a
 * few editions, dimensions without sub-pillars): shown at about that width everywhere, so its text stays
 * ≥ 12 px on a phone and 8 pt on paper, and the page carries one drawing instead of two.
 */
export function drawCompact<T extends { id: string; title: string; summary: string; width?: number }>(here: string, render: (opts: T) => SafeSvg, opts: T, embed?: string): Figure {
  return { ...figureOf(here, opts, render({ ...opts, width: NARROW_WIDTH }), undefined, embed), compact: true };
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
    address: `${here}#${id}`,
  };
}

const suppliers = new WeakMap<object, Map<string, Set<string>>>();

/**
 * The publications an edition's figures are taken from: its own source, then each second source that supplies a
 * figure the site shows (the OURdata 2023 composites, printed in Government at a Glance 2025), not those only compared.
 */
function sourcesShown(data: DataIndex, e: Edition): Edition['source'][] {
  let byEdition = suppliers.get(data.dataset);
  if (!byEdition) {
    byEdition = new Map();
    for (const o of data.dataset.observations) {
      if (!o.source) continue;
      const key = `${o.index}|${o.edition}`;
      byEdition.set(key, (byEdition.get(key) ?? new Set()).add(o.source.doi));
    }
    suppliers.set(data.dataset, byEdition);
  }
  const used = byEdition.get(`${e.index}|${e.edition}`);
  return [e.source, ...(e.sources ?? []).map((x) => x.source).filter((x) => used?.has(x.doi) && x.doi !== e.source.doi)];
}

/**
 * The figure with what its take-away files say about it: the editions it shows (a partial one marked as such),
 * the publications its figures come from and their licences, and its address with the site's host where known. `about`: whom it shows (a country
 * on its profile), where the title does not say.
 */
export function credited(ctx: PageContext, figure: Figure, editions: readonly Edition[], about?: string): Figure {
  const { data, lang } = ctx;
  const subtitle = [...(about ? [about] : []), ...editions.map((e) => `${data.requireIndex(e.index).shortLabel[lang]} ${editionTitle(e, lang)}`)].join(' · ');
  const sources = editions.flatMap((e) => sourcesShown(data, e));
  const citations = [...new Set(sources.map((s) => s.citation))].join('; ');
  const license = [...new Set(sources.map((s) => licenses[s.license].title))].join('; ');
  const credit = translate(lang, 'chartMark.credit', { citation: citations, license });
  const address = ctx.address ? `${ctx.address.origin}${ctx.here}#${figure.id}` : figure.address;
  return { ...figure, ...(subtitle ? { subtitle } : {}), ...(editions.length ? { credit } : {}), address };
}

/** A chart drawn twice, for wide screens and for phones (CSS shows one), from the same options. */
function responsiveChart<T extends { id: string; width?: number }>(render: (opts: T) => SafeSvg, opts: T, narrow: Partial<T> = {}): { chart: SafeSvg; narrow: SafeSvg } {
  return { chart: render(opts), narrow: render({ ...opts, ...narrow, id: `${opts.id}-narrow`, width: NARROW_WIDTH }) };
}

/** An element id from parts that may hold dots or upper case (`home-dgi-2025`). */
export function chartId(...parts: string[]): string {
  return parts.join('-').replace(/[^a-z0-9-]/g, '-');
}
