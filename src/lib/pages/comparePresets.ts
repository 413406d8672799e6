import { groupFigure, groupName, capitalized } from '../groups/groupStats.ts';
import type { CountryGroup } from '../groups/schema.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import { nearestPeers } from '../query/peers.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { latestComplete } from '../query/editions.ts';
import { COMPARE_MAX, COMPARE_MIN } from '../shared/comparison.ts';

export interface ComparePreset {
  label: string;
  /** Lower-case ISO3 codes, as the compare URL takes them. */
  codes: string[];
}

/** One-click choices on the compare page: each index's top five, and each group small enough to compare whole. */
export function comparePresets(site: DataIndex, groups: readonly CountryGroup[], lang: Lang): ComparePreset[] {
  const top = site.dataset.indices.map((index) => {
    const edition = latestComplete(site, index.id);
    const codes = site.ranking(index.id, edition.edition, 'composite').slice(0, 5).map((o) => o.iso3.toLowerCase());
    return { label: translate(lang, 'compare.topFive', { index: index.shortLabel[lang], edition: edition.edition }), codes };
  });
  const index = site.dataset.indices[0]!.id;
  const edition = latestComplete(site, index).edition;
  const whole = groups
    .map((g) => ({ g, covered: groupFigure(site, g, index, edition, 'composite').covered }))
    .filter(({ covered }) => covered.length >= COMPARE_MIN && covered.length <= COMPARE_MAX)
    .map(({ g, covered }) => ({ label: capitalized(groupName(g, lang), lang), codes: covered.map((o) => o.iso3.toLowerCase()) }));
  return [...top, ...whole].filter((p) => p.codes.length >= COMPARE_MIN);
}

/** Each country's three nearest peers by composite (first index that covers it), lower-case, for the peers preset. */
export function peerTable(site: DataIndex): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const c of site.dataset.countries) {
    for (const index of site.dataset.indices) {
      const peers = nearestPeers(site, c.iso3, index.id, latestComplete(site, index.id).edition, 3);
      if (peers.length) {
        table[c.iso3.toLowerCase()] = peers.map((o) => o.iso3.toLowerCase());
        break;
      }
    }
  }
  return table;
}
