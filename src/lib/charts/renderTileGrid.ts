import { bisectRight } from 'd3';
import { isValue } from './format.ts';
import { byLabelThenCode, chartFrame, emptyChart, safeHref } from './frame.ts';
import { legend, type LegendItem } from './legend.ts';
import { resolveBase, type BaseChartOptions } from './options.ts';
import { TILE_CLASS_COUNT, tileClass } from './palette.ts';
import { svg, type SafeSvg } from './svg.ts';

export interface Tile {
  code: string;
  label: string;
  value: number | null;
  href?: string;
}

export interface TileGridOptions extends BaseChartOptions {
  tiles: readonly Tile[];
  thresholds: readonly number[];
  columns?: number;
}

const PAD = 4;
const GAP = 4;
const TILE_HEIGHT = 52;
const SWATCH = 14;

export function tileQuantile(value: number | null, thresholds: readonly number[]): number | null {
  return isValue(value) ? bisectRight(thresholds, value) : null;
}

function validateThresholds(thresholds: readonly number[]): void {
  const ok =
    thresholds.length === TILE_CLASS_COUNT - 1 &&
    thresholds.every((t, i) => isValue(t) && (i === 0 || t > (thresholds[i - 1] as number)));
  if (!ok) throw new Error(`renderTileGrid(): thresholds must be ${TILE_CLASS_COUNT - 1} ascending finite numbers`);
}

export function renderTileGrid(opts: TileGridOptions): SafeSvg {
  const base = resolveBase(opts);
  const { labels, formatValue } = base;
  validateThresholds(opts.thresholds);
  const columns = opts.columns ?? 8;
  if (!Number.isInteger(columns) || columns < 1) throw new Error('renderTileGrid(): columns must be a positive integer');
  if (opts.tiles.length === 0) return emptyChart(base, 'tile-grid');

  const tiles = [...opts.tiles].sort(byLabelThenCode);
  const width = (base.width - 2 * PAD - (columns - 1) * GAP) / columns;
  const gridRows = Math.ceil(tiles.length / columns);

  const cells = tiles.map((tile, i) => {
    const x = PAD + (i % columns) * (width + GAP);
    const y = PAD + Math.floor(i / columns) * (TILE_HEIGHT + GAP);
    const q = tileQuantile(tile.value, opts.thresholds);
    const valueText = isValue(tile.value) ? formatValue(tile.value) : labels.notAvailable;
    const tip = `${tile.label}: ${isValue(tile.value) ? formatValue(tile.value) : labels.notCovered}`;
    const content = svg`<title>${tip}</title><rect class="${tileClass(q)}" x="${x}" y="${y}" width="${width}" height="${TILE_HEIGHT}" rx="3"/><text class="chart-label" x="${x + width / 2}" y="${y + 22}" text-anchor="middle" font-size="16" font-weight="700">${tile.code}</text><text class="chart-value" x="${x + width / 2}" y="${y + 40}" text-anchor="middle" font-size="11">${valueText}</text>`;
    return tile.href ? svg`<a href="${safeHref(tile.href)}">${content}</a>` : svg`<g>${content}</g>`;
  });

  const t = opts.thresholds.map((v) => formatValue(v));
  const ranges = [`< ${t[0]}`, `${t[0]}–${t[1]}`, `${t[1]}–${t[2]}`, `${t[2]}–${t[3]}`, `≥ ${t[3]}`];
  const swatch = (className: string) => (cx: number, cy: number) =>
    svg`<rect class="${className}" x="${cx - SWATCH / 2}" y="${cy - SWATCH / 2}" width="${SWATCH}" height="${SWATCH}" rx="2"/>`;
  const items: LegendItem[] = ranges.map((text, q) => ({ key: swatch(tileClass(q)), text }));
  items.push({ key: swatch(tileClass(null)), text: `${labels.notAvailable} (${labels.notCovered})` });
  const gridBottom = PAD + gridRows * (TILE_HEIGHT + GAP);
  const key = legend(items, PAD, gridBottom + 6, base.width);

  return chartFrame(
    { base, kind: 'tile-grid', height: gridBottom + 6 + key.height + 6, hasLinks: tiles.some((tile) => tile.href) },
    [...cells, key.markup],
  );
}
