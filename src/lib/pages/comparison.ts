import type { SafeSvg } from '../charts/index.ts';
import type { Lang } from '../i18n/translate.ts';
import { comparisonChart, comparisonSummary, comparisonTable, type ComparisonTable } from '../shared/comparison.ts';
import { comparisonData } from './comparisonData.ts';
import { NARROW_WIDTH } from './figures.ts';
import { sitePath } from '../urls/paths.ts';
import type { Anchor, PageInputs } from './inputs.ts';

/** Chosen countries side by side in one edition: dot chart, and a table with a row per dimension and the OECD average. */
export interface ComparisonView {
  title: string;
  summary: string;
  chart: SafeSvg;
  narrow: SafeSvg;
  countries: Anchor[];
  rows: ComparisonTable['rows'];
}

export function comparisonView(inputs: PageInputs, lang: Lang, countries: readonly string[], index: string, edition: string, id: string): ComparisonView {
  const data = comparisonData(inputs.site, index, edition, lang);
  const table = comparisonTable(data, countries, new Map(), lang);
  return {
    title: `${data.indexLabel} ${data.edition}`,
    summary: comparisonSummary(data, countries, lang),
    chart: comparisonChart(data, countries, lang, id),
    narrow: comparisonChart(data, countries, lang, `${id}-narrow`, NARROW_WIDTH),
    countries: table.countries.map((c) => ({ text: c.name, href: inputs.href(lang, sitePath.country(c.iso3)) })),
    rows: table.rows,
  };
}
