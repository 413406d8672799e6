import { countryFilter, rowGroups } from '../groups/groupStats.ts';
import { formatNumber, formatOrdinal } from '../i18n/format.ts';
import { translate } from '../i18n/translate.ts';
import { decimalsOf } from './figures.ts';
import { sitePath } from '../urls/paths.ts';
import type { PageContext } from './context.ts';
import { pageHead, type PageHead } from './head.ts';
import { coverageMatrix, type CoverageCell } from './coverage.ts';
import { coverageStatus, latestComplete } from '../query/editions.ts';
import type { Edition } from '../model/types.ts';
import { mapEditionLinks, type MapEditionLink } from './worldMap.ts';

/** A country's row in the table of latest scores. */
export interface ScoreRow {
  href: string;
  name: string;
  /** "OECD member" or "Partner country". */
  membership: string;
  /** The row's `data-groups` for the table's group filter. */
  groups: string;
  /** Per column: the composite ("0.83", "not covered", "did not take part") and, in a ranked edition, the rank ("1st", "not ranked" or "–"). */
  cells: { score: string; rank?: string }[];
}

export interface CountryListPage {
  head: PageHead;
  /** Per index, every edition's map page with its table of scores (a partial edition's unranked): the switch to editions the table below does not show. */
  editions: { label: string; links: MapEditionLink[] }[];
  scores: {
    /** The `<sort-table>`'s `data-filter`: OECD membership and each group. */
    filter: string;
    /**
     * Per index, its newest edition where that is partial ("DGI 2025 (partial)", a score column only: nobody is
     * ranked), then its latest complete edition ("DGI 2023" and "Rank (DGI 2023)").
     */
    columns: { score: string; rank?: string }[];
    /** Every country, by name in the reader's language. */
    rows: ScoreRow[];
  };
  coverage: {
    /** "DGI 2025 (partial edition)" per edition. */
    columns: string[];
    /** Members, then partners: "OECD members (38)". */
    groups: { heading: string; rows: { href: string; name: string; cells: CoverageCell[] }[] }[];
  };
}

/** Every country's latest score and rank per index, and which editions cover it. */
export function countryListPage(ctx: PageContext): CountryListPage {
  const { data, groups, lang, t } = ctx;
  const shown = data.dataset.indices.flatMap((index) => {
    const complete = latestComplete(data, index.id);
    const newest = data.editions(index.id).at(-1)!;
    return [...(newest !== complete ? [newest] : []), complete].map((edition) => ({ index, edition, decimals: decimalsOf(data, index.id, edition.edition, 'composite') }));
  });
  // Why a partial edition shows no composite: not stated, assessed but not transcribed, did not take part, or not in the file.
  const absence = (edition: Edition, iso3: string) => {
    const status = coverageStatus(data, edition, iso3);
    if (edition.assessedNotTranscribed.includes(iso3)) return translate(lang, 'countries.notTranscribed');
    return translate(lang, status === 'partial' ? 'country.notStated' : status === 'notTakingPart' ? 'coverage.notTakingPart' : 'coverage.notInData');
  };
  const countries = [...data.dataset.countries].sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang));
  const matrix = coverageMatrix(data, lang);
  const coverageGroup = (heading: string, member: boolean) => {
    const rows = matrix.rows.filter((r) => r.member === member).map((r) => ({ href: ctx.href(sitePath.country(r.iso3)), name: r.name, cells: r.cells }));
    return { heading: `${heading} (${rows.length})`, rows };
  };
  return {
    editions: data.dataset.indices.map((index) => ({ label: t('map.editions', { index: index.shortLabel[lang] }), links: mapEditionLinks(ctx, index.id) })),
    head: pageHead(ctx, { title: t('countries.title'), description: t('countries.intro'), path: sitePath.countries(), section: 'countries' }),
    scores: {
      filter: countryFilter(groups, lang),
      columns: shown.map(({ index, edition }) => {
        const names = { index: index.shortLabel[lang], edition: edition.edition };
        return edition.status === 'partial' ? { score: translate(lang, 'countries.partialColumn', names) } : { score: `${names.index} ${names.edition}`, rank: translate(lang, 'countries.rankColumn', names) };
      }),
      rows: countries.map((c) => ({
        href: ctx.href(sitePath.country(c.iso3)),
        name: c.name[lang],
        membership: translate(lang, c.oecdMember ? 'member.yes' : 'member.no'),
        groups: rowGroups(groups, c.iso3, c.oecdMember),
        cells: shown.map(({ index, edition, decimals }) => {
          const o = data.observation(index.id, edition.edition, c.iso3, 'composite');
          if (edition.status === 'partial') return { score: o ? formatNumber(o.value, decimals, lang) : absence(edition, c.iso3) };
          return {
            score: o ? formatNumber(o.value, decimals, lang) : translate(lang, 'chart.notCovered'),
            rank: o?.rank ? formatOrdinal(o.rank, lang) : o ? translate(lang, 'chart.notRanked') : '–',
          };
        }),
      })),
    },
    coverage: {
      columns: matrix.columns.map((c) => c.title),
      groups: [coverageGroup(translate(lang, 'countries.members'), true), coverageGroup(translate(lang, 'countries.partners'), false)],
    },
  };
}
