import { countryNumber, countryPhrase } from '../countries/grammar.ts';
import { formatNumber, formatOrdinal, formatSigned } from '../i18n/format.ts';
import type { Lang } from '../i18n/languages.ts';
import { listOf, phrase, sentenceCase } from '../i18n/phrases.ts';
import { gapToTarget, latestCompleteCovering, topQuarterLast, type AverageGap, type GapToTarget, type IndicatorGap, type RankGap } from '../query/gapToTarget.ts';
import { coverageWord, rankCell, scoreCell } from '../statements/cells.ts';
import { sayCoverage, sayEdition } from '../statements/say.ts';
import { statementsOf } from '../statements/stateFigure.ts';
import type { CoverageCode, FigureStatement } from '../statements/types.ts';
import { sitePath } from '../urls/paths.ts';
import type { PageContext } from './context.ts';

/**
 * The gap-to-target panel of a profile: for one index and one complete edition, how far the country's
 * composite and each dimension are from the OECD average, the next rank up and the top quarter (the
 * computation is lib/query/gapToTarget.ts), in the reader's language, with a one-sentence summary and
 * the footnotes that define the targets. Scores and ranks are said as the statements say them.
 */

/** One target cell: the gap ("−0.05"), "reached", "already 1st", or why there is none; and what the target is. */
export interface GapCellView {
  text: string;
  /** `short`: a gap to make up; `reached`/`first`: nothing to make up; `none`: no gap (no score, no rank, no average). */
  state: 'short' | 'reached' | 'first' | 'none';
  /** The target itself: "average 0.68", "4th place, 0.75". */
  target?: string;
}

export interface GapRowView {
  indicator: string;
  /** "Composite score", "Data-driven public sector": the row header, linked to the indicator's page. */
  label: string;
  href: string;
  /** "0.70", or why there is none ("not stated in the source"). */
  score: string;
  average: GapCellView;
  nextRank: GapCellView;
  topQuarter: GapCellView;
}

/** The target columns, in order: the rank targets only where the country has a rank (a non-member has none). */
export type GapTarget = 'average' | 'nextRank' | 'topQuarter';

export interface GapToTargetView {
  /** For the heading and the table (`gap-dgi-2023`). */
  id: string;
  index: string;
  edition: string;
  /** "Gap to target, DGI 2023". */
  title: string;
  /** "Germany, DGI 2023: gap to the OECD average, to the next rank up and to the top quarter" (the average alone without a rank). */
  caption: string;
  /** One sentence on the composite and the dimension furthest from the top quarter. */
  summary: string;
  /** The target columns shown, in order; each row has a cell for each. */
  targets: GapTarget[];
  /** Column headers: the row header's, the score's, then one per target. */
  columns: string[];
  rows: GapRowView[];
  /** What a gap is; with ranks, what the top quarter is (its ranks) and how ties count. */
  notes: string[];
}

/**
 * The panel for `iso3` in `index`: `edition`, or the newest complete edition covering the country.
 * Undefined for a partial edition (no ranks, so no gaps: never imputed), an edition that does not
 * cover the country, or a country no complete edition covers.
 */
export function gapToTargetView(ctx: PageContext, iso3: string, index: string, edition?: string): GapToTargetView | undefined {
  const label = edition ?? latestCompleteCovering(ctx.data, index, iso3)?.edition;
  const gaps = label === undefined ? undefined : gapToTarget(ctx.data, iso3, index, label);
  if (!gaps) return undefined;
  const { lang, t } = ctx;
  const def = ctx.data.requireIndex(index);
  const statements = statementsOf(ctx.data);
  const said = (g: IndicatorGap): FigureStatement => {
    const s = statements.figure(index, gaps.edition.edition, iso3, g.indicator);
    if (!s) throw new Error(`no statement for ${index} ${gaps.edition.edition} ${iso3} ${g.indicator}, although the gaps were computed from the same data`);
    return s;
  };
  const editionName = `${def.shortLabel[lang]} ${gaps.edition.edition}`;
  const unit = def.indicators.some((i) => i.level === 'sub') ? 'pillar' : 'dimension';
  const rows = gaps.indicators.map((g) => row(ctx, g, said(g)));
  const of = gaps.indicators.find((g) => g.rank)?.rank?.of;
  // A country with no rank anywhere (a non-member where only members are ranked) gets no rank columns: the summary says why.
  const targets: GapTarget[] = of === undefined ? ['average'] : ['average', 'nextRank', 'topQuarter'];
  const header: Record<GapTarget, string> = { average: t('gap.col.average'), nextRank: t('gap.col.nextRank'), topQuarter: t('gap.col.topQuarter') };
  return {
    id: `gap-${index}-${gaps.edition.edition}`,
    index,
    edition: gaps.edition.edition,
    title: t('gap.title', { edition: editionName }),
    caption: t(of === undefined ? 'gap.captionAverage' : 'gap.caption', { country: ctx.data.requireCountry(iso3).name[lang], edition: editionName }),
    summary: summarize(gaps, said, lang, unit),
    targets,
    columns: [t(unit === 'pillar' ? 'gap.col.pillar' : 'gap.col.dimension'), t('table.score'), ...targets.map((target) => header[target])],
    rows,
    notes: [
      t('gap.note.sign'),
      ...(of === undefined ? [] : [of >= 4 ? t('gap.note.quarter', { count: of, last: topQuarterLast(of) }) : t('gap.note.quarterFirst', { count: of }), t('gap.note.ties')]),
    ],
  };
}

function row(ctx: PageContext, g: IndicatorGap, s: FigureStatement): GapRowView {
  const { lang, t } = ctx;
  const none: GapCellView = { text: '–', state: 'none' };
  const base = { indicator: g.indicator, label: s.about.indicator[lang], href: ctx.href(sitePath.indicator(s.index, g.indicator)) };
  if (g.score === null) return { ...base, score: coverageWord(s.coverage as Exclude<CoverageCode, 'stated'>, lang), average: none, nextRank: none, topQuarter: none };
  const number = (value: number) => formatNumber(value, g.decimals, lang);
  const rankTarget = (gap: RankGap) => ('rank' in gap && gap.rank !== undefined && 'target' in gap ? t('gap.target.rank', { ordinal: formatOrdinal(gap.rank, lang), score: number(gap.target) }) : undefined);
  const rankCellOf = (gap: RankGap | undefined): GapCellView => {
    if (!gap) return none;
    if (gap.kind === 'not-ranked') return { text: rankCell(s, lang), state: 'none' };
    if (gap.kind === 'first') return { text: t('gap.first', { ordinal: formatOrdinal(1, lang) }), state: 'first' };
    const target = rankTarget(gap);
    return { text: gap.kind === 'short' ? formatSigned(gap.gap, g.decimals, lang) : t('gap.reached'), state: gap.kind, ...(target ? { target } : {}) };
  };
  const averageCell = (gap: AverageGap | undefined): GapCellView => {
    if (!gap || gap.kind === 'no-average') return none;
    return { text: gap.kind === 'short' ? formatSigned(gap.gap, g.decimals, lang) : t('gap.reached'), state: gap.kind, target: t('gap.target.average', { score: number(gap.target) }) };
  };
  return { ...base, score: scoreCell(s, lang), average: averageCell(g.average), nextRank: rankCellOf(g.nextRank), topQuarter: rankCellOf(g.topQuarter) };
}

/** The dimensions furthest from a target (largest shortfall; ties together), with that shortfall. */
function furthest(dims: IndicatorGap[], gapOf: (g: IndicatorGap) => number | undefined): { at: IndicatorGap[]; gap: number } | undefined {
  const short = dims.map((g) => ({ g, gap: gapOf(g) })).filter((x): x is { g: IndicatorGap; gap: number } => x.gap !== undefined && x.gap < 0);
  if (!short.length) return undefined;
  const gap = Math.min(...short.map((x) => x.gap));
  return { at: short.filter((x) => x.gap === gap).map((x) => x.g), gap };
}

/** "To reach the top quarter of DGI 2023, Germany would need 0.05 more on its composite score; of its dimensions, …". */
function summarize(gaps: GapToTarget, said: (g: IndicatorGap) => FigureStatement, lang: Lang, unit: 'dimension' | 'pillar'): string {
  const composite = gaps.indicators.find((g) => g.level === 'composite');
  if (!composite || composite.score === null) return composite ? sayCoverage(said(composite), lang) : '';
  const s = said(composite);
  const dims = gaps.indicators.filter((g) => g.level === 'dimension');
  const scored = dims.filter((g) => g.score !== null);
  const dimDecimals = dims[0]?.decimals ?? composite.decimals;
  const country = { country: countryPhrase(gaps.iso3, lang), num: countryNumber(gaps.iso3, lang), edition: sayEdition(s, lang), unit };
  const amount = (gap: number, decimals: number) => formatNumber(Math.abs(gap), decimals, lang);
  const names = (at: IndicatorGap[]) => listOf(at.map((g) => phrase(lang, 'gap.label', { label: said(g).about.indicator[lang] })), lang);
  const q = composite.topQuarter;
  if (!q || q.kind === 'not-ranked') {
    const a = composite.average;
    const gap = a && a.kind !== 'no-average' ? a.gap : 0;
    const below = furthest(scored, (g) => (g.average && g.average.kind !== 'no-average' ? g.average.gap : undefined));
    return sentenceCase(
      phrase(lang, 'gap.summaryUnranked', {
        ...country,
        position: gap < 0 ? 'below' : gap > 0 ? 'above' : 'at',
        amount: amount(gap, composite.decimals),
        dims: below ? 'furthest' : scored.length ? 'none' : 'absent',
        furthest: below ? names(below.at) : '',
        count: below?.at.length ?? 0,
        gap: below ? amount(below.gap, dimDecimals) : '',
      }),
      lang,
    );
  }
  const far = furthest(scored, (g) => (g.topQuarter?.kind === 'short' ? g.topQuarter.gap : undefined));
  const rankedDims = scored.filter((g) => g.topQuarter && g.topQuarter.kind !== 'not-ranked');
  return sentenceCase(
    phrase(lang, 'gap.summary', {
      ...country,
      composite: q.kind === 'short' ? 'short' : composite.rank?.position === 1 ? 'first' : 'reached',
      amount: q.kind === 'short' ? amount(q.gap, composite.decimals) : '',
      ordinal: formatOrdinal(1, lang),
      position: 1,
      dims: far ? 'furthest' : !rankedDims.length ? 'absent' : rankedDims.length === dims.length ? 'all' : 'stated',
      furthest: far ? names(far.at) : '',
      count: far?.at.length ?? 0,
      gap: far ? amount(far.gap, dimDecimals) : '',
    }),
    lang,
  );
}
