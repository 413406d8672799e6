import { capitalized, groupFigure, groupName, memberName } from '../groups/groupStats.ts';
import { formatNumber, formatSigned } from '../i18n/format.ts';
import { translate } from '../i18n/translate.ts';
import { decimalsOf } from './figures.ts';
import { sitePath } from '../urls/paths.ts';
import { type Link, type PageContext } from './context.ts';

/** Each country group's average of one indicator in one edition, against the OECD average. */
export interface GroupAveragesView {
  id: string;
  /** "Unweighted averages of the members covered by DGI 2023…" */
  intro: string;
  rows: {
    group: Link;
    average: string;
    /** Gap to the OECD average, signed. */
    vsOecd: string;
    /** "5 of 7". */
    covered: string;
    /** The members not covered, named when a few are missing. */
    missing?: string;
  }[];
  oecd: string;
}

/** Undefined when no group has members on the edition's date. */
export function groupAveragesView(ctx: PageContext, index: string, edition: string, indicator: string, id: string): GroupAveragesView | undefined {
  const { data: site, groups, lang } = ctx;
  const decimals = decimalsOf(site, index, edition, indicator);
  const oecd = site.stats(index, edition, indicator)?.average ?? null;
  const figures = groups.map((g) => groupFigure(site, g, index, edition, indicator)).filter((f) => f.members.length > 0);
  if (figures.length === 0) return undefined;
  const fmt = (v: number | null) => (v === null ? '–' : formatNumber(v, decimals, lang));
  return {
    id,
    intro: translate(lang, 'groups.averagesIntro', { index: site.requireIndex(index).shortLabel[lang], edition }),
    rows: figures.map((f) => ({
      group: { text: capitalized(groupName(f.group, lang), lang), href: ctx.href(sitePath.group(f.group.id)) },
      average: fmt(f.average),
      vsOecd: f.average === null || oecd === null ? '–' : formatSigned(f.average - oecd, decimals, lang),
      covered: translate(lang, 'groups.coveredOf', { covered: f.covered.length, members: f.members.length }),
      ...(f.missing.length > 0 && f.covered.length > 0 && f.missing.length <= 6 ? { missing: translate(lang, 'groups.notCoveredList', { countries: f.missing.map((c) => memberName(site, c, lang)).join(', ') }) } : {}),
    })),
    oecd: fmt(oecd),
  };
}
