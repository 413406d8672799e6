import type { EditionEntry } from '../manifest/schema.ts';
import type { Edition } from './types.ts';

/** Orders each index's editions by publication date and links each to its predecessor. */
export function orderEditions(entries: readonly EditionEntry[], indexOrder: readonly string[]): Edition[] {
  const editions: Edition[] = [];
  for (const index of indexOrder) {
    const own = entries
      .filter((entry) => entry.index === index)
      .sort((a, b) => a.published.localeCompare(b.published) || a.edition.localeCompare(b.edition));
    own.forEach((entry, order) => {
      const previous = own[order - 1]?.edition;
      editions.push({
        ...entry,
        order,
        membershipAsOf: entry.membershipDate ?? entry.published,
        status: entry.completeness.status,
        ...(previous !== undefined ? { previous } : {}),
      });
    });
  }
  return editions;
}
