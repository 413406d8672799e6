import type { DataIssue } from './issues.ts';

/** How many problems of one kind are listed per file before the rest are counted. */
const SHOWN_PER_KIND = 10;

/** The message with its quoted values, numbers and codes blanked: problems of one kind share it. */
function kindOf(issue: DataIssue): string {
  const template = issue.message
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\d+(\.\d+)?/g, '0')
    .replace(/\b[A-Z]{2,4}\b/g, 'X');
  return `${issue.file}\u0000${template}`;
}

interface Kind {
  kept: number;
  more: number;
  first?: number;
  last?: number;
  /** The last problem of the kind that is listed: the count of the others follows it. */
  after: DataIssue;
}

/**
 * Collects problems one at a time, keeping the first `perKind` of each kind in each file and only
 * counting the rest, so a file with a million bad rows costs a few counters, not a million messages.
 */
export class IssueLimiter {
  private readonly kinds = new Map<string, Kind>();
  private readonly kept: DataIssue[] = [];
  private readonly perKind: number;
  constructor(perKind = SHOWN_PER_KIND) {
    this.perKind = perKind;
  }

  /** How many problems were added, kept or not. */
  count = 0;

  add = (issue: DataIssue): void => {
    this.count++;
    const key = kindOf(issue);
    const kind = this.kinds.get(key);
    if (!kind) {
      this.kinds.set(key, { kept: 1, more: 0, after: issue });
      this.kept.push(issue);
    } else if (kind.kept < this.perKind) {
      kind.kept++;
      kind.after = issue;
      this.kept.push(issue);
    } else {
      kind.more++;
      if (issue.line !== undefined) {
        kind.first = Math.min(kind.first ?? issue.line, issue.line);
        kind.last = Math.max(kind.last ?? issue.line, issue.line);
      }
    }
  };

  /** The problems kept, by line (file-wide ones first), each kind's "and N more like this" after its last one. */
  issues(): DataIssue[] {
    const summaries = new Map<DataIssue, DataIssue>();
    for (const kind of this.kinds.values()) {
      if (kind.more === 0) continue;
      const lines = kind.first === undefined ? '' : kind.first === kind.last ? ` (line ${kind.first})` : ` (lines ${kind.first} to ${kind.last})`;
      summaries.set(kind.after, { file: kind.after.file, message: `and ${kind.more} more like this${lines}`, more: kind.more });
    }
    const sorted = this.kept.map((issue, i) => ({ issue, i })).sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.i - b.i);
    return sorted.flatMap(({ issue }) => {
      const summary = summaries.get(issue);
      return summary ? [issue, summary] : [issue];
    });
  }
}
