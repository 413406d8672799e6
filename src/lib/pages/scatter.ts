import { renderScatter } from '../charts/index.ts';
import { formatNumber, titled } from '../i18n/format.ts';
import { translator } from '../i18n/translate.ts';
import { latestComplete, scaleMax, shownAverage } from '../query/editions.ts';
import { sitePath } from '../urls/paths.ts';
import type { Link, PageContext } from './context.ts';
import { chartFormat, chartLabels, credited, decimalsOf, drawFigure, type Figure } from './figures.ts';

/** One country's row of the scatter's data table. */
interface ScatterRow {
  country: Link;
  x: string;
  y: string;
}

/** Every country placed by the first two indices' composites (latest complete editions), with its data table. */
export interface ScatterView {
  figure: Figure;
  /** The table's column headings: each index with its edition. */
  xHeading: string;
  yHeading: string;
  rows: ScatterRow[];
}

/** Pearson's correlation of two equally long series. */
export function correlation(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const dx = x - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/**
 * The scatter of the first two indices (DGI across, OURdata up) in their latest complete editions, the OECD
 * averages as cross-hairs; undefined where the data hold fewer than two indices or no country has both scores.
 */
export function scatterView(ctx: PageContext, id: string): ScatterView | undefined {
  const { data, lang } = ctx;
  const [xIndex, yIndex] = data.dataset.indices;
  if (!xIndex || !yIndex) return undefined;
  const t = translator(lang);
  const [xEd, yEd] = [latestComplete(data, xIndex.id), latestComplete(data, yIndex.id)];
  const [xDec, yDec] = [decimalsOf(data, xIndex.id, xEd.edition, 'composite'), decimalsOf(data, yIndex.id, yEd.edition, 'composite')];
  const both = data.dataset.countries
    .map((c) => ({ c, x: data.observation(xIndex.id, xEd.edition, c.iso3, 'composite'), y: data.observation(yIndex.id, yEd.edition, c.iso3, 'composite') }))
    .filter((p) => p.x && p.y)
    .map((p) => ({ iso3: p.c.iso3, name: p.c.name[lang], x: p.x!.value, y: p.y!.value }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  if (both.length === 0) return undefined;
  const xAvg = shownAverage(data, data.stats(xIndex.id, xEd.edition, 'composite'), lang);
  const yAvg = shownAverage(data, data.stats(yIndex.id, yEd.edition, 'composite'), lang);
  const xName = `${xIndex.shortLabel[lang]} ${xEd.edition}`;
  const yName = `${yIndex.shortLabel[lang]} ${yEd.edition}`;
  const side = (p: { x: number; y: number }) => (xAvg && yAvg ? Number(p.x > xAvg.value) + Number(p.y > yAvg.value) : -1);
  const count = (k: number) => both.filter((p) => side(p) === k).length;
  const summary = t('chartMark.scatterSummary', {
    count: both.length,
    x: xName,
    y: yName,
    above: count(2),
    below: count(0),
    mixed: count(1),
    xAverage: xAvg?.text ?? '–',
    yAverage: yAvg?.text ?? '–',
    r: formatNumber(correlation(both.map((p) => p.x), both.map((p) => p.y)), 2, lang),
  });
  const title = t('chartMark.scatterTitle');
  const domain = (ed: typeof xEd) => [0, scaleMax(ed, 'composite') ?? 1] as [number, number];
  const options = {
    id,
    title: titled(lang, title, `${xName} · ${yName}`),
    summary,
    xLabel: t('chartMark.scatterAxisX', { index: xIndex.shortLabel[lang], edition: xEd.edition }),
    yLabel: t('chartMark.scatterAxisY', { index: yIndex.shortLabel[lang], edition: yEd.edition }),
    xAverage: xAvg?.value ?? null,
    yAverage: yAvg?.value ?? null,
    xDomain: domain(xEd),
    yDomain: domain(yEd),
    quadrants: { high: t('chartMark.scatterQuadrantsHigh'), low: t('chartMark.scatterQuadrantsLow') },
    points: both.map((p) => ({ code: p.iso3, label: p.name, short: p.iso3, x: p.x, y: p.y, href: ctx.href(sitePath.country(p.iso3)) })),
    formatValue: chartFormat(lang, Math.max(xDec, yDec)),
    labels: chartLabels(lang),
  };
  return {
    figure: credited(ctx, drawFigure(ctx.here, renderScatter, options, {}), [xEd, yEd]),
    xHeading: xName,
    yHeading: yName,
    rows: both.map((p) => ({ country: { text: p.name, href: ctx.href(sitePath.country(p.iso3)) }, x: formatNumber(p.x, xDec, lang), y: formatNumber(p.y, yDec, lang) })),
  };
}
