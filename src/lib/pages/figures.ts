import type { ChartLabels, FormatValue, SafeSvg } from '../charts/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import { decimalsFor } from '../model/levels.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { NARROW_WIDTH } from '../shared/chartWidths.ts';

/** Decimals a figure of this indicator is shown with: as the edition publishes it. */
export function decimalsOf(queries: DataIndex, index: string, edition: string, indicator: string): number {
  return decimalsFor(queries.edition(index, edition)!, queries.index(index)!, indicator);
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
  return queries.index(index)!.shortLabel[lang];
}

export function indicatorLabel(queries: DataIndex, index: string, indicator: string, lang: Lang): string {
  return queries.indicator(index, indicator)!.label[lang];
}

export { NARROW_WIDTH } from '../shared/chartWidths.ts';

/** A chart drawn twice, for wide screens and for phones (CSS shows one), from the same options. */
export function responsiveChart<T extends { id: string; width?: number }>(render: (opts: T) => SafeSvg, opts: T, narrow: Partial<T> = {}): { chart: SafeSvg; narrow: SafeSvg } {
  return { chart: render(opts), narrow: render({ ...opts, ...narrow, id: `${opts.id}-narrow`, width: NARROW_WIDTH }) };
}
