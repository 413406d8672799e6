import { max, scaleLinear } from 'd3';
import { bottomAxis } from './axis.ts';
import { isValue } from './format.ts';
import { anchorWithin, byLabelThenCode, chartFrame, clamp, emptyChart, linked, textWidth } from './frame.ts';
import { resolveBase, resolveDomain, type BaseChartOptions, type Domain } from './options.ts';
import { svg, type SafeSvg } from './svg.ts';

export interface RankedBarRow {
  code: string;
  label: string;
  value: number | null;
  rank: number | null;
  highlight?: boolean;
  href?: string;
}

interface RankedBarsOptions extends BaseChartOptions {
  rows: readonly RankedBarRow[];
  average?: number | null;
  domain?: Domain;
  /**
   * Nobody is ranked (a partial edition): drawn as a dot plot in alphabetical order, with no rank number nor
   * "not ranked", so the chart does not read as a ranking of the countries it happens to hold.
   */
  unranked?: boolean;
}

const ROW_HEIGHT = 22;
const BAR_HEIGHT = 14;
const TOP = 34;
const BOTTOM = 28;
const LEFT = 4;
const VALUE_ROOM = 52;
const HIGHLIGHT_MARKER = '▶';

function group(row: RankedBarRow): number {
  if (!isValue(row.value)) return 2;
  return isValue(row.rank) ? 0 : 1;
}

function compareRows(a: RankedBarRow, b: RankedBarRow): number {
  const byGroup = group(a) - group(b);
  if (byGroup !== 0) return byGroup;
  if (isValue(a.value) && isValue(b.value) && a.value !== b.value) return b.value - a.value;
  return byLabelThenCode(a, b);
}

export function sortRankedRows(rows: readonly RankedBarRow[], alphabetical = false): RankedBarRow[] {
  return [...rows].sort(alphabetical ? byLabelThenCode : compareRows);
}

/**
 * The OECD-average line as segments that stop short of the value labels it would cross, so no figure is struck
 * through: `labels` are the [left, right] extents of each row's label, or null where the row has none.
 */
export function averageSegments(ax: number, top: number, rowTop: (i: number) => number, rowHeight: number, labels: readonly ([number, number] | null)[], bottom: number): [number, number][] {
  const segments: [number, number][] = [];
  let start = top;
  labels.forEach((extent, i) => {
    if (!extent || ax < extent[0] - 2 || ax > extent[1] + 2) return;
    const y0 = rowTop(i) + 2;
    if (y0 > start) segments.push([start, y0]);
    start = rowTop(i) + rowHeight - 2;
  });
  if (bottom > start) segments.push([start, bottom]);
  // A stub between two labels is noise, not a line.
  return segments.filter(([y0, y1]) => y1 - y0 >= 8);
}

export function renderRankedBars(opts: RankedBarsOptions): SafeSvg {
  const base = resolveBase(opts);
  const { labels, formatValue } = base;
  if (opts.rows.length === 0) return emptyChart(base, 'ranked-bars');

  const rows = sortRankedRows(opts.rows, opts.unranked);
  const rowText = (row: RankedBarRow): string => {
    const g = group(row);
    if (opts.unranked) return row.label;
    return g === 0 ? `${row.rank} ${row.label}` : g === 1 ? `${row.label} (${labels.notRanked})` : row.label;
  };
  const labelLength = (row: RankedBarRow): number =>
    textWidth(row.highlight ? `${HIGHLIGHT_MARKER} ${rowText(row)}` : rowText(row));

  const labelWidth = clamp((max(rows, labelLength) ?? 0) + 10, 80, Math.min(280, base.width * 0.45));
  const plotLeft = LEFT + labelWidth;
  const plotRight = base.width - VALUE_ROOM;
  const plotBottom = TOP + rows.length * ROW_HEIGHT;
  const x = scaleLinear().domain(resolveDomain(opts.domain)).range([plotLeft, plotRight]).clamp(true);
  const centre = (i: number): number => TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2;
  const valueX = (value: number): number => x(value) + (opts.unranked ? 8 : 4);

  const bars = rows.flatMap((row, i) => {
    if (!isValue(row.value)) return [];
    if (opts.unranked) {
      const cls = row.highlight ? 'chart-dot chart-dot--highlight' : 'chart-dot';
      return [
        svg`<line class="chart-guide" x1="${plotLeft}" x2="${x(row.value)}" y1="${centre(i)}" y2="${centre(i)}"/><circle class="${cls}" cx="${x(row.value)}" cy="${centre(i)}" r="5"><title>${`${row.label}: ${formatValue(row.value)}`}</title></circle>`,
      ];
    }
    const classes = ['chart-bar', row.highlight && 'chart-bar--highlight', group(row) === 1 && !opts.unranked && 'chart-bar--unranked']
      .filter(Boolean)
      .join(' ');
    return [
      svg`<rect class="${classes}" x="${plotLeft}" y="${centre(i) - BAR_HEIGHT / 2}" width="${x(row.value) - plotLeft}" height="${BAR_HEIGHT}"><title>${`${row.label}: ${formatValue(row.value)}`}</title></rect>`,
    ];
  });

  const texts = rows.map((row, i) => {
    const cy = centre(i);
    const weight = row.highlight ? svg` font-weight="700"` : '';
    const marker = row.highlight ? svg`<tspan aria-hidden="true">${HIGHLIGHT_MARKER} </tspan>` : '';
    const label = linked(
      row.href,
      svg`<text class="chart-label" x="${plotLeft - 6}" y="${cy}" dy="0.35em" text-anchor="end"${weight}>${marker}${rowText(row)}</text>`,
    );
    const value = isValue(row.value)
      ? svg`<text class="chart-value" x="${valueX(row.value)}" y="${cy}" dy="0.35em"${weight}>${formatValue(row.value)}</text>`
      : svg`<text class="chart-value" x="${plotLeft + 4}" y="${cy}" dy="0.35em">${labels.notCovered}</text>`;
    return svg`<g>${label}${value}</g>`;
  });

  let average: SafeSvg | '' = '';
  if (isValue(opts.average)) {
    const ax = x(opts.average);
    const text = `${labels.average} ${formatValue(opts.average)}`;
    const anchor = anchorWithin(ax, textWidth(text), 0, base.width);
    const extents = rows.map((row): [number, number] | null => (isValue(row.value) ? [valueX(row.value), valueX(row.value) + textWidth(formatValue(row.value))] : null));
    const segments = averageSegments(ax, TOP - 8, (i) => TOP + i * ROW_HEIGHT, ROW_HEIGHT, extents, plotBottom);
    average = svg`${segments.map(([y1, y2]) => svg`<line class="chart-avg" x1="${ax}" x2="${ax}" y1="${y1}" y2="${y2}" stroke-dasharray="4 3"/>`)}
<text class="chart-avg-label" x="${ax}" y="${TOP - 14}" text-anchor="${anchor}">${text}</text>`;
  }

  return chartFrame(
    { base, kind: 'ranked-bars', height: plotBottom + BOTTOM, hasLinks: rows.some((r) => r.href) },
    [bottomAxis(x, TOP, plotBottom, base.formatTick), ...bars, average, ...texts],
  );
}
