import CountryCompare from './CountryCompare.astro';
import IndicatorChart from './IndicatorChart.astro';
import MethodologyEditions from '../MethodologyEditions.astro';
import OecdAverage from './OecdAverage.astro';
import Rank from './Rank.astro';
import Score from './Score.astro';

/** Components available in every MDX file without an import. */
export const mdxComponents = { Score, Rank, OecdAverage, IndicatorChart, CountryCompare, MethodologyEditions };
