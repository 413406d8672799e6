import { jsx } from 'astro/jsx-runtime';
import type { Lang } from '../../lib/i18n/languages.ts';
import CountryCompare from './CountryCompare.astro';
import CountryCount from './CountryCount.astro';
import Editions from './Editions.astro';
import IndicatorChart from './IndicatorChart.astro';
import LatestComplete from './LatestComplete.astro';
import NewestEdition from './NewestEdition.astro';
import MethodologyEditions from '../MethodologyEditions.astro';
import OecdAverage from './OecdAverage.astro';
import Rank from './Rank.astro';
import Score from './Score.astro';

/** Components available in every MDX file without an import. */
const mdxComponents = { Score, Rank, OecdAverage, IndicatorChart, CountryCompare, Editions, NewestEdition, LatestComplete, CountryCount, MethodologyEditions };

/**
 * The components for a text written in `textLang`: each gets the text's language, so its figures and words
 * are written as the text around them (an English note on a Spanish page says "0.83", not "0,83").
 */
export function componentsFor(textLang: Lang): typeof mdxComponents {
  return Object.fromEntries(
    Object.entries(mdxComponents).map(([name, Component]) => [name, (props: Record<string, unknown>) => jsx(Component, { ...props, textLang })]),
  ) as unknown as typeof mdxComponents;
}
