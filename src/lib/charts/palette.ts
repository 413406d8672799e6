import { svg, type SafeSvg } from './svg.ts';
import { SYMBOL_PATHS } from './symbolPaths.ts';

/** A marker's shape, as d3 names its symbols. */
export type SymbolName = 'circle' | 'square' | 'diamond' | 'triangle' | 'cross' | 'star';

export const SERIES_SYMBOLS: readonly SymbolName[] = ['circle', 'square', 'diamond', 'triangle', 'cross', 'star'];

export const MAX_SERIES = SERIES_SYMBOLS.length;

export const TILE_CLASS_COUNT = 5;

export function seriesClass(index: number): string {
  return `chart-series-${index}`;
}

export function tileClass(quantile: number | null): string {
  return quantile === null ? 'chart-tile chart-tile--missing' : `chart-tile chart-tile--q${quantile}`;
}

function symbolPath(type: SymbolName, area: number): string {
  const path = SYMBOL_PATHS[`${type} ${area}`];
  if (path === undefined) throw new Error(`no marker path for the symbol "${type}" at area ${area}: add it to src/lib/charts/symbolPaths.ts (test/unit/charts/symbolPaths.test.ts prints it)`);
  return path;
}

export function marker(type: SymbolName, area: number, x: number, y: number, className: string, title?: string): SafeSvg {
  const tooltip = title === undefined ? '' : svg`<title>${title}</title>`;
  return svg`<path class="${className}" transform="translate(${x},${y})" d="${symbolPath(type, area)}">${tooltip}</path>`;
}
