import type { Edition } from '../model/types.ts';
import type { DataIndex } from '../query/dataIndex.ts';

/**
 * The edition of a country's headline chart: the latest edition of the first index whose latest edition
 * covers it (the profile charts only latest editions; older ones are tables).
 */
export function headlineEdition(data: DataIndex, iso3: string): Edition | undefined {
  for (const index of data.dataset.indices) {
    const latest = data.edition(index.id, 'latest');
    if (latest && data.coverage(iso3, index.id).includes(latest)) return latest;
  }
  return undefined;
}
