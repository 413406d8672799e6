import { isCountryCode } from '../countries/registry.ts';
import { parseWithFriendlyErrors } from '../friendly-errors.ts';
import { quote, type DataIssue } from '../issues.ts';
import { dateProblem, todayIso } from '../manifest/checkDates.ts';
import { readJson } from '../manifest/readJson.ts';
import { groupsFileSchema, type CountryGroup } from './schema.ts';

/** 1-based line of the first `"needle"` at or after the line holding `"after"` (1 when absent). */
function lineOf(text: string, needle: string, after?: string): number {
  const start = after === undefined ? 0 : Math.max(0, text.indexOf(`"${after}"`));
  const at = text.indexOf(`"${needle}"`, start);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/**
 * Parses `groups.json`: no key given twice, the schema, known country codes, no repeats, real dates not
 * after `today` (YYYY-MM-DD), and `from` before `until`.
 */
export function parseGroups(text: string, file: string, today = todayIso()): { groups: CountryGroup[]; issues: DataIssue[] } {
  const read = readJson(text, file);
  if (read.issues.length) return { groups: [], issues: read.issues };
  const parsed = parseWithFriendlyErrors(groupsFileSchema, read.json, file);
  if (!parsed.ok) return { groups: [], issues: parsed.issues };
  const issues: DataIssue[] = [];
  const seenGroups = new Set<string>();
  const groups = parsed.data.groups.map((g, i): CountryGroup => {
    if (seenGroups.has(g.id)) issues.push({ file, line: lineOf(text, g.id, g.id), message: `groups[${i}].id: group ${quote(g.id)} is declared twice; keep one` });
    seenGroups.add(g.id);
    const members = g.members.map((m) => (typeof m === 'string' ? { iso3: m } : m));
    const seen = new Set<string>();
    members.forEach((m, j) => {
      const where = { file, line: lineOf(text, m.iso3, g.id) };
      if (!isCountryCode(m.iso3)) issues.push({ ...where, message: `groups[${i}].members[${j}]: ${quote(m.iso3)} is not an ISO 3166-1 alpha-3 country code; fix the code` });
      if (seen.has(m.iso3)) issues.push({ ...where, message: `groups[${i}].members[${j}]: ${quote(m.iso3)} is listed twice in ${quote(g.id)}; keep one entry` });
      seen.add(m.iso3);
      for (const field of ['from', 'until'] as const) {
        const date = m[field];
        const problem = date === undefined ? undefined : dateProblem(`groups[${i}].members[${j}].${field}`, date, today, `a membership is recorded once it has begun or ended: remove the date until then`);
        if (problem) issues.push({ ...where, message: problem.replace('as YYYY-MM or YYYY-MM-DD, e.g. "2024-01"', 'as YYYY-MM-DD, e.g. "2004-05-01"') });
      }
      if (m.from && m.until && m.until < m.from) issues.push({ ...where, message: `groups[${i}].members[${j}]: ${quote(m.iso3)} leaves (${m.until}) before it joins (${m.from}); swap or fix the dates` });
    });
    return { id: g.id, source: g.source, members };
  });
  return { groups: issues.length ? [] : groups, issues };
}

/** `date` (YYYY-MM, a month meaning its last day, or YYYY-MM-DD) as a day. */
const dayOf = (date: string) => (date.length === 7 ? `${date}-31` : date);

/** The group's members on `date` (none given: today's members, i.e. those with no end date), in file order. */
export function membersOn(group: CountryGroup, date?: string): string[] {
  return group.members
    .filter((m) => (date === undefined ? m.until === undefined : (m.from === undefined || m.from <= dayOf(date)) && (m.until === undefined || m.until >= dayOf(date))))
    .map((m) => m.iso3);
}

/** The groups `iso3` belongs to on `date`. */
export function groupsOf(groups: readonly CountryGroup[], iso3: string, date?: string): CountryGroup[] {
  return groups.filter((g) => membersOn(g, date).includes(iso3));
}
