import type { DataIssue } from './issues.ts';

/** How many problems of one kind are listed per file before the rest are counted. */
export const SHOWN_PER_KIND = 10;

/** The message with its quoted values and numbers blanked: problems of one kind share it. */
export function kindOf(issue: DataIssue): string {
  return `${issue.file}\u0000${issue.message.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\d+/g, '0')}`;
}

/**
 * Keeps the first `perKind` problems of each kind in each file, in their order, and after the last one
 * kept adds "and N more like this" with the lines of the ones left out. Works in one pass and keeps
 * only counters for what it leaves out, so a file with a million bad rows stays cheap.
 */
export function limitIssues(issues: Iterable<DataIssue>, perKind = SHOWN_PER_KIND): DataIssue[] {
  const kinds = new Map<string, { shown: number; more: number; first?: number; last?: number; after: DataIssue }>();
  const kept: DataIssue[] = [];
  for (const issue of issues) {
    const key = kindOf(issue);
    const kind = kinds.get(key);
    if (!kind) {
      kinds.set(key, { shown: 1, more: 0, after: issue });
      kept.push(issue);
    } else if (kind.shown < perKind) {
      kind.shown++;
      kind.after = issue;
      kept.push(issue);
    } else {
      kind.more++;
      if (issue.line !== undefined) {
        kind.first ??= issue.line;
        kind.last = issue.line;
      }
    }
  }
  const summaries = new Map<DataIssue, DataIssue>();
  for (const kind of kinds.values()) {
    if (kind.more === 0) continue;
    const lines = kind.first === undefined ? '' : kind.first === kind.last ? ` (line ${kind.first})` : ` (lines ${kind.first} to ${kind.last})`;
    summaries.set(kind.after, { file: kind.after.file, message: `and ${kind.more} more like this${lines}` });
  }
  if (summaries.size === 0) return kept;
  return kept.flatMap((issue) => (summaries.has(issue) ? [issue, summaries.get(issue)!] : [issue]));
}
