import { renderCompareDots } from '../charts/renderCompareDots.ts';
import type { ChartLabels } from '../charts/labels.ts';
import type { SafeSvg } from '../charts/svg.ts';
import { formatNumberIn, formatOrdinalIn } from '../i18n/numbers.ts';
import type { Lang } from '../i18n/languages.ts';

// Runs in the browser too (src/scripts/compare.ts): imports nothing that loads the message catalogues.
// The data itself is built on the server by comparisonData() in comparisonData.ts.

/** Everything a comparison needs for one index edition, small enough to embed in a page as JSON. */
export interface ComparisonData {
  index: string;
  indexLabel: string;
  edition: string;
  /** The edition as titles name it: "2025 (partial edition)". */
  editionTitle: string;
  /** A partial edition: no ranks, and `averages` are the OECD's printed ones. */
  partial: boolean;
  /** Decimals per dimension, as published. */
  decimals: number[];
  dimensions: { id: string; label: string }[];
  averages: (number | null)[];
  countries: { iso3: string; name: string; scores: (number | null)[]; ranks: (number | null)[] }[];
  /** The wording the comparison needs in the page's language, so the browser needs no catalogue. */
  words: { summary: string; notCovered: string; labels: Partial<ChartLabels>; locale: string; ordinals: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string } };
}

function chosenRows(data: ComparisonData, codes: readonly string[]): ComparisonData['countries'] {
  return codes.map((c) => data.countries.find((x) => x.iso3 === c)).filter((x) => x !== undefined);
}

/** One sentence saying what the comparison chart shows (its text alternative). */
export function comparisonSummary(data: ComparisonData, codes: readonly string[], _lang?: Lang): string {
  const params: Record<string, string> = { countries: chosenRows(data, codes).map((c) => c.name).join(', '), index: data.indexLabel, edition: data.editionTitle };
  return data.words.summary.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** The dot-plot chart of the chosen countries (codes of countries absent from all data are skipped). */
export function comparisonChart(data: ComparisonData, codes: readonly string[], _lang: Lang, id: string, width?: number): SafeSvg {
  const chosen = chosenRows(data, codes);
  return renderCompareDots({
    id,
    title: `${data.indexLabel} ${data.editionTitle}`,
    summary: comparisonSummary(data, codes),
    dimensions: data.dimensions,
    series: chosen.map((c) => ({ code: c.iso3, label: c.name, values: c.scores })),
    averages: data.averages,
    formatValue: (value, places) => formatNumberIn(data.words.locale, value, places ?? Math.max(...data.decimals)),
    labels: data.words.labels,
    ...(width === undefined ? {} : { width }),
  });
}

/** Cell text for a score with its rank: "0.935 (1st)"; `notCovered` (in the page's language) for none. */
export function scoreCell(value: number | null, rank: number | null, decimals: number, words: ComparisonData['words']): string {
  if (value === null) return words.notCovered;
  const score = formatNumberIn(words.locale, value, decimals);
  return rank === null ? score : `${score} (${formatOrdinalIn(words.locale, words.ordinals, rank)})`;
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
export function comparisonTable(data: ComparisonData, codes: readonly string[], names: ReadonlyMap<string, string>, _lang?: Lang): ComparisonTable {
  const chosen = codes.map((iso3) => {
    const row = data.countries.find((x) => x.iso3 === iso3);
    return { iso3, row, name: row?.name ?? names.get(iso3) ?? iso3 };
  });
  return {
    countries: chosen.map(({ iso3, name }) => ({ iso3, name })),
    rows: data.dimensions.map((d, i) => ({
      id: d.id,
      label: d.label,
      cells: chosen.map(({ row }) => scoreCell(row?.scores[i] ?? null, row?.ranks[i] ?? null, data.decimals[i]!, data.words)),
      average: data.averages[i] == null ? '–' : formatNumberIn(data.words.locale, data.averages[i]!, data.decimals[i]!),
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
