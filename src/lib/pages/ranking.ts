import { renderRankedBars } from '../charts/index.ts';
import { countryFilter, rowGroups } from '../groups/groupStats.ts';
import { formatNumber, formatOrdinal, titled } from '../i18n/format.ts';
import type { Lang } from '../i18n/languages.ts';
import { signedNumber } from '../i18n/phrases.ts';
import { changeCell, gapCell, scoreCell } from '../statements/cells.ts';
import { statementsOf } from '../statements/stateFigure.ts';
import type { FigureStatement } from '../statements/types.ts';
import { translator } from '../i18n/translate.ts';
import { chartFormat, chartLabels, decimalsOf, credited, drawFigure, partialMarks, type Figure } from './figures.ts';
import { sitePath } from '../urls/paths.ts';
import { editionTitle, scaleMax, shownAverage, type ShownAverage } from '../query/editions.ts';
import { type Link, type PageContext } from './context.ts';
import { rowSources, type SourceMark, type TableNote } from './provenance.ts';

/** One country's row of a ranking table, every cell as text. */
export interface RankingRow {
  /** The row's `data-groups` for the table's group filter. */
  groups: string;
  rank: string;
  printedRank: string;
  country: Link;
  /** Not ranked in a ranked (complete) edition. */
  notRanked: boolean;
  score: string;
  /** The score as a share of the scale's maximum, where the scale is not 0–1. */
  share?: string;
  gap: string;
  /** The change said: the OECD's printed one where it prints one, else computed; "–" across a break or a change of scale. */
  change: string;
  /** No change across a methodology break: marked † (the note under the table), said in words to screen readers. */
  acrossBreak?: boolean;
  /** The computed change, only where it differs from the printed one beyond rounding. */
  computedChange: string;
  /** Where the score is not the edition's source's printed figure: its mark (a second source, or computed by this site). */
  source?: SourceMark;
}

/**
 * The data table of a ranking: rank (complete editions only), country, score, gap to the OECD average
 * and change, with the OECD's printed rank and change where the source has them, and each score as a
 * share of its maximum where the edition's scale is not 0–1.
 */
export interface RankingTableView {
  title: string;
  ranked: boolean;
  hasPrintedRank: boolean;
  /** The scale's maximum as text, where the scale is not 0–1 (the share column's heading). */
  max?: string;
  hasChange: boolean;
  /** Some printed change differs from the computed one beyond rounding (a second column gives the computed one). */
  hasComputedChange: boolean;
  /** The edition the changes are measured from. */
  since?: string;
  rows: RankingRow[];
  /** Computed (complete edition) or printed (partial) OECD average. */
  average: ShownAverage | null;
  /** Some change crosses a methodology break (the † note under the table). */
  breakNote: boolean;
  /** `*` on the rank header and the OECD average of a complete edition: computed by this site. */
  computed?: SourceMark;
  /** The notes of the rows' marks, under the table (provenance.ts `rowSources`). */
  notes: TableNote[];
}

/** A ranking of one indicator in one edition: bar chart with its table, or the table alone (past editions). */
export interface RankingView {
  title: string;
  summary: string;
  /** A partial edition's sentence on what it lacks (not over a table alone). */
  partialNote?: string;
  /** Wide and narrow bar charts; none for a table alone. */
  figure?: Figure;
  /** The table's `<sort-table>` filter by OECD membership and group; none under a shortened chart. */
  filter?: string;
  table: RankingTableView;
}

export interface RankingOptions {
  /** Unique id prefix for the chart. */
  id: string;
  /** Show only the first `limit` countries, in the chart and its table. */
  limit?: number;
  /** Only the data table, collapsed under its title. */
  tableOnly?: boolean;
  /** The wide drawing's width, where its column is narrower than the page (the home page's two columns). */
  width?: number;
}

export function rankingView(ctx: PageContext, index: string, edition: string, indicator: string, { id, limit, tableOnly = false, width }: RankingOptions): RankingView {
  const { data, groups, lang } = ctx;
  const t = translator(lang);
  const ed = data.requireEdition(index, edition);
  const decimals = decimalsOf(data, index, ed.edition, indicator);
  const rows = data.ranking(index, ed.edition, indicator);
  const statements = statementsOf(data);
  const said = (iso3: string) => statements.figure(index, ed.edition, iso3, indicator)!;
  const partial = ed.status === 'partial';
  const shown = shownAverage(data, data.stats(index, ed.edition, indicator), lang);
  const average = shown?.value ?? null;
  const max = scaleMax(ed, data.requireIndicator(index, indicator).level);
  const name = (iso3: string) => data.requireCountry(iso3).name[lang];
  const href = (iso3: string) => ctx.href(sitePath.country(iso3));
  const fmt = (v: number) => formatNumber(v, decimals, lang);
  const indexLabel = data.requireIndex(index).shortLabel[lang];
  const title = titled(lang, `${indexLabel} ${editionTitle(ed, lang)}`, data.requireIndicator(index, indicator).label[lang]);
  const first = rows[0];
  const summary = partial
    ? t('index.partialScores', { index: indexLabel, edition: ed.edition })
    : first
      ? t('index.rankingSummary', { first: name(first.iso3), firstScore: fmt(first.value), average: average === null ? '–' : fmt(average), count: rows.length })
      : '';
  // A partial edition is drawn whole, in alphabetical order: its first few by score would read as a ranking.
  const drawn = limit === undefined || partial ? rows : rows.slice(0, limit);
  const figure = tableOnly
    ? undefined
    : credited(ctx, drawFigure(ctx.here, renderRankedBars, {
        id,
        title,
        summary,
        rows: drawn.map((o) => ({ code: o.iso3, label: name(o.iso3), value: o.value, rank: o.rank, highlight: false, href: href(o.iso3) })),
        average,
        unranked: partial,
        ...partialMarks(data, ed, lang),
        ...(width ? { width } : {}),
        ...(max !== undefined ? { domain: [0, max] as [number, number] } : {}),
        formatValue: chartFormat(lang, decimals),
        labels: { ...chartLabels(lang), ...(shown?.printed ? { average: t('chart.printedAverage') } : {}) },
      }, {}), [ed]);
  const ranked = ed.status === 'complete';
  const sources = rowSources(ctx, ed, drawn, `${id}-sources`);
  const table: RankingTableView = {
    title,
    ranked,
    hasPrintedRank: drawn.some((o) => o.printedRank),
    ...(max !== undefined ? { max: formatNumber(max, 2, lang) } : {}),
    hasChange: drawn.some((o) => said(o.iso3).change),
    hasComputedChange: drawn.some((o) => { const c = said(o.iso3).change; return c?.kind === 'stated' && c.computed !== undefined; }),
    ...withSince(drawn.map((o) => said(o.iso3).change?.since).find((since) => since !== undefined)),
    rows: drawn.map((o, i) => ({
      ...(sources.marks[i] ? { source: sources.marks[i] } : {}),
      groups: rowGroups(groups, o.iso3, o.oecdMember, ed.published),
      rank: o.rank === null ? '–' : formatOrdinal(o.rank, lang),
      printedRank: o.printedRank ? formatOrdinal(o.printedRank.value, lang) : '–',
      country: { text: name(o.iso3), href: href(o.iso3) },
      notRanked: ranked && o.rank === null,
      score: scoreCell(said(o.iso3), lang),
      ...(max !== undefined ? { share: formatNumber(o.value / max, decimals, lang) } : {}),
      gap: gapCell(said(o.iso3), lang)?.text ?? '–',
      change: changeText(said(o.iso3), lang),
      ...(acrossBreak(said(o.iso3)) ? { acrossBreak: true } : {}),
      computedChange: computedText(said(o.iso3), lang),
    })),
    average: shown,
    breakNote: drawn.some((o) => acrossBreak(said(o.iso3))),
    ...(sources.computed ? { computed: sources.computed } : {}),
    notes: sources.notes,
  };
  const partialNote = !tableOnly && ed.completeness.status === 'partial' ? t('edition.partialNote', { missing: ed.completeness.missing[lang] }) : undefined;
  const filter = tableOnly || limit === undefined ? countryFilter(groups, lang) : undefined;
  return { title, summary, ...(partialNote ? { partialNote } : {}), ...(figure ? { figure } : {}), ...(filter ? { filter } : {}), table };
}

/** No change can be said because a methodology break lies between the editions (the view marks it †, said in words to screen readers). */
function acrossBreak(s: FigureStatement): boolean {
  return s.change?.kind === 'not-comparable' && s.change.reasons.includes('methodology-break');
}

/** The change said, "–" without one. */
function changeText(s: FigureStatement, lang: Lang): string {
  return s.change?.kind === 'not-comparable' ? '–' : changeCell(s, lang);
}

function computedText(s: FigureStatement, lang: Lang): string {
  const c = s.change;
  return c?.kind === 'stated' && c.computed ? signedNumber(c.computed.value, c.decimals, lang) : '–';
}

function withSince(since: string | undefined): { since?: string } {
  return since ? { since } : {};
}
