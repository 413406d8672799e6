import { DEFAULT_TICK_DECIMALS, defaultFormatValue, isValue, type FormatValue } from './format.ts';
import { resolveLabels, type ChartLabels } from './labels.ts';

/** Logical width of a chart's drawing in viewBox units, unless a chart asks for another. */
export const CHART_WIDTH = 640;

export type Domain = readonly [number, number];

export interface BaseChartOptions {
  id: string;
  title: string;
  summary: string;
  formatValue?: FormatValue;
  tickDecimals?: number;
  labels?: Partial<ChartLabels>;
  /** Logical width of the drawing (viewBox units); narrower charts keep text legible on phones. Default 640. */
  width?: number;
  /**
   * Drawn above the chart in bold, e.g. "Partial edition: scores as published, not ranked", so the drawing
   * carries its warning wherever it goes (a downloaded SVG or PNG, an embed).
   */
  mark?: string;
  /** Drawn under the chart, e.g. the countries the OECD assessed whose results are not transcribed. */
  footnote?: string;
}

export interface ResolvedBase {
  id: string;
  title: string;
  summary: string;
  formatValue: (value: number) => string;
  formatTick: (value: number) => string;
  labels: ChartLabels;
  width: number;
  mark?: string;
  footnote?: string;
}

const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

export function assertValidId(id: string): void {
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    throw new Error(`Invalid chart id ${JSON.stringify(id)}: expected /^[a-z][a-z0-9-]*$/`);
  }
}

export function resolveBase(opts: BaseChartOptions): ResolvedBase {
  assertValidId(opts.id);
  const format = opts.formatValue ?? defaultFormatValue;
  const tickDecimals = opts.tickDecimals ?? DEFAULT_TICK_DECIMALS;
  return {
    id: opts.id,
    title: opts.title,
    summary: opts.summary,
    formatValue: (v) => format(v),
    formatTick: (v) => format(v, tickDecimals),
    labels: resolveLabels(opts.labels),
    width: resolveWidth(opts.width),
    ...(opts.mark ? { mark: opts.mark } : {}),
    ...(opts.footnote ? { footnote: opts.footnote } : {}),
  };
}

export function resolveDomain(domain: Domain | undefined): [number, number] {
  const [lo, hi] = domain ?? [0, 1];
  if (!isValue(lo) || !isValue(hi) || lo >= hi) {
    throw new Error(`Invalid chart domain [${lo}, ${hi}]: expected two finite numbers, ascending`);
  }
  return [lo, hi];
}

function resolveWidth(width: number | undefined): number {
  if (width === undefined) return CHART_WIDTH;
  if (!Number.isFinite(width) || width < 320) throw new Error(`Invalid chart width ${width}: expected at least 320`);
  return width;
}
