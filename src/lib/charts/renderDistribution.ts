import { scaleLinear, type ScaleLinear } from 'd3';
import { bottomAxis } from './axis.ts';
import { isValue } from './format.ts';
import { anchorWithin, byLabelThenCode, chartFrame, emptyChart, textWidth } from './frame.ts';
import { legend } from './legend.ts';
import { resolveBase, resolveDomain, type BaseChartOptions, type Domain } from './options.ts';
import { svg, type SafeSvg } from './svg.ts';

export interface DistributionValue {
  code: string;
  label: string;
  value: number | null;
}

export interface DistributionOptions extends BaseChartOptions {
  values: readonly DistributionValue[];
  average: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
  highlightCode?: string;
  domain?: Domain;
}

interface PlacedDot {
  item: DistributionValue & { value: number };
  cx: number;
  cy: number;
  r: number;
}

const LEFT = 16;
const RIGHT = 16;
const PLOT_TOP = 44;
const R = 4;
const R_HIGHLIGHT = 6;
const GAP = 1;
const BIN = 2 * R + GAP;
const HEADROOM = 30;

function stackDots(
  items: readonly (DistributionValue & { value: number })[],
  x: ScaleLinear<number, number>,
  baseline: number,
  highlightCode?: string,
): PlacedDot[] {
  const x0 = x.range()[0] as number;
  const sorted = [...items].sort((a, b) => a.value - b.value || byLabelThenCode(a, b));
  const heights = new Map<number, number>();
  return sorted.map((item) => {
    const bin = Math.round((x(item.value) - x0) / BIN);
    const r = item.code === highlightCode ? R_HIGHLIGHT : R;
    const used = heights.get(bin) ?? 0;
    heights.set(bin, used + 2 * r + GAP);
    return { item, cx: x0 + bin * BIN, cy: baseline - used - r - GAP, r };
  });
}

export function renderDistribution(opts: DistributionOptions): SafeSvg {
  const base = resolveBase(opts);
  const { labels, formatValue } = base;
  const present = opts.values.filter((v): v is DistributionValue & { value: number } => isValue(v.value));
  if (present.length === 0) return emptyChart(base, 'distribution');
  const missing = opts.values.filter((v) => !isValue(v.value)).sort(byLabelThenCode);

  const x = scaleLinear().domain(resolveDomain(opts.domain)).range([LEFT, base.width - RIGHT]).clamp(true);
  const probe = stackDots(present, x, 0, opts.highlightCode);
  const stackHeight = -Math.min(...probe.map((d) => d.cy - d.r));
  const baseline = PLOT_TOP + HEADROOM + Math.max(stackHeight, 24);
  const dots = stackDots(present, x, baseline, opts.highlightCode);

  const band =
    isValue(opts.average) && isValue(opts.sd)
      ? svg`<rect class="chart-range" x="${x(opts.average - opts.sd)}" y="${PLOT_TOP}" width="${x(opts.average + opts.sd) - x(opts.average - opts.sd)}" height="${baseline - PLOT_TOP}"/>`
      : '';
  const extreme = (value: number | null, name: string, anchor: 'start' | 'end') =>
    isValue(value)
      ? svg`<line class="chart-range" x1="${x(value)}" x2="${x(value)}" y1="${PLOT_TOP - 22}" y2="${baseline}"/><text class="chart-label" x="${x(value) + (anchor === 'start' ? 3 : -3)}" y="${PLOT_TOP - 26}" text-anchor="${anchor}">${`${name} ${formatValue(value)}`}</text>`
      : '';
  let average: SafeSvg | '' = '';
  if (isValue(opts.average)) {
    const ax = x(opts.average);
    const text = `${labels.average} ${formatValue(opts.average)}`;
    average = svg`<line class="chart-avg" x1="${ax}" x2="${ax}" y1="${PLOT_TOP - 6}" y2="${baseline}" stroke-dasharray="4 3"/><text class="chart-avg-label" x="${ax}" y="${PLOT_TOP - 10}" text-anchor="${anchorWithin(ax, textWidth(text), 0, base.width)}">${text}</text>`;
  }

  const marks = dots.map(({ item, cx, cy, r }) => {
    const cls = item.code === opts.highlightCode ? 'chart-dot chart-dot--highlight' : 'chart-dot';
    return svg`<circle class="${cls}" cx="${cx}" cy="${cy}" r="${r}"><title>${`${item.label}: ${formatValue(item.value)}`}</title></circle>`;
  });
  const hl = opts.highlightCode === undefined ? undefined : dots.find((d) => d.item.code === opts.highlightCode);
  let highlight: SafeSvg | '' = '';
  if (hl) {
    const top = Math.min(...dots.map((d) => d.cy - d.r)) - 10;
    const text = `${hl.item.label} ${formatValue(hl.item.value)}`;
    const leader =
      hl.cy - hl.r - top > 8
        ? svg`<g class="chart-axis" aria-hidden="true"><line x1="${hl.cx}" x2="${hl.cx}" y1="${top + 2}" y2="${hl.cy - hl.r - 1}"/></g>`
        : '';
    highlight = svg`${leader}<text class="chart-label" x="${hl.cx}" y="${top - 2}" text-anchor="${anchorWithin(hl.cx, textWidth(text), 0, base.width)}" font-weight="700">${text}</text>`;
  }

  const sdText =
    isValue(opts.average) && isValue(opts.sd)
      ? `${labels.sdBand}: ${formatValue(opts.average - opts.sd)}–${formatValue(opts.average + opts.sd)}`
      : '';
  const key = sdText
    ? legend(
        [{ key: (cx, cy) => svg`<rect class="chart-range" x="${cx - 7}" y="${cy - 6}" width="14" height="12"/>`, text: sdText }],
        LEFT,
        baseline + 24,
        base.width,
      )
    : { markup: '', height: 0 };
  const notesY = baseline + 24 + key.height + 10;
  const notes = missing.length
    ? svg`<text class="chart-value" x="${LEFT}" y="${notesY}">${`${labels.notCovered}: ${missing.map((m) => m.label).join(', ')}`}</text>`
    : '';
  const height = notesY + (missing.length ? 10 : -6);

  return chartFrame({ base, kind: 'distribution', height }, [
    band,
    bottomAxis(x, PLOT_TOP, baseline, base.formatTick),
    extreme(opts.min, labels.minimum, 'start'),
    extreme(opts.max, labels.maximum, 'end'),
    average,
    ...marks,
    highlight,
    key.markup,
    notes,
  ]);
}
