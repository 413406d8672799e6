import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from 'd3';
import { describe, expect, it } from 'vitest';
import { marker, type SymbolName } from '../../../src/lib/charts/palette.ts';
import { SYMBOL_PATHS } from '../../../src/lib/charts/symbolPaths.ts';

const D3 = { circle: symbolCircle, square: symbolSquare, diamond: symbolDiamond, triangle: symbolTriangle, cross: symbolCross, star: symbolStar };

describe('the written-out marker paths', () => {
  it.each(Object.entries(SYMBOL_PATHS))('%s is the path d3 draws', (key, path) => {
    const [name, area] = key.split(' ') as [SymbolName, string];
    expect(path).toBe(symbol(D3[name], Number(area)).digits(2)());
  });

  it('a marker of a size not written out is refused with the fix', () => {
    expect(() => marker('star', 10, 0, 0, 'x')).toThrow(/no marker path for the symbol "star" at area 10: add it to src\/lib\/charts\/symbolPaths.ts/);
  });
});
