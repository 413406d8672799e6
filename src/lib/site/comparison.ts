import { renderCompareDots, type SafeSvg } from '../charts/index.ts';
import { formatNumber, formatOrdinal } from '../i18n/format.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import type { Queries } from '../query/createQueries.ts';
import { chartFormat, chartLabels, decimalsOf } from './figures.ts';

/** Everything a comparison needs for one index edition, small enough to embed in a page as JSON. */
export interface ComparisonData {
  index: string;
  indexLabel: string;
  edition: string;
  /** Decimals per dimension, as published. */
  decimals: number[];
  dimensions: { id: string; label: string }[];
  averages: (number | null)[];
  countries: { iso3: string; name: string; scores: (number | null)[]; ranks: (number | null)[] }[];
}

/** The comparison data of an edition in `lang`: composite first, then each dimension/pillar. */
export function comparisonData(site: Queries, index: string, edition: string, lang: Lang): ComparisonData {
  const dims = [site.indicator(index, 'composite')!, ...site.children(index, 'composite')];
  const rows = site.ranking(index, edition, 'composite');
  return {
    index,
    indexLabel: site.index(index)!.shortLabel[lang],
    edition,
    decimals: dims.map((d) => decimalsOf(site, index, edition, d.id)),
    dimensions: dims.map((d) => ({ id: d.id, label: d.label[lang] })),
    averages: dims.map((d) => site.stats(index, edition, d.id)?.average ?? null),
    countries: rows
      .map((o) => ({
        iso3: o.iso3,
        name: site.country(o.iso3)!.name[lang],
        scores: dims.map((d) => site.observation(index, edition, o.iso3, d.id)?.value ?? null),
        ranks: dims.map((d) => site.observation(index, edition, o.iso3, d.id)?.rank ?? null),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, lang)),
  };
}

/** The dot-plot chart of the chosen countries (codes absent from the data are skipped). */
export function comparisonChart(data: ComparisonData, codes: readonly string[], lang: Lang, id: string): SafeSvg {
  const chosen = codes.map((c) => data.countries.find((x) => x.iso3 === c)).filter((x) => x !== undefined);
  const names = chosen.map((c) => c.name).join(', ');
  return renderCompareDots({
    id,
    title: `${data.indexLabel} ${data.edition}`,
    summary: translate(lang, 'compare.summary', { countries: names, index: data.indexLabel, edition: data.edition }),
    dimensions: data.dimensions,
    series: chosen.map((c) => ({ code: c.iso3, label: c.name, values: c.scores })),
    averages: data.averages,
    formatValue: chartFormat(lang, Math.max(...data.decimals)),
    labels: chartLabels(lang),
  });
}

/** Cell text for a score with its rank: "0.935 (1st)". */
export function scoreCell(value: number | null, rank: number | null, decimals: number, lang: Lang): string {
  if (value === null) return translate(lang, 'chart.notCovered');
  const score = formatNumber(value, decimals, lang);
  return rank === null ? score : `${score} (${formatOrdinal(rank, lang)})`;
}
