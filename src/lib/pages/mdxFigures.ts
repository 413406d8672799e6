import { checkReference, type DataReference } from '../content/references.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Edition } from '../model/types.ts';
import { shownAverage } from '../query/editions.ts';
import { comparisonView, type ComparisonView } from './comparison.ts';
import type { PageContext } from './context.ts';
import { decimalsOf } from './figures.ts';
import { notCoveredText, rankText } from './figureText.ts';
import { rankingView, type RankingView } from './ranking.ts';

/**
 * What the MDX data components (`<Score>`, `<Rank>`, `<OecdAverage>`, `<IndicatorChart>`, `<CountryCompare>`)
 * show, from the page context the middleware made: editors place them inside content, where no route can
 * hand them a model, so each builds its own small one here.
 */

/** Resolves a component's props with the same checkReference `npm run check` runs first. */
function resolve(ctx: PageContext, component: string, props: object): { ref: DataReference; edition: Edition } {
  const ref = props as DataReference;
  const problems = checkReference(ctx.data, component, props as Record<string, unknown>);
  if (problems.length) throw new Error(`${problems.join('; ')} (run "npm run check" for the file and line)`);
  const edition = ctx.data.edition(ref.index!, ref.edition ?? 'latest');
  if (!edition) throw new Error(`${component}: no edition "${ref.edition ?? 'latest'}" of ${ref.index} (run "npm run check" for the file and line)`);
  return { ref, edition };
}

/** A score in running text: the figure with its machine-readable value, or why there is none. */
export interface ScoreText {
  /** The source's text of the value, for `<data value>`. */
  value?: string;
  text: string;
  /** "(partial edition 2025)" after the figure. */
  note?: string;
}

export function scoreText(ctx: PageContext, props: { country: string; index: string; indicator: string; edition?: string }): ScoreText {
  const { data, lang, t } = ctx;
  const { edition } = resolve(ctx, 'Score', props);
  const o = data.observation(props.index, edition.edition, props.country, props.indicator);
  const partial = edition.status === 'partial';
  if (!o) return { text: partial ? t('country.notStated') : notCoveredText(data, edition, lang) };
  return {
    value: o.text,
    text: formatNumber(o.value, decimalsOf(data, props.index, edition.edition, props.indicator), lang),
    ...(partial ? { note: `(${t('edition.partial')} ${edition.edition})` } : {}),
  };
}

export function rankInText(ctx: PageContext, props: { country: string; index: string; indicator: string; edition?: string }): string {
  const { edition } = resolve(ctx, 'Rank', props);
  return rankText(ctx.data, edition, props.country, props.indicator, ctx.lang);
}

/** The OECD average: computed in a complete edition; in a partial one the OECD's printed figure, said to be so. */
export function averageText(ctx: PageContext, props: { index: string; indicator: string; edition?: string }): ScoreText | undefined {
  const { data, lang, t } = ctx;
  const { edition } = resolve(ctx, 'OecdAverage', props);
  const average = shownAverage(data, data.stats(props.index, edition.edition, props.indicator), lang);
  if (!average) return undefined;
  return {
    value: average.printed ? String(average.value) : average.value.toFixed(6),
    text: average.text,
    ...(average.printed ? { note: `(${t('country.printedAverage').toLocaleLowerCase(lang)})` } : {}),
  };
}

export function indicatorChart(ctx: PageContext, props: { index: string; indicator: string; edition?: string }): RankingView {
  const { edition } = resolve(ctx, 'IndicatorChart', props);
  return rankingView(ctx, props.index, edition.edition, props.indicator, { id: `mdx-${props.index}-${edition.edition}-${props.indicator}` });
}

export function countryComparison(ctx: PageContext, props: { countries: string[]; index: string; edition?: string }): ComparisonView {
  const { edition } = resolve(ctx, 'CountryCompare', props);
  return comparisonView(ctx, props.countries, props.index, edition.edition, `mdx-compare-${props.index}-${props.countries.join('-').toLowerCase()}`);
}
