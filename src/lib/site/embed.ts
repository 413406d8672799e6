import type { Edition } from '../model/types.ts';
import type { Queries } from '../query/createQueries.ts';

/** The edition of a country's headline chart: the latest edition of the first index that covers it. */
export function headlineEdition(site: Queries, iso3: string): Edition | undefined {
  for (const index of site.dataset.indices) {
    const latest = site.coverage(iso3, index.id).at(-1);
    if (latest) return latest;
  }
  return undefined;
}
