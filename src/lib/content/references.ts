import type { Queries } from '../query/createQueries.ts';

/** Props of the MDX data components (`<Score country="KOR" index="dgi" indicator="composite" edition="latest" />`). */
export interface DataReference {
  country?: string;
  countries?: string[];
  index?: string;
  indicator?: string;
  edition?: string;
}

/** Which props each MDX data component needs; `edition` is optional everywhere and means the latest. */
export const componentProps: Record<string, (keyof DataReference)[]> = {
  Score: ['country', 'index', 'indicator'],
  Rank: ['country', 'index', 'indicator'],
  OecdAverage: ['index', 'indicator'],
  IndicatorChart: ['index', 'indicator'],
  CountryCompare: ['countries', 'index'],
};

const list = (values: string[]) => values.map((v) => `"${v}"`).join(', ');

/**
 * Problems with a component's data reference, each naming the bad value and the allowed values; an
 * empty list when the reference resolves.
 */
export function checkReference(queries: Queries, component: string, ref: DataReference): string[] {
  const needed = componentProps[component];
  if (!needed) return [`unknown component <${component}>; use one of ${Object.keys(componentProps).map((c) => `<${c}>`).join(', ')}`];
  const problems = needed.filter((prop) => ref[prop] === undefined).map((prop) => `<${component}> needs the attribute ${prop}`);
  if (problems.length) return problems;
  const indexIds = queries.dataset.indices.map((i) => i.id);
  const index = queries.index(ref.index!);
  if (!index) return [`<${component}> index "${ref.index}" is unknown; allowed: ${list(indexIds)}`];
  const editions = queries.editions(index.id).map((e) => e.edition);
  const edition = ref.edition === undefined ? queries.edition(index.id, 'latest') : queries.edition(index.id, ref.edition);
  if (!edition) return [`<${component}> edition "${ref.edition}" of ${index.id} is unknown; allowed: ${list(['latest', ...editions])}`];
  if (ref.indicator !== undefined && !queries.indicator(index.id, ref.indicator)) {
    return [`<${component}> indicator "${ref.indicator}" is not part of ${index.id}; allowed: ${list(index.indicators.map((i) => i.id))}`];
  }
  const countries = ref.countries ?? (ref.country !== undefined ? [ref.country] : []);
  if (ref.countries && (ref.countries.length < 2 || ref.countries.length > 6)) problems.push(`<${component}> compares 2 to 6 countries, got ${ref.countries.length}`);
  const covered = queries.ranking(index.id, edition.edition, 'composite').map((o) => o.iso3);
  for (const country of countries) {
    if (!queries.country(country)) problems.push(`<${component}> country "${country}" is unknown; allowed: ${list(queries.dataset.countries.map((c) => c.iso3))}`);
    else if (!covered.includes(country)) problems.push(`<${component}> country "${country}" has no data in ${index.id} ${edition.edition}; allowed: ${list([...covered].sort())}`);
  }
  return problems;
}
