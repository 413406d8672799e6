import { translate, type Lang, type MessageKey } from '../i18n/translate.ts';
import type { RankedObservation } from '../model/types.ts';
import type { Queries } from '../query/createQueries.ts';
import { membersOn } from './parseGroups.ts';
import type { CountryGroup } from './schema.ts';

/** A group's figure in one edition: its members then, those the edition covers, and their mean. */
export interface GroupFigure {
  group: CountryGroup;
  /** Members on the edition's publication month. */
  members: string[];
  /** Members' observations, best first, in the site's ranking order. */
  covered: RankedObservation[];
  /** Members the edition does not cover. */
  missing: string[];
  /** Unweighted mean of the covered members' values; null when none is covered. */
  average: number | null;
}

export function groupFigure(site: Queries, group: CountryGroup, index: string, edition: string, indicator: string): GroupFigure {
  const published = site.edition(index, edition)!.published;
  const members = membersOn(group, published);
  const inGroup = new Set(members);
  const covered = site.ranking(index, edition, indicator).filter((o) => inGroup.has(o.iso3));
  const have = new Set(covered.map((o) => o.iso3));
  const average = covered.length ? covered.reduce((sum, o) => sum + o.value, 0) / covered.length : null;
  return { group, members, covered, missing: members.filter((c) => !have.has(c)), average };
}

/** The group's name in `lang` (catalogue key `group.{id}`). */
export function groupName(group: CountryGroup | string, lang: Lang): string {
  return translate(lang, `group.${typeof group === 'string' ? group : group.id}` as MessageKey);
}

/** The first letter in upper case, for a group name standing alone (a heading, a table cell). */
export function capitalized(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}
