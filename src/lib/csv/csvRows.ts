import { lineEnds, type LineEnds } from './lineEnds.ts';
import { COMMA, firstRow, papaParser, type PapaResult } from './papa.ts';

/** One record of the file: its cells, or the problem that kept it from being read. */
interface Parsed {
  /** 1-based line in the file where the row starts. */
  line: number;
  cells: string[];
  /** Set when the row could not be read; its cells are then left empty. */
  problem?: string;
}

/** Characters handed to papaparse at a time: rows are yielded window by window, so no copy of the whole table is kept. */
const WINDOW = 1 << 16;

/**
 * Splits CSV text (RFC 4180: comma-separated, `"` quoting with doubled quotes inside) into rows, each with
 * the file line it starts on. papaparse does the splitting; around it this adds what it lacks: CRLF, LF
 * and lone CR all end a line, mixed in one file too (see lineEnds.ts); a line end inside quotes stays part
 * of the cell; line numbers; and a quoting slip that stays bounded to its row (papaparse would run on
 * looking for a closing quote and swallow the rows after it; here reading starts again on the next line).
 * `window` is the number of characters parsed at a time (a row longer than that is read whole); tests set it small.
 */
export function* csvRows(text: string, window = WINDOW): Generator<Parsed> {
  const ends = lineEnds(text);
  const { body, newline } = ends;
  const n = body.length;
  const share = sharer();
  let pos = 0;
  let line = 1;
  let size = window;
  while (pos < n) {
    const end = Math.min(n, pos + size);
    const last = end === n;
    const found: Parsed[] = [];
    let next = pos;
    let nextLine = line;
    const parser = papaParser(newline, (result) => {
      const rowEnd = pos + result.meta.cursor;
      const start = next;
      const error = result.errors[0];
      if (error) {
        const bad = badRow(ends, start, nextLine, pos + (error.index ?? 0), error.code === 'MissingQuotes');
        found.push(bad.row);
        next = bad.resume;
        nextLine = bad.resumeLine;
        parser.abort();
        return;
      }
      const lines = count(body, newline, start, rowEnd);
      const terminated = rowEnd > start && body.startsWith(newline, rowEnd - newline.length);
      const cells = ends.original && lines > (terminated ? 1 : 0) ? ends.original(start, terminated ? rowEnd - newline.length : rowEnd) : result.data[0]!;
      for (let i = 0; i < cells.length; i++) cells[i] = share(cells[i]!);
      found.push({ line: nextLine, cells });
      next = rowEnd;
      nextLine += lines;
    });
    // Before the last window, papaparse leaves out the row running past the window's end (read with the next window).
    const rest = parser.parse(body.slice(pos, end), 0, !last) as PapaResult;
    if (next === pos && !last) {
      // No whole row in the window: a slip in the quotes ends the row here; else the row is long, so look further.
      const slip = rest.errors.find((error) => error.code === 'InvalidQuotes');
      const bad = slip && badRow(ends, pos, line, pos + (slip.index ?? 0), false);
      if (bad && isSlip(body, newline, bad.quote)) {
        found.push(bad.row);
        next = bad.resume;
        nextLine = bad.resumeLine;
      } else {
        size *= 2;
        continue;
      }
    }
    yield* found;
    if (next <= pos) break; // cannot happen: every window moves on
    pos = next;
    line = nextLine;
    size = window;
  }
}

/** The number of line ends in `body` from `from` up to `to`. */
function count(body: string, newline: string, from: number, to: number): number {
  let k = 0;
  // Stops at `to` without looking for the next line end beyond it (that would read the next row too).
  for (let i = from; i < to; i += newline.length) {
    i = body.indexOf(newline, i);
    if (i === -1 || i >= to) break;
    k++;
  }
  return k;
}

/** True when the quote at `quote` is followed by text before the next comma or line end (papaparse allows spaces). */
function isSlip(body: string, newline: string, quote: number): boolean {
  return junkAfter(body, newline, quote).trim() !== '';
}

/** The text after the quote at `quote`, up to the next comma, line end or the end of the text. */
function junkAfter(body: string, newline: string, quote: number): string {
  const comma = body.indexOf(COMMA, quote + 1);
  const eol = body.indexOf(newline, quote + 1);
  const stop = Math.min(comma === -1 ? body.length : comma, eol === -1 ? body.length : eol);
  return body.slice(quote + 1, stop);
}

/**
 * The problem of the row starting at `start` whose quoted cell opens just before `content`: a quote never
 * closed, or a closing quote followed by text. Reading starts again on the line after that quote.
 */
function badRow(ends: LineEnds, start: number, line: number, content: number, unclosed: boolean) {
  const { body, newline } = ends;
  const opened = line + count(body, newline, start, content);
  let quote = content;
  for (;;) {
    quote = body.indexOf('"', quote);
    if (quote === -1 || body[quote + 1] !== '"') break;
    quote += 2;
  }
  if (unclosed || quote === -1) {
    const problem = `a quoted cell opened on line ${opened} is never closed; check its quotes`;
    return { row: { line, cells: [], problem }, resume: body.length, resumeLine: line, quote: body.length };
  }
  const closed = opened + count(body, newline, content, quote);
  const prefix = body.slice(start, content - 1);
  const cell = prefix === '' ? 1 : firstRow(prefix, newline).length;
  const problem =
    closed > opened
      ? `the quoted cell ${cell} opened on line ${opened} runs on to line ${closed}, so a quote is missing or extra; check its quotes`
      : `text ${JSON.stringify(junkAfter(body, newline, quote).slice(0, 20))} follows the closing quote of cell ${cell}; put the whole cell in quotes and double any quote inside it ("")`;
  const eol = body.indexOf(newline, quote);
  return { row: { line, cells: [], problem }, resume: eol === -1 ? body.length : eol + newline.length, resumeLine: closed + (eol === -1 ? 0 : 1), quote };
}

/** Exports repeat the same short cells (codes, years, variable names) on every row: share one string each. */
function sharer(): (cell: string) => string {
  const common = new Map<string, string>();
  return (cell) => {
    if (cell.length > 24) return cell;
    const known = common.get(cell);
    if (known !== undefined) return known;
    if (common.size < 100_000) common.set(cell, cell);
    return cell;
  };
}
