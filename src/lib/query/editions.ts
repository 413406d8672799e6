import { isOecdMember } from '../countries/membership.ts';
import { formatNumber } from '../i18n/format.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import { decimalsFor } from '../model/levels.ts';
import type { Edition, IndicatorStats } from '../model/types.ts';
import type { DataIndex } from './dataIndex.ts';

/** Whether a country is in an edition: covered, in the (partial) edition, not taking part, or not in the data. */
export type CoverageStatus = 'covered' | 'partial' | 'notTakingPart' | 'notInData';

/** How an edition covers a country, judged from the data and the manifest. */
export function coverageStatus(data: DataIndex, edition: Edition, iso3: string): CoverageStatus {
  const has = data.requireIndex(edition.index).indicators.some((i) => data.observation(edition.index, edition.edition, iso3, i.id));
  if (has) return edition.status === 'partial' ? 'partial' : 'covered';
  // A complete edition covers every member that took part: an absent member did not.
  if (edition.notTakingPart.includes(iso3) || (edition.status === 'complete' && isOecdMember(iso3, edition.membershipAsOf))) return 'notTakingPart';
  return 'notInData';
}

/** The OECD average to show: computed in a complete edition; the OECD's printed figure in a partial one. */
export interface ShownAverage {
  value: number;
  text: string;
  printed: boolean;
}

export function shownAverage(data: DataIndex, stats: IndicatorStats | undefined, lang: Lang): ShownAverage | null {
  if (!stats) return null;
  const edition = data.requireEdition(stats.index, stats.edition);
  const decimals = decimalsFor(edition, data.requireIndex(stats.index), stats.indicator);
  if (edition.status === 'complete' && stats.average !== null) return { value: stats.average, text: formatNumber(stats.average, decimals, lang), printed: false };
  if (stats.printed) return { value: stats.printed.value, text: formatNumber(stats.printed.value, decimals, lang), printed: true };
  return null;
}

/** What the shown average is called: "OECD average, as printed by the OECD" for a printed one, else "OECD average". */
export function averageLabel(printed: boolean, lang: Lang): string {
  return translate(lang, printed ? 'country.printedAverage' : 'table.average');
}

/** The edition's label with its status: "2025 (partial edition)". */
export function editionTitle(edition: Edition, lang: Lang): string {
  return edition.status === 'partial' ? `${edition.edition} (${translate(lang, 'edition.partial')})` : edition.edition;
}

/** The range of a level's scores where it is not 0–1 (OURdata 2019 pillars: 0–1/3), for labels and shares. */
export function scaleMax(edition: Edition, level: 'composite' | 'dimension' | 'sub'): number | undefined {
  const max = edition.levels[level]?.scale?.max;
  return max !== undefined && max !== 1 ? max : undefined;
}

/** The newest complete edition of an index (ranked, every covered country whole), else the newest. */
export function latestComplete(data: DataIndex, index: string): Edition {
  const editions = data.editions(index);
  return [...editions].reverse().find((e) => e.status === 'complete') ?? editions.at(-1)!;
}
