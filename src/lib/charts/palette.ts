import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3';
import { svg, type SafeSvg } from './svg.ts';

export const SERIES_SYMBOLS: readonly SymbolType[] = [
  symbolCircle,
  symbolSquare,
  symbolDiamond,
  symbolTriangle,
  symbolCross,
  symbolStar,
];

export const MAX_SERIES = SERIES_SYMBOLS.length;

export const TILE_CLASS_COUNT = 5;

export function seriesClass(index: number): string {
  return `chart-series-${index}`;
}

export function tileClass(quantile: number | null): string {
  return quantile === null ? 'chart-tile chart-tile--missing' : `chart-tile chart-tile--q${quantile}`;
}

/** Paths by symbol type and area: they do not depend on position, and a build draws the same few thousands of times. */
const symbolPaths = new Map<SymbolType, Map<number, string>>();

function symbolPath(type: SymbolType, area: number): string {
  let byArea = symbolPaths.get(type);
  if (!byArea) symbolPaths.set(type, (byArea = new Map()));
  let path = byArea.get(area);
  if (path === undefined) {
    path = symbol(type, area).digits(2)() ?? '';
    byArea.set(area, path);
  }
  return path;
}

export function marker(type: SymbolType, area: number, x: number, y: number, className: string, title?: string): SafeSvg {
  const tooltip = title === undefined ? '' : svg`<title>${title}</title>`;
  return svg`<path class="${className}" transform="translate(${x},${y})" d="${symbolPath(type, area)}">${tooltip}</path>`;
}
