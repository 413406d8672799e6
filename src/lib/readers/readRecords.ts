import type { CsvSource } from '../csv/readCsv.ts';
import type { DataIssue } from '../issues.ts';
import type { Layout } from '../manifest/schema.ts';
import { readCoded } from './readCoded.ts';
import { readLong } from './readLong.ts';
import { readWide } from './readWide.ts';
import type { RawRecord } from './types.ts';

/**
 * Reads a parsed CSV table in the layout its manifest entry declares. `other` and `ignore` name wide
 * columns that are not scores: read (printed ranks, changes) or skipped; long layouts read every row.
 */
export function readRecords(table: CsvSource, layout: Layout, other: readonly string[] = [], ignore: readonly string[] = []): { records: RawRecord[]; issues: DataIssue[] } {
  switch (layout.type) {
    case 'long':
      return readLong(table, layout);
    case 'wide':
      return readWide(table, layout, other, ignore);
    case 'sdmx':
    case 'oecd-stat':
      return readCoded(table, layout, other);
  }
}
