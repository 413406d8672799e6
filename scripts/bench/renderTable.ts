export interface Row {
  dataset: string;
  measure: string;
  parts?: [string, string, string, string, string];
  value: string;
  budget: string;
  status: string;
}

export function renderTable(rows: Row[]): string {
  const head: Row = { dataset: 'dataset', measure: 'measure', parts: ['HTML', 'CSS', 'JS', 'fonts', 'images'], value: 'value', budget: 'budget', status: 'status' };
  const cells = [head, ...rows].map((r) => [r.dataset, r.measure, ...(r.parts ?? ['', '', '', '', '']), r.value, r.budget, r.status]);
  const widths = cells[0]?.map((_, i) => Math.max(...cells.map((c) => c[i]?.length ?? 0))) ?? [];
  const right = new Set([2, 3, 4, 5, 6, 7]);
  const line = (c: string[]) => c.map((cell, i) => (right.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const [first = [], ...rest] = cells;
  return [line(first), rule, ...rest.map(line)].join('\n');
}
