import { isOecdMember } from '../countries/membership.ts';
import { formatRank } from '../i18n/format.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import type { Edition } from '../model/types.ts';
import type { DataIndex } from '../query/dataIndex.ts';

/** "not covered in DGI 2023": what an MDX figure says where the edition has no value for the country. */
export function notCoveredText(data: DataIndex, edition: Edition, lang: Lang): string {
  const index = data.index(edition.index);
  return translate(lang, 'figure.notCovered', { index: index?.shortLabel[lang] ?? edition.index, edition: edition.edition });
}

/**
 * The rank an MDX `<Rank>` shows, saying what is true where there is none: not covered in that edition
 * (not stated, in a partial edition), not ranked because the edition is partial, not ranked as a non-member (only where the edition ranks OECD members and the country is not one),
 * or not ranked.
 */
export function rankText(data: DataIndex, edition: Edition, iso3: string, indicator: string, lang: Lang): string {
  const o = data.observation(edition.index, edition.edition, iso3, indicator);
  if (!o) return edition.status === 'partial' ? translate(lang, 'country.notStated') : notCoveredText(data, edition, lang);
  if (edition.status === 'partial') return translate(lang, 'country.notRankedPartial');
  if (o.rank !== null && o.rankedOf !== null) return formatRank(o.rank, o.rankedOf, edition.rankedSet, lang);
  const nonMember = edition.rankedSet === 'oecd-members' && !isOecdMember(iso3, edition.membershipAsOf);
  return translate(lang, nonMember ? 'rank.notRanked' : 'chart.notRanked');
}
