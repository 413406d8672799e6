import { max } from 'd3';
import { bottomAxis } from './axis.ts';
import { isValue } from './format.ts';
import { chartFrame, clamp, emptyChart, linked, textWidth, rowLabel } from './frame.ts';
import { legend, type LegendItem } from './legend.ts';
import { resolveBase, resolveDomain, type BaseChartOptions, type Domain } from './options.ts';
import { marker, MAX_SERIES, SERIES_SYMBOLS, seriesClass } from './palette.ts';
import { clampedLinear } from './scale.ts';
import { svg, type SafeSvg } from './svg.ts';

interface CompareDimension {
  id: string;
  label: string;
  href?: string;
}

export interface CompareSeries {
  code: string;
  label: string;
  values: readonly (number | null)[];
}

interface CompareDotsOptions extends BaseChartOptions {
  dimensions: readonly CompareDimension[];
  series: readonly CompareSeries[];
  averages: readonly (number | null)[];
  domain?: Domain;
}

const ROW_HEIGHT = 34;
const BOTTOM = 28;
const SYMBOL_AREA = 72;
const DODGE = 3;
const AVG_HALF = 11;

function validate(opts: CompareDotsOptions): void {
  const n = opts.dimensions.length;
  if (opts.series.length > MAX_SERIES) {
    throw new Error(`renderCompareDots(): at most ${MAX_SERIES} series, got ${opts.series.length}`);
  }
  if (opts.averages.length !== n) throw new Error('renderCompareDots(): averages must have one entry per dimension');
  for (const s of opts.series) {
    if (s.values.length !== n) throw new Error(`renderCompareDots(): series ${s.code} must have one value per dimension`);
  }
}

export function renderCompareDots(opts: CompareDotsOptions): SafeSvg {
  const base = resolveBase(opts);
  const { labels, formatValue } = base;
  if (opts.dimensions.length === 0 || opts.series.length === 0) return emptyChart(base, 'compare-dots');
  validate(opts);
  const { dimensions, series, averages } = opts;

  const items: LegendItem[] = series.map((s, i) => ({
    key: (cx, cy) => marker(SERIES_SYMBOLS[i]!, SYMBOL_AREA, cx, cy, `chart-dot ${seriesClass(i)}`),
    text: s.label,
  }));
  items.push({
    key: (cx, cy) => svg`<line class="chart-avg" x1="${cx}" x2="${cx}" y1="${cy - 7}" y2="${cy + 7}"/>`,
    text: labels.average,
  });
  const key = legend(items, 4, 4, base.width);

  const missingText = dimensions.map((_, d) => {
    const names = series.filter((s) => !isValue(s.values[d])).map((s) => s.label);
    return names.length ? `${names.join(', ')}: ${labels.notCovered}` : '';
  });
  const notesWidth = clamp((max(missingText, (t) => (t ? textWidth(t) + 12 : 0)) ?? 0), 0, 220);
  const labelWidth = clamp((max(dimensions, (d) => textWidth(d.label)) ?? 0) + 12, 80, Math.min(220, base.width * 0.4));
  const plotLeft = labelWidth;
  const plotRight = base.width - Math.max(notesWidth, 20);
  const top = key.height + 14;
  const plotBottom = top + dimensions.length * ROW_HEIGHT;
  const x = clampedLinear(resolveDomain(opts.domain), [plotLeft, plotRight]);

  const rows = dimensions.map((dim, d) => {
    const cy = top + d * ROW_HEIGHT + ROW_HEIGHT / 2;
    const label = linked(
      dim.href,
      rowLabel(plotLeft - 8, cy, dim.label, labelWidth - 12),
    );
    const avgValue = averages[d];
    const avg = isValue(avgValue)
      ? svg`<line class="chart-avg" x1="${x(avgValue)}" x2="${x(avgValue)}" y1="${cy - AVG_HALF}" y2="${cy + AVG_HALF}"><title>${`${labels.average}: ${formatValue(avgValue)}`}</title></line>`
      : '';
    const dots = series.flatMap((s, i) => {
      const v = s.values[d];
      if (!isValue(v)) return [];
      const dy = (i - (series.length - 1) / 2) * DODGE;
      return [marker(SERIES_SYMBOLS[i]!, SYMBOL_AREA, x(v), cy + dy, `chart-dot ${seriesClass(i)}`, `${s.label}, ${dim.label}: ${formatValue(v)}`)];
    });
    const note = missingText[d]
      ? svg`<text class="chart-value" x="${plotRight + 12}" y="${cy}" dy="0.35em">${missingText[d]}</text>`
      : '';
    return svg`<g>${label}${avg}${dots}${note}</g>`;
  });

  return chartFrame(
    { base, kind: 'compare-dots', height: plotBottom + BOTTOM, hasLinks: dimensions.some((d) => d.href) },
    [key.markup, bottomAxis(x, top, plotBottom, base.formatTick), ...rows],
  );
}
