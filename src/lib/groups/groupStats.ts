import { translate, type Lang, type MessageKey } from '../i18n/translate.ts';
import { countryName } from '../countries/registry.ts';
import { summarize } from '../model/summarize.ts';
import type { RankedObservation } from '../model/types.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { membersOn } from './parseGroups.ts';
import type { CountryGroup } from './schema.ts';

/** A group's figure in one edition: its members then, those the edition covers, and their mean. */
interface GroupFigure {
  group: CountryGroup;
  /** Members on the edition's publication month. */
  members: string[];
  /** Members' observations, best first, in the site's ranking order. */
  covered: RankedObservation[];
  /** Members the edition does not cover. */
  missing: string[];
  /** Members the edition covers whose value of this indicator the (partial) source does not state: not "not covered". */
  unstated: string[];
  /** Unweighted mean of the covered members' values; null when none is covered, and in a partial edition (no average over an incomplete set). */
  average: number | null;
}

/** A group's members in an edition: those with a value, those the edition covers without one, the others; the mean in a complete edition only. */
export function groupFigure(data: DataIndex, group: CountryGroup, index: string, edition: string, indicator: string): GroupFigure {
  const e = data.requireEdition(index, edition);
  const members = membersOn(group, e.published);
  const inGroup = new Set(members);
  const covered = data.ranking(index, edition, indicator).filter((o) => inGroup.has(o.iso3));
  const have = new Set(covered.map((o) => o.iso3));
  const inEdition = (iso3: string) => data.requireIndex(index).indicators.some((i) => data.observation(index, edition, iso3, i.id) !== undefined);
  const absent = members.filter((c) => !have.has(c));
  return {
    group,
    members,
    covered,
    missing: absent.filter((c) => !inEdition(c)),
    unstated: absent.filter(inEdition),
    average: e.status === 'partial' ? null : summarize(covered.map((o) => o.value)).mean,
  };
}

/** A member's name in `lang`: from the data, or from the country registry for a member outside it (the United States in the G7). */
export function memberName(data: DataIndex, iso3: string, lang: Lang): string {
  return data.country(iso3)?.name[lang] ?? countryName(iso3, lang);
}

/** The group's name in `lang` (catalogue key `group.{id}`). */
export function groupName(group: CountryGroup | string, lang: Lang): string {
  return translate(lang, `group.${typeof group === 'string' ? group : group.id}` as MessageKey);
}

/** The first letter in upper case, for a group name standing alone (a heading, a table cell). */
export function capitalized(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** The `data-filter` of a `<sort-table>` whose rows are countries: OECD membership, then each group. */
export function countryFilter(groups: readonly CountryGroup[], lang: Lang): string {
  return JSON.stringify({
    label: translate(lang, 'groups.filter'),
    all: translate(lang, 'groups.allCountries'),
    options: [['oecd-member', translate(lang, 'countries.members')], ['oecd-partner', translate(lang, 'countries.partners')], ...groups.map((g) => [g.id, capitalized(groupName(g, lang), lang)])],
  });
}

/** A country row's `data-groups`: its membership token and the groups it belongs to on `date`. */
export function rowGroups(groups: readonly CountryGroup[], iso3: string, oecdMember: boolean, date?: string): string {
  return [oecdMember ? 'oecd-member' : 'oecd-partner', ...groups.filter((g) => membersOn(g, date).includes(iso3)).map((g) => g.id)].join(' ');
}
