import { csvCell } from './csvCell.ts';
import { observationColumns } from './downloadSchema.ts';
import type { ObservationRow } from './observationRows.ts';

/** CSV text (header + rows, CRLF-free, trailing newline) of observation rows. */
export function renderObservationsCsv(rows: readonly ObservationRow[]): string {
  const lines = [observationColumns.join(',')];
  for (const row of rows) lines.push(observationColumns.map((column) => csvCell(row[column])).join(','));
  return `${lines.join('\n')}\n`;
}
