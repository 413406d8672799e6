import { groupFigure, groupName, capitalized } from '../groups/groupStats.ts';
import type { CountryGroup } from '../groups/schema.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import { nearestPeers } from '../query/peers.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { latestComplete } from '../query/editions.ts';
import type { Edition } from '../model/types.ts';
import { COMPARE_MAX, COMPARE_MIN } from '../shared/comparison.ts';

export interface ComparePreset {
  label: string;
  /** Lower-case ISO3 codes, as the compare URL takes them. */
  codes: string[];
}

/**
 * One-click choices on the compare page for the editions it shows (the latest complete ones by default): each
 * ranked edition's top five (a partial edition ranks nobody, so it has none), and each group small enough to
 * compare whole in the first edition shown.
 */
export function comparePresets(data: DataIndex, groups: readonly CountryGroup[], lang: Lang, editions: readonly Edition[] = data.dataset.indices.map((i) => latestComplete(data, i.id))): ComparePreset[] {
  const top = editions.filter((e) => e.status === 'complete').map((e) => {
    const index = data.requireIndex(e.index);
    const codes = data.ranking(e.index, e.edition, 'composite').filter((o) => o.rank !== null).slice(0, 5).map((o) => o.iso3.toLowerCase());
    // "(latest complete)" where a newer, partial edition exists: the reader may expect the newest.
    const newer = data.editions(e.index).at(-1)!.edition !== e.edition && latestComplete(data, e.index).edition === e.edition;
    return { label: translate(lang, newer ? 'compare.topFiveLatest' : 'compare.topFive', { index: index.shortLabel[lang], edition: e.edition }), codes };
  });
  const first = editions[0];
  if (!first) return top.filter((p) => p.codes.length >= COMPARE_MIN);
  const index = first.index;
  const edition = first.edition;
  const whole = groups
    .map((g) => ({ g, covered: groupFigure(data, g, index, edition, 'composite').covered }))
    .filter(({ covered }) => covered.length >= COMPARE_MIN && covered.length <= COMPARE_MAX)
    .map(({ g, covered }) => ({ label: capitalized(groupName(g, lang), lang), codes: covered.map((o) => o.iso3.toLowerCase()) }));
  return [...top, ...whole].filter((p) => p.codes.length >= COMPARE_MIN);
}

/** Each country's three nearest peers by composite (first index that covers it), lower-case, for the peers preset. */
export function peerTable(data: DataIndex): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const c of data.dataset.countries) {
    for (const index of data.dataset.indices) {
      const peers = nearestPeers(data, c.iso3, index.id, latestComplete(data, index.id).edition, 3);
      if (peers.length) {
        table[c.iso3.toLowerCase()] = peers.map((o) => o.iso3.toLowerCase());
        break;
      }
    }
  }
  return table;
}
