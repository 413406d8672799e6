import { capitalized, groupName, memberName } from '../groups/groupStats.ts';
import { groupsOf, membersOn } from '../groups/parseGroups.ts';
import { formatNumber, formatOrdinal } from '../i18n/format.ts';
import { translate } from '../i18n/translate.ts';
import type { Link, PageContext } from './context.ts';
import { coverageWord, scoreCell } from '../statements/cells.ts';
import { stateGroup } from '../statements/groups.ts';
import { statementsOf } from '../statements/stateFigure.ts';
import type { CoverageCode } from '../statements/types.ts';
import { sitePath } from '../urls/paths.ts';
import { latestComplete } from '../query/editions.ts';

/** Groups with more members than this show the country's place in words, not a table. */
const GROUP_TABLE_MAX = 8;

interface GroupPeerRow {
  name: string;
  /** The profiled country itself, highlighted and not linked. */
  self: boolean;
  /** The member's profile; absent for a member outside the data (the United States in the G7). */
  href?: string;
  /** Per index: "0.83 (2nd)" or "not covered". */
  cells: string[];
}

/** "Denmark among the Nordic countries": a table of the members, or the country's place in words for a large group. */
export interface GroupPeersView {
  id: string;
  heading: string;
  /** "DGI 2023" per index, the latest complete edition of each. */
  columns: string[];
  /** The members with their figures, for a group of at most GROUP_TABLE_MAX. */
  table?: { rows: GroupPeerRow[]; averages: string[] };
  /** Per index, the country's place in the group, for a larger group. */
  places?: string[];
  compare: Link;
}

/** The country's place in each of its groups (with more than one member covered), latest complete edition of each index. */
export function groupPeersView(ctx: PageContext, iso3: string): GroupPeersView[] {
  const { data, groups, lang } = ctx;
  const country = data.requireCountry(iso3);
  const statements = statementsOf(data);
  const latest = data.dataset.indices.map((index) => ({ index, edition: latestComplete(data, index.id) }));
  return groupsOf(groups, iso3)
    .map((group) => {
      const figures = latest.map(({ index, edition }) => {
        const members = membersOn(group, edition.published);
        return { label: `${index.shortLabel[lang]} ${edition.edition}`, members, statement: stateGroup(statements, index.id, edition.edition, 'composite', members) };
      });
      return { group, figures, members: [...new Set(figures.flatMap((f) => f.members))] };
    })
    .filter((g) => g.figures.some((f) => f.statement.stated.length > 1))
    .map(({ group, figures, members }) => {
      const average = (f: (typeof figures)[number]) => (f.statement.average === null ? undefined : formatNumber(f.statement.average.value, f.statement.average.decimals, lang));
      const member = (f: (typeof figures)[number], code: string) => f.statement.stated.find((m) => m.statement.iso3 === code);
      const why = (f: (typeof figures)[number], code: string) => {
        const entry = Object.entries(f.statement.without).find(([, codes]) => codes.includes(code));
        return entry ? coverageWord(entry[0] as Exclude<CoverageCode, 'stated'>, lang) : '–';
      };
      const view: GroupPeersView = {
        id: group.id,
        heading: translate(lang, 'groups.peers', { country: country.name[lang], group: groupName(group, lang) }),
        columns: figures.map((f) => f.label),
        compare: { href: ctx.href(sitePath.group(group.id)), text: capitalized(translate(lang, 'groups.compareLink', { group: groupName(group, lang) }), lang) },
      };
      if (members.length <= GROUP_TABLE_MAX) {
        view.table = {
          rows: members.map((code) => ({
            name: memberName(data, code, lang),
            self: code === iso3,
            ...(code !== iso3 && data.country(code) ? { href: ctx.href(sitePath.country(code)) } : {}),
            cells: figures.map((f) => {
              const m = member(f, code);
              return m ? `${scoreCell(m.statement, lang)} (${formatOrdinal(m.place, lang)})` : why(f, code);
            }),
          })),
          averages: figures.map((f) => average(f) ?? '–'),
        };
      } else {
        view.places = figures.map((f) => {
          const m = member(f, iso3);
          const place = m ? translate(lang, 'groups.placeInGroup', { rank: formatOrdinal(m.place, lang), covered: f.statement.stated.length, members: f.members.length }) : why(f, iso3);
          const mean = average(f);
          return `${f.label}: ${place}${mean === undefined ? '' : ` · ${translate(lang, 'groups.average')} ${mean}`}`;
        });
      }
      return view;
    });
}
