import { max, scaleLinear } from 'd3';
import { bottomAxis } from './axis.ts';
import { isValue } from './format.ts';
import { chartFrame, clamp, emptyChart, linked, textWidth, rowLabel, wrapLabel, wrapLines } from './frame.ts';
import { legend } from './legend.ts';
import { resolveBase, resolveDomain, type BaseChartOptions, type Domain } from './options.ts';
import { marker } from './palette.ts';
import { svg, type SafeSvg } from './svg.ts';

export interface DimensionRow {
  label: string;
  value: number | null;
  average: number | null;
  min?: number | null;
  max?: number | null;
  rankText?: string;
  href?: string;
  /** Said where the value is missing; default "not covered" (a partial edition says "not stated in the source"). */
  missingText?: string;
}

export interface DimensionDotsOptions extends BaseChartOptions {
  countryLabel: string;
  rows: readonly DimensionRow[];
  domain?: Domain;
}

const ROW_HEIGHT = 30;
/** Rows of a phone drawing (also the printed one), for a label on one line and on two: closer, the page being short of height rather than width. */
const NARROW_ROW_HEIGHT = [20, 26] as const;
/** Line height of a label on three lines or more. */
const LINE = 13;
const BOTTOM = 28;
const DOT_AREA = 80;
const AVG_AREA = 90;

export function renderDimensionDots(opts: DimensionDotsOptions): SafeSvg {
  const base = resolveBase(opts);
  const { labels, formatValue } = base;
  const rows = opts.rows;
  if (rows.length === 0) return emptyChart(base, 'dimension-dots');

  const longest = (max(rows, (r) => textWidth(r.label)) ?? 0) + 12;
  const fullRankWidth = clamp((max(rows, (r) => textWidth(r.rankText ?? '')) ?? 0) + 8, 0, 160);
  // Only figures sit in the value column; a missing value's words go where its dot would be, so they cannot eat the plot.
  const valueWidth = (max(rows, (r) => (isValue(r.value) ? textWidth(formatValue(r.value)) : 0)) ?? 0) + 10;
  // The plot keeps at least 40 % of the width, whatever the labels' length (they wrap onto two lines instead).
  // Where labels and ranks cannot both fit beside such a plot (a phone), the ranks go: the data table has them.
  const roomFor = (rankWidth: number) => base.width - rankWidth - valueWidth - 8 - base.width * 0.4;
  const labelCap = Math.min(240, base.width * 0.45);
  const rankWidth = roomFor(fullRankWidth) >= Math.min(longest, labelCap) ? fullRankWidth : 0;
  const labelRoom = roomFor(rankWidth);
  const labelWidth = clamp(longest, Math.min(80, labelRoom), Math.min(labelCap, labelRoom));
  const plotLeft = labelWidth;
  const plotRight = base.width - rankWidth - valueWidth - 8;
  const valueX = plotRight + valueWidth;

  const key = legend(
    [
      { key: (cx, cy) => marker('circle', DOT_AREA, cx, cy, 'chart-dot'), text: opts.countryLabel, bold: true },
      { key: (cx, cy) => marker('diamond', AVG_AREA, cx, cy, 'chart-avg'), text: labels.average },
      // The range is keyed only where one is drawn (a partial edition has none).
      ...(rows.some((r) => isValue(r.min) && isValue(r.max))
        ? [{ key: (cx: number, cy: number) => svg`<line class="chart-range" x1="${cx - 8}" x2="${cx + 8}" y1="${cy}" y2="${cy}"/>`, text: labels.range }]
        : []),
    ],
    4,
    4,
    base.width,
  );
  const top = key.height + 16;
  // A label that needs more than two lines at this width (a long French label on a phone) gets a taller row.
  const lines = rows.map((row) => (wrapLabel(row.label, labelWidth - 12).length > 1 && wrapLines(row.label, labelWidth - 12).length > 2 ? wrapLines(row.label, labelWidth - 12) : null));
  const narrow = base.width < 480;
  const heights = rows.map((row, i) => {
    const many = lines[i];
    if (many) return Math.max(narrow ? NARROW_ROW_HEIGHT[1] : ROW_HEIGHT, many.length * LINE + 4);
    if (!narrow) return ROW_HEIGHT;
    return wrapLabel(row.label, labelWidth - 12).length > 1 ? NARROW_ROW_HEIGHT[1] : NARROW_ROW_HEIGHT[0];
  });
  const tops = heights.map((_, i) => top + heights.slice(0, i).reduce((a, b) => a + b, 0));
  const plotBottom = top + heights.reduce((a, b) => a + b, 0);
  const x = scaleLinear().domain(resolveDomain(opts.domain)).range([plotLeft, plotRight]).clamp(true);

  const body = rows.map((row, i) => {
    const cy = tops[i]! + heights[i]! / 2;
    const many = lines[i];
    const label = linked(
      row.href,
      many
        ? svg`<text class="chart-label" x="${plotLeft - 8}" y="${cy - ((many.length - 1) * LINE) / 2}" dy="0.35em" text-anchor="end">${many.map((l, j) => svg`<tspan x="${plotLeft - 8}" dy="${j === 0 ? 0 : LINE}">${l}</tspan>`)}</text>`
        : rowLabel(plotLeft - 8, cy, row.label, labelWidth - 12),
    );
    const range =
      isValue(row.min) && isValue(row.max)
        ? svg`<line class="chart-range" x1="${x(row.min)}" x2="${x(row.max)}" y1="${cy}" y2="${cy}"><title>${`${labels.range}: ${formatValue(row.min)}–${formatValue(row.max)}`}</title></line>`
        : '';
    const avg = isValue(row.average)
      ? marker('diamond', AVG_AREA, x(row.average), cy, 'chart-avg', `${labels.average}: ${formatValue(row.average)}`)
      : '';
    const dot = isValue(row.value)
      ? marker('circle', DOT_AREA, x(row.value), cy, 'chart-dot', `${opts.countryLabel}: ${formatValue(row.value)}`)
      : '';
    const rank = row.rankText && rankWidth > 0
      ? svg`<text class="chart-label" x="${base.width - 4}" y="${cy}" dy="0.35em" text-anchor="end">${row.rankText}</text>`
      : '';
    const value = isValue(row.value)
      ? svg`<text class="chart-value" x="${valueX}" y="${cy}" dy="0.35em" text-anchor="end">${formatValue(row.value)}</text>`
      : svg`<text class="chart-value" x="${plotLeft + 4}" y="${cy}" dy="0.35em">${row.missingText ?? labels.notCovered}</text>`;
    return svg`<g>${label}${range}${avg}${dot}${value}${rank}</g>`;
  });

  return chartFrame(
    { base, kind: 'dimension-dots', height: plotBottom + BOTTOM, hasLinks: rows.some((r) => r.href) },
    [key.markup, bottomAxis(x, top, plotBottom, base.formatTick), ...body],
  );
}
