/**
 * The markers' outlines, by symbol and area: the paths d3's `symbol(type, area).digits(2)()` draws, written
 * out so that the charts the browser draws (the comparison) ship without d3-shape. A test checks each against
 * d3 (test/unit/charts/symbolPaths.test.ts); a new size or symbol goes here, with the path that test prints.
 */
export const SYMBOL_PATHS: Readonly<Record<string, string>> = {
  'circle 80': 'M5.05,0A5.05,5.05,0,1,1,-5.05,0A5.05,5.05,0,1,1,5.05,0',
  'diamond 90': 'M0,-8.83L5.1,0L0,8.83L-5.1,0Z',
  'diamond 48': 'M0,-6.45L3.72,0L0,6.45L-3.72,0Z',
  'circle 72': 'M4.79,0A4.79,4.79,0,1,1,-4.79,0A4.79,4.79,0,1,1,4.79,0',
  'square 72': 'M-4.24,-4.24h8.49v8.49h-8.49Z',
  'diamond 72': 'M0,-7.9L4.56,0L0,7.9L-4.56,0Z',
  'triangle 72': 'M0,-7.44L6.45,3.72L-6.45,3.72Z',
  'cross 72': 'M-5.69,-1.9L-1.9,-1.9L-1.9,-5.69L1.9,-5.69L1.9,-1.9L5.69,-1.9L5.69,1.9L1.9,1.9L1.9,5.69L-1.9,5.69L-1.9,1.9L-5.69,1.9Z',
  'star 72': 'M0,-8.01L1.8,-2.47L7.62,-2.47L2.91,0.95L4.71,6.48L0,3.06L-4.71,6.48L-2.91,0.95L-7.62,-2.47L-1.8,-2.47Z',
};
