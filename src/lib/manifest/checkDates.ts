import { quote } from '../issues.ts';
import type { EditionEntry, UnheldEdition } from './schema.ts';

/** Today as YYYY-MM-DD (UTC): the default for the checks that refuse dates in the future. */
export const todayIso = (now = new Date()) => now.toISOString().slice(0, 10);

/** True when `date` (YYYY-MM or YYYY-MM-DD) names a real month or day: no month 13, no 30 February. */
export function isCalendarDate(date: string): boolean {
  const [year, month, day = 1] = date.split('-').map(Number) as [number, number, number?];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

/** True when `date` lies after `today`, compared at its own precision (a month is in the future only after it). */
export const isFuture = (date: string, today: string) => date > today.slice(0, date.length);

/**
 * The calendar rule for one date field of the manifest: a real date, not in the future (the site lists
 * what the OECD has published). Returns the message for `field`, or undefined when the date is fine.
 */
export function dateProblem(field: string, date: string, today: string, what: string): string | undefined {
  if (!isCalendarDate(date)) return `${field}: ${quote(date)} is not a date in the calendar; write a real month or day as YYYY-MM or YYYY-MM-DD, e.g. "2024-01"`;
  if (isFuture(date, today)) return `${field}: ${quote(date)} is in the future; ${what}`;
  return undefined;
}

/** Calendar and future-date problems of every date in the editions and unheld editions. */
export function checkCalendar(editions: readonly EditionEntry[], unheld: readonly UnheldEdition[], today: string): string[] {
  const published = 'give the date the OECD published it (an edition is listed once it is out; to build ahead of its publication day, set SOURCE_DATE_EPOCH, see EDITING.md)';
  return [
    ...editions.flatMap((e, i) => [
      dateProblem(`editions[${i}].published`, e.published, today, published),
      e.membershipDate === undefined ? undefined : dateProblem(`editions[${i}].membershipDate`, e.membershipDate, today, 'give the date the source took OECD membership at (the survey or publication date)'),
      e.added === undefined ? undefined : dateProblem(`editions[${i}].added`, e.added, today, 'give the day the file was added to data/ or last corrected'),
    ]),
    ...unheld.map((e, i) => dateProblem(`unheldEditions[${i}].published`, e.published, today, published)),
  ].filter((m): m is string => m !== undefined);
}

/** The year an edition is named for (`2023` in "2023" or "2023-rev"), or undefined for other labels. */
export function labelYear(label: string): number | undefined {
  const match = /^(\d{4})(?!\d)/.exec(label);
  return match ? Number(match[1]) : undefined;
}

/**
 * Date rules of the editions: an edition is not published before the year it is named for, and the
 * editions of one index come in the same order by label year as by publication date. Returns one
 * message per problem, each naming the manifest path and the fix.
 */
export function checkEditionDates(editions: readonly EditionEntry[]): string[] {
  const messages: string[] = [];
  editions.forEach((e, i) => {
    const year = labelYear(e.edition);
    const published = Number(e.published.slice(0, 4));
    if (year !== undefined && published < year) {
      messages.push(`editions[${i}].published: ${e.index} ${e.edition} is dated ${quote(e.published)}, before the year it is named for (${year}); an edition is published in or after its label year: correct "published" or "edition"`);
    }
  });
  const byIndex = new Map<string, { entry: EditionEntry; at: number }[]>();
  editions.forEach((entry, at) => {
    if (!byIndex.has(entry.index)) byIndex.set(entry.index, []);
    byIndex.get(entry.index)!.push({ entry, at });
  });
  for (const [index, own] of byIndex) {
    const labelled = own.filter((x) => labelYear(x.entry.edition) !== undefined);
    const byLabel = [...labelled].sort((a, b) => labelYear(a.entry.edition)! - labelYear(b.entry.edition)! || a.at - b.at);
    const byDate = [...labelled].sort((a, b) => a.entry.published.localeCompare(b.entry.published) || labelYear(a.entry.edition)! - labelYear(b.entry.edition)!);
    const first = byLabel.findIndex((x, k) => x !== byDate[k]);
    if (first === -1) continue;
    const show = (list: typeof own) => list.map((x) => `${x.entry.edition} (${x.entry.published})`).join(', ');
    messages.push(`editions[${byDate[first]!.at}].published: the editions of ${quote(index)} are in one order by label (${show(byLabel)}) and in another by publication date (${show(byDate)}); correct the "published" date of the edition that is out of place`);
  }
  return messages;
}
