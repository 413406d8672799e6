import { comparisonChart, comparisonSummary, comparisonTable, type ComparisonTable } from '../shared/comparison.ts';
import { comparisonData } from './comparisonData.ts';
import { figureOf, NARROW_WIDTH, type Figure } from './figures.ts';
import { sitePath } from '../urls/paths.ts';
import { type Link, type PageContext } from './context.ts';

/** Chosen countries side by side in one edition: dot chart, and a table with a row per dimension and the OECD average. */
export interface ComparisonView {
  figure: Figure;
  countries: Link[];
  rows: ComparisonTable['rows'];
}

export function comparisonView(ctx: PageContext, countries: readonly string[], index: string, edition: string, id: string): ComparisonView {
  const { lang } = ctx;
  const data = comparisonData(ctx.data, index, edition, lang);
  const table = comparisonTable(data, countries, new Map(), lang);
  const about = { id, title: `${data.indexLabel} ${data.edition}`, summary: comparisonSummary(data, countries, lang) };
  return {
    figure: figureOf(ctx.here, about, comparisonChart(data, countries, lang, id), comparisonChart(data, countries, lang, `${id}-narrow`, NARROW_WIDTH)),
    countries: table.countries.map((c) => ({ text: c.name, href: ctx.href(sitePath.country(c.iso3)) })),
    rows: table.rows,
  };
}
