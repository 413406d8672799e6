/** A problem found while reading the data, reported as `file:line: message`. */
export interface DataIssue {
  /** Path as the editor sees it, e.g. `data/dgi-2023.csv`. */
  file: string;
  /** 1-based file line (header = 1); omitted when the problem concerns the whole file. */
  line?: number;
  message: string;
  /** On the "and N more like this" line that stands for problems not listed (lib/limitIssues.ts): N. */
  more?: number;
}

export function formatIssue(issue: DataIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return `${where}: ${issue.message}`;
}

/** Thrown when a build input is invalid; carries every problem found, not just the first. */
export class DataValidationError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    const n = issues.length;
    super(
      `${n} problem${n === 1 ? '' : 's'} in the data:\n` + issues.map((i) => `  ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}

/** Quotes a value the way error messages show it: `"1.7"`, with long values cut. */
export function quote(value: unknown): string {
  const text = String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
