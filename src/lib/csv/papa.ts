import Papa from 'papaparse';

export const COMMA = ',';

/** The row object papaparse's parser hands to `step` and returns: one row in `data` when stepping. */
export interface PapaResult {
  data: string[][];
  errors: Papa.ParseError[];
  meta: { cursor: number };
}

/**
 * papaparse's own parser (`Papa.Parser`, what `Papa.parse` runs on each chunk) on comma-separated text.
 * Used directly because `Papa.parse` drops a leading U+FEFF from every string it is given, which would
 * shift offsets when a window of the file starts with one, and because it reads a window while leaving
 * out its unfinished last row (`parse(text, 0, true)`).
 */
export function papaParser(newline: string, step?: (result: PapaResult) => void): Papa.Parser {
  return new Papa.Parser({ delimiter: COMMA, newline: newline as Papa.ParseConfig['newline'], quoteChar: '"', ...(step ? { step } : {}) });
}

/** The cells of the first row of `text`. */
export function firstRow(text: string, newline: string): string[] {
  const parsed = papaParser(newline).parse(text, 0, false) as PapaResult;
  return parsed.data[0] ?? [''];
}
