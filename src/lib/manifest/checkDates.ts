import { quote } from '../issues.ts';
import type { EditionEntry } from './schema.ts';

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
