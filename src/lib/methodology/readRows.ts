import type { z } from 'zod';
import { readCsv } from '../csv/readCsv.ts';
import { quote, type DataIssue } from '../issues.ts';

/** A row of a methodology file, validated, with the line it starts on (header = 1). */
export type Row<T> = T & { line: number };

/**
 * Reads a methodology CSV into rows checked by `schema`: a missing column is one problem for the file, a
 * bad cell one problem with its file:line, its column and its value. Bad rows are left out.
 */
export function readRows<S extends z.ZodType>(text: string, file: string, schema: S, columns: readonly string[], issues: DataIssue[]): Row<z.infer<S>>[] {
  const { table, issues: csvIssues } = readCsv(text, file);
  issues.push(...csvIssues);
  if (!table) return [];
  const missing = columns.filter((c) => !table.header.includes(c));
  if (missing.length) {
    issues.push({ file, line: 1, message: `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((c) => quote(c)).join(', ')}; the columns are ${columns.join(', ')}` });
    return [];
  }
  const rows: Row<z.infer<S>>[] = [];
  for (const { line, cells } of table.rows) {
    const record = Object.fromEntries(table.header.map((name, i) => [name, cells[i] ?? '']));
    const parsed = schema.safeParse(record);
    if (parsed.success) rows.push({ ...(parsed.data as object), line } as Row<z.infer<S>>);
    else {
      for (const problem of parsed.error.issues) {
        const column = String(problem.path[0] ?? '');
        issues.push({ file, line, message: column ? `column ${quote(column)}: ${quote(record[column] ?? '')} ${problem.message.startsWith('is ') ? problem.message : `is not valid: ${problem.message}`}` : problem.message });
      }
    }
  }
  return rows;
}

/** `3.51%` → 3.51. */
export const percent = (text: string): number => Number(text.slice(0, -1));

/** `Strategic approach; … ; Monitoring (qualitative only, not used in scores)` → the names and the note. */
export function splitFacets(text: string): { names: string[]; use?: string } {
  const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(text);
  const names = (match ? match[1]! : text).split(';').map((s) => s.trim()).filter(Boolean);
  return match ? { names, use: match[2]!.trim() } : { names };
}

/** `38 (8/13/11/6)` or `74 (6/45/12/11) items; 21 'detailed parameters' listed`. */
export function splitCounts(text: string): { total: number; perFacet: number[]; parameters?: number } {
  const [, total, per] = /^(\d+) \(([\d/]+)\)/.exec(text)!;
  const parameters = /(\d+) 'detailed parameters'/.exec(text)?.[1];
  return { total: Number(total), perFacet: per!.split('/').map(Number), ...(parameters ? { parameters: Number(parameters) } : {}) };
}

/** `0.684; by facet 73% / 71% / 69% / 53% (dimension 68%)` → the parts, or undefined when blank. */
export function splitAverage(text: string): { score: string; perFacet: string[]; dimension?: string } | undefined {
  const match = /^([\d.]+)(?:; by facet ([^(]*?)\s*(?:\(dimension ([\d.]+%)\))?)?$/.exec(text.trim());
  if (!match) return undefined;
  return { score: match[1]!, perFacet: match[2] ? match[2].split('/').map((s) => s.trim()) : [], ...(match[3] ? { dimension: match[3] } : {}) };
}
