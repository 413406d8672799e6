import { firstRow } from './papa.ts';

/** The text as papaparse reads it: papaparse takes one kind of line end per file. */
export interface LineEnds {
  body: string;
  newline: '\n' | '\r\n' | '\r';
  /**
   * Set when the file mixes line ends (so `body` has them all as LF): the cells of the row at
   * `body[from, to)`, read again from the text as written, so line ends inside quoted cells stay as they were.
   */
  original?: (from: number, to: number) => string[];
}

/** A lone CR, or an LF without its CR: a file holding one also holds another kind, or mixes them. */
const LONE = /\r(?!\n)|(?<!\r)\n/;

/**
 * Picks papaparse's `newline` for the text. A file with one kind of line end (LF, CRLF or CR) is read as
 * it is. A file mixing them (an export edited in another program) is read with every line end turned into
 * LF, which keeps the count of lines; the few rows with a line end inside a quoted cell are read again
 * from the text as written (`original`).
 */
export function lineEnds(text: string): LineEnds {
  if (!text.includes('\r')) return { body: text, newline: '\n' };
  if (!text.includes('\n')) return { body: text, newline: '\r' };
  if (!LONE.test(text)) return { body: text, newline: '\r\n' };
  // Where a CRLF became LF, as offsets in the new text: an offset there moves on by the pairs before it.
  const pairs: number[] = [];
  const body = text.replace(/\r\n?/g, (end: string, at: number) => {
    if (end.length === 2) pairs.push(at - pairs.length);
    return '\n';
  });
  const written = (offset: number) => {
    let low = 0;
    let high = pairs.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (pairs[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return offset + low;
  };
  return {
    body,
    newline: '\n',
    original: (from, to) => firstRow(text.slice(written(from), written(to)), '\n'),
  };
}
