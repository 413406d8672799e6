import { renderRankedBars } from '../charts/index.ts';
import { capitalized, groupName, memberName } from '../groups/groupStats.ts';
import { membersOn } from '../groups/parseGroups.ts';
import { formatNumber, titled } from '../i18n/format.ts';
import { summarize } from '../model/summarize.ts';
import { translator } from '../i18n/translate.ts';
import { COMPARE_MAX, comparisonChart, comparisonSummary, scoreCell, type ComparisonData } from '../shared/comparison.ts';
import { comparisonData } from './comparisonData.ts';
import { chartFormat, chartLabels, drawFigure, figureOf, NARROW_WIDTH, type Figure } from './figures.ts';
import { sitePath } from '../urls/paths.ts';
import { editionTitle, latestComplete } from '../query/editions.ts';
import { pageHead, type PageHead } from './head.ts';
import { type Link, type PageContext } from './context.ts';

/** One index on a group's page: its members in the latest complete edition, with the group and OECD averages. */
interface GroupSection {
  index: string;
  heading: string;
  /** "The DGI 2023 covers none of them." */
  none?: string;
  /** "Not covered: Iceland" (members left out where some are covered). */
  missing?: string;
  /** The members covered, best first; none when no member is. */
  table?: {
    caption: string;
    dimensions: string[];
    rows: { country: Link; cells: string[] }[];
    groupAverages: string[];
    averages: string[];
  };
  /** A chart over the table where two or more members are covered: dots for a few, bars for many. */
  figure?: Figure;
  /** A newer (partial) edition than the one shown: a link to compare the members covered there. */
  newer?: Link;
}

export interface GroupComparePage {
  head: PageHead;
  intro: string;
  /** The members today, by name, and the source of the list. */
  membership: string;
  sections: GroupSection[];
  /** The other groups. */
  others: Link[];
}

export function groupComparePage(ctx: PageContext, { group: groupId }: { group: string }): GroupComparePage {
  const { data, groups, lang } = ctx;
  const t = translator(lang);
  const group = groups.find((g) => g.id === groupId)!;
  const name = groupName(group, lang);
  const title = capitalized(t('groups.title', { group: name }), lang);
  const countryName = (iso3: string) => memberName(data, iso3, lang);
  const byName = (a: string, b: string) => a.localeCompare(b, lang);
  const sections = data.dataset.indices.map((index): GroupSection => {
    const edition = latestComplete(data, index.id);
    const comparison = comparisonData(data, index.id, edition.edition, lang);
    const members = new Set(membersOn(group, edition.published));
    const rows = comparison.countries.filter((c) => members.has(c.iso3) && c.scores[0] !== null).sort((a, b) => b.scores[0]! - a.scores[0]!);
    const missing = [...members].filter((c) => !rows.some((r) => r.iso3 === c)).map(countryName).sort(byName);
    const heading = `${index.label[lang]} ${edition.edition}`;
    const newer = newerEdition(ctx, index.id, edition.edition, group.id);
    if (rows.length === 0) return { index: index.id, heading, none: t('groups.noneCovered', { index: index.shortLabel[lang], edition: edition.edition }), ...(newer ? { newer } : {}) };
    const fmt = (v: number | null, i: number) => (v === null ? '–' : formatNumber(v, comparison.decimals[i]!, lang));
    const groupAverages = comparison.dimensions.map((_, i) => summarize(rows.map((r) => r.scores[i])).mean);
    const chartTitle = `${comparison.indexLabel} ${comparison.edition}`;
    const figure = rows.length < 2 ? undefined : groupFigure(ctx, comparison, rows, `group-${group.id}-${index.id}`, chartTitle);
    return {
      index: index.id,
      heading,
      ...(missing.length > 0 ? { missing: t('groups.notCoveredList', { countries: missing.join(', ') }) } : {}),
      table: {
        caption: titled(lang, chartTitle, name),
        dimensions: comparison.dimensions.map((d) => d.label),
        rows: rows.map((c) => ({ country: { text: c.name, href: ctx.href(sitePath.country(c.iso3)) }, cells: c.scores.map((v, i) => scoreCell(v, c.ranks[i] ?? null, comparison.decimals[i]!, comparison.words)) })),
        groupAverages: groupAverages.map(fmt),
        averages: comparison.averages.map(fmt),
      },
      ...(figure ? { figure } : {}),
      ...(newer ? { newer } : {}),
    };
  });
  const today = membersOn(group);
  return {
    head: pageHead(ctx, {
      title,
      description: t('groups.intro', { group: name }),
      path: sitePath.group(group.id),
      section: 'compare',
      crumbs: [{ text: t('compare.title'), href: ctx.href(sitePath.compare()) }],
      pagefindMeta: { title, type: t('type.page') },
      pagefindFilters: { type: t('type.page') },
    }),
    intro: t('groups.intro', { group: name }),
    membership: t('groups.membership', { count: today.length, countries: today.map(countryName).sort(byName).join(', '), source: group.source }),
    sections,
    others: groups.filter((g) => g.id !== group.id).map((g) => ({ text: capitalized(groupName(g, lang), lang), href: ctx.href(sitePath.group(g.id)) })),
  };
}

/**
 * The index's newest edition where it is newer than the latest complete one shown: a link to the compare page
 * of its label, with the group's members it covers chosen when they are few enough to compare.
 */
function newerEdition(ctx: PageContext, index: string, shown: string, groupId: string): Link | undefined {
  const { data, groups, lang } = ctx;
  const newest = data.editions(index).at(-1)!;
  if (newest.edition === shown) return undefined;
  const members = new Set(membersOn(groups.find((g) => g.id === groupId)!, newest.published));
  const covered = data.ranking(index, newest.edition, 'composite').filter((o) => members.has(o.iso3)).map((o) => o.iso3);
  const chosen = covered.length >= 2 && covered.length <= COMPARE_MAX ? covered : [];
  return { text: translator(lang)('groups.newerEdition', { edition: `${data.requireIndex(index).shortLabel[lang]} ${editionTitle(newest, lang)}` }), href: ctx.href(sitePath.compareEditions(newest.edition, chosen)) };
}

/** Up to COMPARE_MAX members as compared dots, more as ranked bars of the composite. */
function groupFigure(ctx: PageContext, data: ComparisonData, rows: ComparisonData['countries'], id: string, title: string): GroupSection['figure'] {
  const { lang } = ctx;
  const codes = rows.map((r) => r.iso3);
  if (rows.length <= COMPARE_MAX) {
    return figureOf(ctx.here, { id, title, summary: comparisonSummary(data, codes, lang) }, comparisonChart(data, codes, lang, id), comparisonChart(data, codes, lang, `${id}-narrow`, NARROW_WIDTH));
  }
  const fmt = (v: number) => formatNumber(v, data.decimals[0]!, lang);
  const summary = translator(lang)('index.rankingSummary', { first: rows[0]!.name, firstScore: fmt(rows[0]!.scores[0]!), average: data.averages[0] == null ? '–' : fmt(data.averages[0]), count: rows.length });
  return drawFigure(ctx.here, renderRankedBars, {
    id, title, summary,
    rows: rows.map((r) => ({ code: r.iso3, label: r.name, value: r.scores[0]!, rank: r.ranks[0] ?? null, href: ctx.href(sitePath.country(r.iso3)) })),
    average: data.averages[0] ?? null, formatValue: chartFormat(lang, data.decimals[0]!), labels: chartLabels(lang),
  }, {});
}
