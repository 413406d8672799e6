/**
 * Edits of a data file's rows found by what they hold (a country and a variable, a country name), not by
 * line number, so a correction elsewhere in the real data does not move a test's target. Each edit gives
 * back the 1-based file line of the row, which the test puts in the message it expects.
 */

/** Which row: header column name → cell text (without quotes). */
export type RowKey = Record<string, string>;

const EOL = /\r?$/;
/** Cells of a line as written; the data files put no comma inside a cell. */
const rawCells = (line: string): string[] => line.replace(EOL, '').split(',');
const bare = (cell: string): string => cell.replace(/^\uFEFF/, '').replace(/^"(.*)"$/, '$1');

/** Rewrites every row matching `key`; `edit` gets the raw cells and the header's names, returns the new cells. */
export function editRows(text: string, key: RowKey, edit: (cells: string[], header: string[]) => string[]): { text: string; lines: number[] } {
  const lines = text.split('\n');
  const header = rawCells(lines[0] ?? '').map(bare);
  const columns = Object.entries(key).map(([name, value]) => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`test set-up: no column ${JSON.stringify(name)} in the header ${JSON.stringify(header)}`);
    return [at, value] as const;
  });
  const found: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = rawCells(lines[i]!);
    if (lines[i] === '' || !columns.every(([at, value]) => bare(cells[at] ?? '') === value)) continue;
    const eol = lines[i]!.endsWith('\r') ? '\r' : '';
    lines[i] = edit(cells, header).join(',') + eol;
    found.push(i + 1);
  }
  if (found.length === 0) throw new Error(`test set-up: no row has ${JSON.stringify(key)}`);
  return { text: lines.join('\n'), lines: found };
}

/** Like editRows, for a key that names exactly one row; returns its line. */
export function editRow(text: string, key: RowKey, edit: (cells: string[], header: string[]) => string[]): { text: string; line: number } {
  const result = editRows(text, key, edit);
  if (result.lines.length !== 1) throw new Error(`test set-up: ${JSON.stringify(key)} is on ${result.lines.length} rows (${result.lines.join(', ')})`);
  return { text: result.text, line: result.lines[0]! };
}

/** Sets the cell of `column` in the one row matching `key` to `raw` (written as is), or to what `raw` makes of the old cell. */
export function setCell(text: string, key: RowKey, column: string, raw: string | ((old: string) => string)): { text: string; line: number } {
  return editRow(text, key, (cells, header) => {
    const at = header.indexOf(column);
    if (at < 0) throw new Error(`test set-up: no column ${JSON.stringify(column)} in the header ${JSON.stringify(header)}`);
    return cells.map((cell, i) => (i === at ? (typeof raw === 'string' ? raw : raw(cell)) : cell));
  });
}

/** The 1-based line of the one row matching `key`. */
export function lineOf(text: string, key: RowKey): number {
  return editRow(text, key, (cells) => cells).line;
}

/** Replaces `from` with `to` in the header (line 1); throws if the header does not hold `from`. */
export function replaceInHeader(text: string, from: string, to: string): string {
  const end = text.indexOf('\n');
  const header = end < 0 ? text : text.slice(0, end);
  if (!header.includes(from)) throw new Error(`test set-up: the header does not contain ${JSON.stringify(from)}: ${JSON.stringify(header)}`);
  return header.replace(from, to) + (end < 0 ? '' : text.slice(end));
}
