import type { DataIndex } from './dataIndex.ts';
import type { RankedObservation } from '../model/types.ts';

/** The `count` countries whose composite in the edition is closest to the country's (ties by code). */
export function nearestPeers(data: DataIndex, iso3: string, index: string, edition: string, count = 4): RankedObservation[] {
  const own = data.observation(index, edition, iso3, 'composite');
  if (!own) return [];
  return data
    .ranking(index, edition, 'composite')
    .filter((o) => o.iso3 !== iso3)
    .map((o) => ({ o, distance: Math.abs(o.value - own.value) }))
    .sort((a, b) => a.distance - b.distance || a.o.iso3.localeCompare(b.o.iso3))
    .slice(0, count)
    .map(({ o }) => o);
}
