import { bottomAxis, leftAxis } from './axis.ts';
import { isValue } from './format.ts';
import { anchorWithin, chartFrame, emptyChart, linked, textWidth } from './frame.ts';
import { resolveBase, resolveDomain, type BaseChartOptions, type Domain } from './options.ts';
import { clampedLinear } from './scale.ts';
import { svg, type SafeSvg } from './svg.ts';

interface ScatterPoint {
  code: string;
  /** The country's name, in the dot's tooltip and its link's name. */
  label: string;
  /** Short text drawn beside the dot where there is room (the ISO code). */
  short: string;
  x: number;
  y: number;
  href?: string;
}

interface ScatterOptions extends BaseChartOptions {
  points: readonly ScatterPoint[];
  xLabel: string;
  yLabel: string;
  /** The OECD averages, drawn as cross-hairs. */
  xAverage: number | null;
  yAverage: number | null;
  xDomain?: Domain;
  yDomain?: Domain;
  /** Words in the top-right and bottom-left quarters ("above both averages", "below both averages"). */
  quadrants?: { high: string; low: string };
}

const LEFT = 44;
const RIGHT = 12;
const TOP = 48;
const BOTTOM = 44;
const R = 4;

type Box = [x0: number, y0: number, x1: number, y1: number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Where each dot's short label goes: right of the dot, else left, above or below, the first place that overlaps no
 * dot and no label already placed and stays in the plot; none where every place is taken (the tooltip, the link's
 * name and the data table still give it). `reserved`: boxes other text already holds (the averages' labels).
 * Points are taken in the order given, so the result is deterministic.
 */
export function placeLabels(dots: readonly { cx: number; cy: number; text: string }[], plot: Box, fontSize = 12, reserved: readonly Box[] = []): ({ x: number; y: number; anchor: 'start' | 'end' | 'middle' } | null)[] {
  const taken: Box[] = [...reserved, ...dots.map(({ cx, cy }): Box => [cx - R, cy - R, cx + R, cy + R])];
  const h = fontSize;
  return dots.map(({ cx, cy, text }) => {
    const w = textWidth(text, fontSize);
    const options: [Box, { x: number; y: number; anchor: 'start' | 'end' | 'middle' }][] = [
      [[cx + R + 2, cy - h / 2, cx + R + 2 + w, cy + h / 2], { x: cx + R + 2, y: cy, anchor: 'start' }],
      [[cx - R - 2 - w, cy - h / 2, cx - R - 2, cy + h / 2], { x: cx - R - 2, y: cy, anchor: 'end' }],
      [[cx - w / 2, cy - R - 2 - h, cx + w / 2, cy - R - 2], { x: cx, y: cy - R - 2 - h / 2, anchor: 'middle' }],
      [[cx - w / 2, cy + R + 2, cx + w / 2, cy + R + 2 + h], { x: cx, y: cy + R + 2 + h / 2, anchor: 'middle' }],
    ];
    for (const [box, place] of options) {
      const inside = box[0] >= plot[0] && box[2] <= plot[2] && box[1] >= plot[1] && box[3] <= plot[3];
      if (inside && !taken.some((t) => overlaps(t, box))) {
        taken.push(box);
        return place;
      }
    }
    return null;
  });
}

/**
 * Every country placed by two scores (the latest complete DGI across, OURdata up), the OECD averages as dashed
 * cross-hairs dividing the plot into quarters. Each dot links to its country; its ISO code is written beside it
 * where there is room.
 */
export function renderScatter(opts: ScatterOptions): SafeSvg {
  const base = resolveBase(opts);
  const { labels, formatValue } = base;
  const points = opts.points.filter((p) => isValue(p.x) && isValue(p.y));
  if (points.length === 0) return emptyChart(base, 'scatter');
  const plotRight = base.width - RIGHT;
  const plotBottom = TOP + Math.round(Math.min(base.width - LEFT - RIGHT, base.width * 0.7));
  const x = clampedLinear(resolveDomain(opts.xDomain), [LEFT, plotRight]);
  const y = clampedLinear(resolveDomain(opts.yDomain), [plotBottom, TOP]);

  const hair = (value: number | null, axis: 'x' | 'y') => {
    if (!isValue(value)) return '';
    const text = `${labels.average} ${formatValue(value)}`;
    if (axis === 'x') {
      const ax = x(value);
      return svg`<line class="chart-avg" x1="${ax}" x2="${ax}" y1="${TOP - 6}" y2="${plotBottom}" stroke-dasharray="4 3"/><text class="chart-avg-label" x="${ax}" y="${TOP - 10}" text-anchor="${anchorWithin(ax, textWidth(text), 0, base.width)}">${text}</text>`;
    }
    const ay = y(value);
    return svg`<line class="chart-avg" x1="${LEFT}" x2="${plotRight}" y1="${ay}" y2="${ay}" stroke-dasharray="4 3"/><text class="chart-avg-label" x="${plotRight}" y="${ay - 5}" text-anchor="end">${text}</text>`;
  };

  const dots = points.map((p) => ({ p, cx: x(p.x), cy: y(p.y), text: p.short }));
  const reserved: Box[] = [];
  if (isValue(opts.yAverage)) {
    const w = textWidth(`${labels.average} ${formatValue(opts.yAverage)}`);
    reserved.push([plotRight - w, y(opts.yAverage) - 17, plotRight, y(opts.yAverage) - 1]);
  }
  if (opts.quadrants) {
    reserved.push([plotRight - 4 - textWidth(opts.quadrants.high), TOP + 2, plotRight, TOP + 18]);
    reserved.push([LEFT, plotBottom - 18, LEFT + 4 + textWidth(opts.quadrants.low), plotBottom]);
  }
  const places = placeLabels(dots, [LEFT, TOP, plotRight, plotBottom], 12, reserved);
  const marks = dots.map(({ p, cx, cy }, i) => {
    const place = places[i];
    const tip = `${p.label}: ${formatValue(p.x)}, ${formatValue(p.y)}`;
    const label = place ? svg`<text class="chart-value" x="${place.x}" y="${place.y}" dy="0.35em" text-anchor="${place.anchor}">${p.short}</text>` : '';
    return linked(p.href, svg`<g><circle class="chart-dot" cx="${cx}" cy="${cy}" r="${R}"><title>${tip}</title></circle>${label}</g>`);
  });
  const quadrants = opts.quadrants
    ? svg`<text class="chart-footnote" x="${plotRight - 4}" y="${TOP + 14}" text-anchor="end">${opts.quadrants.high}</text><text class="chart-footnote" x="${LEFT + 4}" y="${plotBottom - 6}">${opts.quadrants.low}</text>`
    : '';

  return chartFrame({ base, kind: 'scatter', height: plotBottom + BOTTOM, hasLinks: points.some((p) => p.href) }, [
    leftAxis(y, LEFT, plotRight, base.formatTick),
    bottomAxis(x, TOP, plotBottom, base.formatTick),
    svg`<text class="chart-label" x="${(LEFT + plotRight) / 2}" y="${plotBottom + 36}" text-anchor="middle" font-weight="600">${opts.xLabel}</text>`,
    svg`<text class="chart-label" x="4" y="16" font-weight="600">${opts.yLabel}</text>`,
    quadrants,
    hair(opts.xAverage, 'x'),
    hair(opts.yAverage, 'y'),
    ...marks,
  ]);
}
