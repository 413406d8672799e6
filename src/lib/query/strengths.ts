import type { DataIndex } from './dataIndex.ts';

export interface Gap {
  indicator: string;
  value: number;
  average: number;
  gap: number;
}

/**
 * The country's dimensions (and sub-pillars) ordered by gap to the OECD average, largest surplus
 * first; indicators without a score or an average are left out.
 */
export function gapsToAverage(data: DataIndex, iso3: string, index: string, edition: string): Gap[] {
  const definition = data.index(index);
  if (!definition) return [];
  const gaps: Gap[] = [];
  for (const indicator of definition.indicators) {
    if (indicator.level !== 'dimension') continue;
    const o = data.observation(index, edition, iso3, indicator.id);
    const average = data.stats(index, edition, indicator.id)?.average;
    if (!o || average === null || average === undefined) continue;
    gaps.push({ indicator: indicator.id, value: o.value, average, gap: o.value - average });
  }
  return gaps.sort((a, b) => b.gap - a.gap || a.indicator.localeCompare(b.indicator));
}
