import { capitalized, groupName, memberName } from '../groups/groupStats.ts';
import { membersOn } from '../groups/parseGroups.ts';
import { formatNumber, titled } from '../i18n/format.ts';
import { signedNumber } from '../i18n/phrases.ts';
import { translate } from '../i18n/translate.ts';
import { averageCell, coverageWord } from '../statements/cells.ts';
import { stateGroup } from '../statements/groups.ts';
import { statementsOf } from '../statements/stateFigure.ts';
import type { CoverageCode } from '../statements/types.ts';
import { averageLabel } from '../query/editions.ts';
import { sitePath } from '../urls/paths.ts';
import { type Link, type PageContext } from './context.ts';
import { chartId } from './figures.ts';

/** Each country group's average of one indicator in one edition, against the OECD average. */
export interface GroupAveragesView {
  /** The section's id, naming its edition (`dgi-groups-2023`). */
  id: string;
  /** The heading where the table is one of several editions': "Group averages: DGI 2019". */
  editionTitle: string;
  /** "Unweighted averages of the members covered by DGI 2023…", or why a partial edition has none. */
  intro: string;
  /** "Members covered", or in a partial edition "Members with a value stated". */
  coveredHeader: string;
  rows: {
    group: Link;
    /** The group's mean; "–" in a partial edition (no average over an incomplete set). */
    average: string;
    /** Gap to the OECD average, signed. */
    vsOecd: string;
    /** "5 of 7": members with a value of the members then. */
    covered: string;
    /** The members without a value, by why, where a few are missing ("Not stated in the source: Bulgaria"). */
    missing?: string;
  }[];
  /** The OECD average the edition's statements say (computed, or as printed in a partial edition). */
  oecd: string;
  /** "OECD average", or "OECD average, as printed by the OECD". */
  oecdLabel: string;
}

/** "; " between the parts of a list that hold commas; French puts a narrow no-break space before it. */
const semicolon = (lang: string) => (lang === 'fr' ? '\u202f; ' : '; ');

/**
 * Undefined when no group has members on the edition's date. The section's id (its permalink) is `place`
 * followed by the edition, `dgi-groups-2023`, as the rankings' `chartId(index, edition)`: a link made
 * today never lands on another edition's averages once a new edition is added.
 */
export function groupAveragesView(ctx: PageContext, index: string, edition: string, indicator: string, place: string): GroupAveragesView | undefined {
  const id = chartId(place, edition);
  const { data, groups, lang } = ctx;
  const e = data.requireEdition(index, edition);
  const statements = statementsOf(data);
  const any = statements.edition(index, edition, indicator)[0];
  const figures = groups
    .map((group) => ({ group, members: membersOn(group, e.published) }))
    .filter((g) => g.members.length > 0)
    .map((g) => ({ ...g, statement: stateGroup(statements, index, edition, indicator, g.members) }));
  if (figures.length === 0) return undefined;
  const oecd = any?.average ?? null;
  const partial = e.status === 'partial';
  const short = data.requireIndex(index).shortLabel[lang];
  return {
    id,
    editionTitle: titled(lang, translate(lang, 'groups.averages'), `${short} ${edition}`),
    intro: translate(lang, partial ? 'statement.groups.partialIntro' : 'groups.averagesIntro', { index: short, edition }),
    coveredHeader: translate(lang, partial ? 'statement.groups.stated' : 'groups.covered'),
    rows: figures.map(({ group, members, statement }) => {
      const missing = Object.entries(statement.without).map(([code, countries]) => ({ code: code as Exclude<CoverageCode, 'stated'>, countries }));
      const count = missing.reduce((n, m) => n + m.countries.length, 0);
      const average = statement.average;
      return {
        group: { text: capitalized(groupName(group, lang), lang), href: ctx.href(sitePath.group(group.id)) },
        average: average ? formatNumber(average.value, average.decimals, lang) : '–',
        vsOecd: average && oecd ? signedNumber(Number(average.text) - Number(oecd.text), Math.min(average.decimals, oecd.decimals), lang) : '–',
        covered: translate(lang, 'groups.coveredOf', { covered: statement.stated.length, members: members.length }),
        ...(count > 0 && statement.stated.length > 0 && count <= 6
          ? { missing: missing.map((m) => titled(lang, capitalized(coverageWord(m.code, lang), lang), m.countries.map((c) => memberName(data, c, lang)).join(', '))).join(semicolon(lang)) }
          : {}),
      };
    }),
    oecd: any ? averageCell(any, lang) : '–',
    oecdLabel: averageLabel(any?.average?.basis === 'printed', lang),
  };
}

/**
 * The group averages of every other edition that scores the indicator, newest first, beside the one a page
 * shows: each keeps its edition-named id, so a link made to a table today still finds it after an edition is added.
 */
export function otherGroupAverages(ctx: PageContext, index: string, shown: string, indicator: string, place: string): GroupAveragesView[] {
  return [...ctx.data.editions(index)]
    .reverse()
    .filter((e) => e.edition !== shown && ctx.data.ranking(index, e.edition, indicator).length > 0)
    .flatMap((e) => groupAveragesView(ctx, index, e.edition, indicator, place) ?? []);
}
