import { renderHistory, type HistoryOptions } from '../charts/index.ts';
import { formatNumber, formatRank, formatSigned, titled } from '../i18n/format.ts';
import { translator, type MessageKey } from '../i18n/translate.ts';
import type { Edition } from '../model/types.ts';
import type { PageContext } from './context.ts';
import { chartFormat, chartLabels, decimalsOf, credited, drawFigure, type Figure } from './figures.ts';
import { editionTitle, scaleMax, scoreText, shownAverage } from '../query/editions.ts';

/** One edition's composite in the history table, in words. */
export interface HistoryRow {
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
  const { data: site, lang } = ctx;
  const editions = site.editions(index);
  if (editions.length < 2 || site.coverage(iso3, index).length === 0) return undefined;
  const t = translator(lang);
  const label = site.index(index)!.shortLabel[lang];
  const name = site.country(iso3)!.name[lang];
  const points = editions.map((e, i) => ({
    e,
    o: site.observation(index, e.edition, iso3, 'composite'),
    average: shownAverage(site, site.stats(index, e.edition, 'composite'), lang),
    breakBefore: i > 0 && !e.comparableWithPrevious,
    decimals: decimalsOf(site, index, e.edition, 'composite'),
  }));
  const broken = points.find((p) => p.breakBefore);
  const summary = broken
    ? t('country.historySummary', { country: name, index: label, count: editions.length, from: editions[editions.indexOf(broken.e) - 1]!.edition, to: broken.e.edition })
    : t('country.historySummaryPlain', { country: name, index: label, count: editions.length });
  const title = titled(lang, label, t('country.history').toLowerCase());
  const dimensions = site.children(index, 'composite');
  const covered = editions.filter((e) => dimensions.some((d) => site.observation(index, e.edition, iso3, d.id)));
  /** A level on another scale (OURdata 2019 pillars, 0–1/3) also as a share of its maximum. */
  const dimensionCell = (e: Edition, id: string) => {
    const o = site.observation(index, e.edition, iso3, id);
    const max = scaleMax(e, 'dimension');
    const text = scoreText(site, e, o, lang);
    return o && max !== undefined ? `${text} (${formatNumber(o.value / max, 2, lang)})` : text;
  };
  const chart: HistoryOptions = {
    id: `${index}-history-${iso3.toLowerCase()}`,
    title,
    summary,
    countryLabel: name,
    points: points.map((p) => ({ edition: p.e.edition, partial: p.e.status === 'partial', value: p.o?.value ?? null, average: p.average?.value ?? null, breakBefore: p.breakBefore })),
    formatValue: chartFormat(lang, Math.max(...points.map((p) => p.decimals))),
    labels: chartLabels(lang),
  };
  const view: CountryHistoryView = {
    title,
    summary,
    chart,
    figure: credited(ctx, drawFigure(ctx.here, renderHistory, chart, { plotHeight: 130 }), editions, name),
    rows: points.map((p) => ({
      edition: editionTitle(p.e, lang),
      score: scoreText(site, p.e, p.o, lang),
      rank: !p.o ? '–' : p.e.status === 'partial' ? t('country.notRankedPartial') : formatRank(p.o.rank, p.o.rankedOf, p.e.rankedSet, lang),
      average: p.average === null ? '–' : `${p.average.text}${p.average.printed ? ` (${t('chart.printedAverage')})` : ''}`,
      change: p.o?.change ? `${formatSigned(p.o.change.delta, p.decimals, lang)}${p.o.change.methodologyBreak ? ` (${t('chart.break')})` : ''}` : '–',
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
