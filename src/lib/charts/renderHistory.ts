import { line, scaleLinear, scalePoint } from 'd3';
import { leftAxis } from './axis.ts';
import { isValue } from './format.ts';
import { anchorWithin, chartFrame, emptyChart, textWidth } from './frame.ts';
import { legend, type LegendItem } from './legend.ts';
import { resolveBase, resolveDomain, type BaseChartOptions, type Domain } from './options.ts';
import { marker } from './palette.ts';
import { svg, type SafeSvg } from './svg.ts';

export interface HistoryPoint {
  edition: string;
  value: number | null;
  average: number | null;
  breakBefore: boolean;
  /** The value as its edition states it (its own decimals); else `formatValue`. */
  valueText?: string;
  averageText?: string;
  /** Why there is no value ("did not take part"); else the "not covered" label. */
  missingText?: string;
  /** A partial edition: its label carries "partial" on a second line (its average is the one the OECD printed). */
  partial?: boolean;
}

export interface HistoryOptions extends BaseChartOptions {
  points: readonly HistoryPoint[];
  countryLabel?: string;
  domain?: Domain;
  /** Height of the plot in viewBox units (default 180); a phone or print drawing may be lower. */
  plotHeight?: number;
}

type XY = [number, number];
type Pick = (p: HistoryPoint) => number | null;

const LEFT = 48;
const RIGHT = 24;
const PLOT_HEIGHT = 180;
const BOTTOM = 30;
const AVG_AREA = 48;
const path = line().digits(2);

export function historyRuns(points: readonly HistoryPoint[], pick: Pick): number[][] {
  const runs: number[][] = [];
  let current: number[] = [];
  points.forEach((p, i) => {
    const v = pick(p);
    if (p.breakBefore || !isValue(v)) {
      if (current.length) runs.push(current);
      current = [];
    }
    if (isValue(v)) current.push(i);
  });
  if (current.length) runs.push(current);
  return runs;
}

export function renderHistory(opts: HistoryOptions): SafeSvg {
  const base = resolveBase(opts);
  const { labels, formatValue } = base;
  const points = opts.points;
  if (points.length === 0) return emptyChart(base, 'history');
  const editions = points.map((p) => p.edition);
  if (new Set(editions).size !== editions.length) throw new Error('renderHistory(): editions must be unique');

  const items: LegendItem[] = [];
  if (opts.countryLabel) {
    items.push({
      key: (cx, cy) => svg`<line class="chart-series-0" x1="${cx - 8}" x2="${cx + 8}" y1="${cy}" y2="${cy}"/><circle class="chart-dot" cx="${cx}" cy="${cy}" r="3"/>`,
      text: opts.countryLabel,
      bold: true,
    });
  }
  items.push({
    key: (cx, cy) => svg`<line class="chart-avg" x1="${cx - 8}" x2="${cx + 8}" y1="${cy}" y2="${cy}" stroke-dasharray="4 3"/>`,
    text: labels.average,
  });
  const key = legend(items, 4, 4, base.width);
  const plotTop = key.height + 32;
  const plotBottom = plotTop + (opts.plotHeight ?? PLOT_HEIGHT);
  const x = scalePoint<string>().domain(editions).range([LEFT, base.width - RIGHT]).padding(0.5);
  const y = scaleLinear().domain(resolveDomain(opts.domain)).range([plotBottom, plotTop]).clamp(true);
  const px = (i: number): number => x(editions[i] as string) as number;

  const lines = (pick: Pick, attrs: SafeSvg) =>
    historyRuns(points, pick)
      .filter((run) => run.length > 1)
      .map((run) => {
        const coords = run.map((i): XY => [px(i), y(pick(points[i] as HistoryPoint) as number)]);
        return svg`<path ${attrs} fill="none" d="${path(coords) ?? ''}"/>`;
      });

  const breaks = points.flatMap((p, i) => {
    if (!p.breakBefore || i === 0) return [];
    const bx = (px(i - 1) + px(i)) / 2;
    const anchor = anchorWithin(bx, textWidth(labels.methodologyBreak), 0, base.width);
    return [
      svg`<g><line class="chart-break" x1="${bx}" x2="${bx}" y1="${plotTop - 10}" y2="${plotBottom}" stroke-dasharray="2 3"/><text class="chart-label" x="${bx}" y="${plotTop - 14}" text-anchor="${anchor}">${labels.methodologyBreak}</text></g>`,
    ];
  });

  const marks = points.map((p, i) => {
    const cx = px(i);
    const avg = isValue(p.average)
      ? marker('diamond', AVG_AREA, cx, y(p.average), 'chart-avg', `${labels.average} ${p.edition}: ${p.averageText ?? formatValue(p.average)}`)
      : '';
    if (!isValue(p.value)) {
      return svg`<g>${avg}<text class="chart-value" x="${cx}" y="${plotBottom - 8}" text-anchor="middle">${p.missingText ?? labels.notCovered}</text></g>`;
    }
    const cy = y(p.value);
    const text = p.valueText ?? formatValue(p.value);
    const tip = `${opts.countryLabel ? `${opts.countryLabel} ` : ''}${p.edition}: ${text}`;
    // The value sits above its dot, or below it where the average's diamond would be under the text.
    const avgAbove = isValue(p.average) && y(p.average) < cy && y(p.average) > cy - 26;
    return svg`<g>${avg}<circle class="chart-dot" cx="${cx}" cy="${cy}" r="4"><title>${tip}</title></circle><text class="chart-value" x="${cx}" y="${avgAbove ? cy + 18 : cy - 9}" text-anchor="middle">${text}</text></g>`;
  });

  const editionLabels = points.map((p, i) =>
    p.partial
      ? svg`<text x="${px(i)}" y="${plotBottom + 18}" text-anchor="middle">${p.edition}<tspan x="${px(i)}" dy="1.2em">${`(${labels.partial})`}</tspan></text>`
      : svg`<text x="${px(i)}" y="${plotBottom + 18}" text-anchor="middle">${p.edition}</text>`,
  );
  const bottom = plotBottom + BOTTOM + (points.some((p) => p.partial) ? 14 : 0);

  return chartFrame({ base, kind: 'history', height: bottom }, [
    key.markup,
    leftAxis(y, LEFT, base.width - RIGHT, base.formatTick),
    svg`<g class="chart-axis" aria-hidden="true">
${editionLabels}
</g>`,
    ...breaks,
    // The average's connector keeps the average's colour and dashes (the legend's key), never the country's line style.
    ...lines((p) => p.average, svg`class="chart-avg chart-avg-line" stroke-dasharray="4 3"`),
    ...lines((p) => p.value, svg`class="chart-series-0 chart-line"`),
    ...marks,
  ]);
}
