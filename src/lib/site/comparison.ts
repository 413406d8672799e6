import { renderCompareDots } from '../charts/renderCompareDots.ts';
import type { ChartLabels } from '../charts/labels.ts';
import type { SafeSvg } from '../charts/svg.ts';
import { formatNumber, formatOrdinal } from '../i18n/format.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import type { Queries } from '../query/createQueries.ts';
import { chartLabels, decimalsOf } from './figures.ts';

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
  /** The wording the comparison needs in the page's language, so the browser needs no catalogue. */
  words: { summary: string; notCovered: string; labels: Partial<ChartLabels> };
}

/** The comparison data of an edition in `lang`: composite first, then each dimension/pillar. */
export function comparisonData(site: Queries, index: string, edition: string, lang: Lang): ComparisonData {
  const dims = [site.indicator(index, 'composite')!, ...site.children(index, 'composite')];
  return {
    index,
    indexLabel: site.index(index)!.shortLabel[lang],
    edition,
    decimals: dims.map((d) => decimalsOf(site, index, edition, d.id)),
    dimensions: dims.map((d) => ({ id: d.id, label: d.label[lang] })),
    averages: dims.map((d) => site.stats(index, edition, d.id)?.average ?? null),
    // Every country, covered or not, so a chosen country keeps its colour and symbol in each index's chart.
    countries: site.dataset.countries
      .map((c) => ({
        iso3: c.iso3,
        name: c.name[lang],
        scores: dims.map((d) => site.observation(index, edition, c.iso3, d.id)?.value ?? null),
        ranks: dims.map((d) => site.observation(index, edition, c.iso3, d.id)?.rank ?? null),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, lang)),
    words: { summary: translate(lang, 'compare.summary'), notCovered: translate(lang, 'chart.notCovered'), labels: chartLabels(lang) },
  };
}

function chosenRows(data: ComparisonData, codes: readonly string[]): ComparisonData['countries'] {
  return codes.map((c) => data.countries.find((x) => x.iso3 === c)).filter((x) => x !== undefined);
}

/** One sentence saying what the comparison chart shows (its text alternative). */
export function comparisonSummary(data: ComparisonData, codes: readonly string[], _lang?: Lang): string {
  const params: Record<string, string> = { countries: chosenRows(data, codes).map((c) => c.name).join(', '), index: data.indexLabel, edition: data.edition };
  return data.words.summary.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** The dot-plot chart of the chosen countries (codes of countries absent from all data are skipped). */
export function comparisonChart(data: ComparisonData, codes: readonly string[], lang: Lang, id: string, width?: number): SafeSvg {
  const chosen = chosenRows(data, codes);
  return renderCompareDots({
    id,
    title: `${data.indexLabel} ${data.edition}`,
    summary: comparisonSummary(data, codes, lang),
    dimensions: data.dimensions,
    series: chosen.map((c) => ({ code: c.iso3, label: c.name, values: c.scores })),
    averages: data.averages,
    formatValue: (value, places) => formatNumber(value, places ?? Math.max(...data.decimals), lang),
    labels: data.words.labels,
    ...(width === undefined ? {} : { width }),
  });
}

/** Cell text for a score with its rank: "0.935 (1st)"; `notCovered` (in the page's language) for none. */
export function scoreCell(value: number | null, rank: number | null, decimals: number, lang: Lang, notCovered: string): string {
  if (value === null) return notCovered;
  const score = formatNumber(value, decimals, lang);
  return rank === null ? score : `${score} (${formatOrdinal(rank, lang)})`;
}

/** Fewest and most countries a comparison shows (the chart has six series symbols). */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 6;

/** The table beside a comparison chart: a row per dimension, a column per chosen country, then the OECD average. */
export interface ComparisonTable {
  countries: { iso3: string; name: string }[];
  rows: { id: string; label: string; cells: string[]; average: string }[];
}

/**
 * The comparison table of `codes` (upper-case ISO3). Countries missing from this edition keep their column,
 * marked not covered, so the columns match the chosen countries in every index.
 */
export function comparisonTable(data: ComparisonData, codes: readonly string[], names: ReadonlyMap<string, string>, lang: Lang): ComparisonTable {
  const chosen = codes.map((iso3) => {
    const row = data.countries.find((x) => x.iso3 === iso3);
    return { iso3, row, name: row?.name ?? names.get(iso3) ?? iso3 };
  });
  return {
    countries: chosen.map(({ iso3, name }) => ({ iso3, name })),
    rows: data.dimensions.map((d, i) => ({
      id: d.id,
      label: d.label,
      cells: chosen.map(({ row }) => scoreCell(row?.scores[i] ?? null, row?.ranks[i] ?? null, data.decimals[i]!, lang, data.words.notCovered)),
      average: data.averages[i] == null ? '–' : formatNumber(data.averages[i]!, data.decimals[i]!, lang),
    })),
  };
}

/**
 * The countries a compare URL asks for, lower-case and in the order given: `?countries=kor,dnk` (the shareable
 * form) or `?c=kor&c=dnk` (what the form sends without JavaScript). Unknown codes and repeats are dropped.
 */
export function requestedCountries(params: URLSearchParams, known: ReadonlySet<string>): string[] {
  const raw = [...params.getAll('countries').flatMap((v) => v.split(',')), ...params.getAll('c')];
  return [...new Set(raw.map((c) => c.trim().toLowerCase()).filter((c) => known.has(c)))];
}

/** The query string of a comparison: `?countries=kor,dnk,est`, or '' for none. */
export function comparisonQuery(codes: readonly string[]): string {
  return codes.length ? `?countries=${codes.join(',')}` : '';
}
