import { renderHistory, type HistoryOptions } from '../charts/index.ts';
import { formatNumber, titled } from '../i18n/format.ts';
import { translator, type MessageKey } from '../i18n/translate.ts';
import type { Edition } from '../model/types.ts';
import type { PageContext } from './context.ts';
import { chartFormat, chartLabels, decimalsOf, credited, drawCompact, type Figure } from './figures.ts';
import { editionTitle, scaleMax } from '../query/editions.ts';
import { averageCell, changeCell, chartCoverageWord, rankCell, scoreCell } from '../statements/cells.ts';
import { statementsOf } from '../statements/stateFigure.ts';
import type { CoverageCode } from '../statements/types.ts';

/** One edition's composite in the history table, in words. */
interface HistoryRow {
  edition: string;
  score: string;
  rank: string;
  average: string;
  change: string;
}

export interface CountryHistoryView {
  title: string;
  summary: string;
  chart: HistoryOptions;
  figure: Figure;
  rows: HistoryRow[];
  /** Whether a partial edition is starred in the table (its footnote says what the star means). */
  partialMark: boolean;
  /** Dimensions across the editions that score them, where more than one does. */
  dimensions?: { caption: string; columns: string[]; rows: { label: string; cells: string[] }[] };
  /** A note per edition whose dimensions are on another scale, which the dimension table also gives as shares. */
  scaleNotes: string[];
}

/** A country's composite across the editions of an index, with its dimensions; undefined with fewer than two editions or none covering it. */
export function countryHistoryView(ctx: PageContext, iso3: string, index: string): CountryHistoryView | undefined {
  const { data, lang } = ctx;
  const editions = data.editions(index);
  if (editions.length < 2 || data.coverage(iso3, index).length === 0) return undefined;
  const t = translator(lang);
  const label = data.requireIndex(index).shortLabel[lang];
  const name = data.requireCountry(iso3).name[lang];
  const statements = statementsOf(data);
  const points = editions.map((e, i) => ({
    e,
    s: statements.figure(index, e.edition, iso3, 'composite')!,
    o: data.observation(index, e.edition, iso3, 'composite'),
    breakBefore: i > 0 && !e.comparableWithPrevious,
    decimals: decimalsOf(data, index, e.edition, 'composite'),
  }));
  const broken = points.find((p) => p.breakBefore);
  const summary = broken
    ? t('country.historySummary', { country: name, index: label, count: editions.length, from: editions[editions.indexOf(broken.e) - 1]!.edition, to: broken.e.edition })
    : t('country.historySummaryPlain', { country: name, index: label, count: editions.length });
  const title = titled(lang, label, t('country.history').toLowerCase());
  const dimensions = data.children(index, 'composite');
  const covered = editions.filter((e) => dimensions.some((d) => data.observation(index, e.edition, iso3, d.id)));
  /** A level on another scale (OURdata 2019 pillars, 0–1/3) also as a share of its maximum. */
  const dimensionCell = (e: Edition, id: string) => {
    const statement = statements.figure(index, e.edition, iso3, id)!;
    const max = scaleMax(e, 'dimension');
    const text = scoreCell(statement, lang);
    return statement.score && max !== undefined ? `${text} (${formatNumber(statement.score.value / max, 2, lang)})` : text;
  };
  const chart: HistoryOptions = {
    id: `${index}-history-${iso3.toLowerCase()}`,
    title,
    summary,
    countryLabel: name,
    points: points.map((p) => ({
      edition: p.e.edition,
      partial: p.e.status === 'partial',
      value: p.s.score?.value ?? null,
      average: p.s.average?.value ?? null,
      breakBefore: p.breakBefore,
      ...(p.s.score ? { valueText: scoreCell(p.s, lang) } : { missingText: chartCoverageWord(p.s.coverage as Exclude<CoverageCode, 'stated'>, lang) }),
      ...(p.s.average ? { averageText: averageCell(p.s, lang) } : {}),
    })),
    formatValue: chartFormat(lang, Math.max(...points.map((p) => p.decimals))),
    labels: chartLabels(lang),
  };
  const view: CountryHistoryView = {
    title,
    summary,
    chart,
    figure: credited(ctx, drawCompact(ctx.here, renderHistory, { ...chart, plotHeight: 130 }), editions, name),
    rows: points.map((p) => ({
      edition: editionTitle(p.e, lang),
      score: scoreCell(p.s, lang),
      rank: p.s.score ? rankCell(p.s, lang) : '–',
      average: p.s.average === null ? '–' : `${averageCell(p.s, lang)}${p.s.average.basis === 'printed' ? ` (${t('chart.printedAverage')})` : ''}`,
      change: p.s.change?.kind === 'not-comparable' ? `– (${t(p.s.change.reasons.includes('methodology-break') ? 'chart.break' : 'statement.scaleChange')})` : changeCell(p.s, lang),
    })),
    partialMark: points.some((p) => p.e.status === 'partial'),
    scaleNotes: covered.flatMap((e) => {
      const max = scaleMax(e, 'dimension');
      if (max === undefined) return [];
      const rule = t(`rule.${e.levels.composite?.aggregation ?? 'mean'}` as MessageKey);
      return [`${t('country.scaleNote', { index: label, edition: e.edition, level: t('level.dimension'), max: formatNumber(max, 2, lang), rule })} ${t('country.shareNote')}`];
    }),
  };
  if (covered.length > 1) {
    view.dimensions = {
      caption: titled(lang, label, t('index.dimensions').toLowerCase()),
      columns: covered.map((e) => `${editionTitle(e, lang)}${e.previous && !e.comparableWithPrevious ? ` (${t('chart.break')})` : ''}`),
      rows: dimensions.map((d) => ({ label: d.label[lang], cells: covered.map((e) => dimensionCell(e, d.id)) })),
    };
  }
  return view;
}
