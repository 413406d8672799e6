import type { DataIndex } from '../query/dataIndex.ts';
import { latestComplete } from '../query/editions.ts';
import type { Edition } from '../model/types.ts';

/** Props of the MDX data components (`<Score country="KOR" index="dgi" indicator="composite" edition="latest" />`). */
export interface DataReference {
  country?: string;
  countries?: string[];
  index?: string;
  indicator?: string;
  edition?: string;
}

/**
 * Which props each MDX data component needs; `edition` is optional everywhere and means the latest
 * (`"latest"`); `"latest-complete"` names the newest complete edition, the one ranks come from.
 */
const componentProps: Record<string, (keyof DataReference)[]> = {
  Score: ['country', 'index', 'indicator'],
  Rank: ['country', 'index', 'indicator'],
  OecdAverage: ['index', 'indicator'],
  IndicatorChart: ['index', 'indicator'],
  CountryCompare: ['countries', 'index'],
  Editions: ['index'],
  NewestEdition: ['index'],
  LatestComplete: ['index'],
  CountryCount: ['index'],
  MethodologyEditions: ['index'],
};

/** Components that draw a figure: each stands on a line of its own, never inside a sentence. */
export const blockComponents: ReadonlySet<string> = new Set(['IndicatorChart', 'CountryCompare', 'Editions', 'MethodologyEditions']);

/** The props `component` needs, or undefined for a name that is not a component (`constructor` included). */
const propsOf = (component: string) => (Object.hasOwn(componentProps, component) ? componentProps[component] : undefined);

const list = (values: string[]) => values.map((v) => `"${v}"`).join(', ');

/** Attributes of the wrong type: `countries` is a list of codes, every other attribute is text in quotes. */
function typeProblems(component: string, props: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(props)) {
    if (!(propsOf(component) ?? []).includes(name as keyof DataReference) && name !== 'edition') {
      problems.push(`<${component}> has no attribute ${name}; it takes ${[...(propsOf(component) ?? []), 'edition'].join(', ')}`);
    } else if (name === 'countries') {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) problems.push(`<${component}> attribute countries must be a list of codes, e.g. countries={["KOR","DNK"]}`);
    } else if (typeof value !== 'string') {
      const shown = typeof value === 'object' ? JSON.stringify(value) : String(value);
      const text = Array.isArray(value) ? String(value[0] ?? '') : shown;
      problems.push(`<${component}> attribute ${name}={${shown}} is a ${Array.isArray(value) ? 'list' : typeof value === 'number' ? 'number' : typeof value}, not text; write it in quotes: ${name}="${text}"`);
    }
  }
  return problems;
}

/** The edition a component's `edition` names: a label, `latest` (the default) or `latest-complete`. */
export function editionOf(data: DataIndex, index: string, label = 'latest'): Edition | undefined {
  if (label === 'latest-complete') return data.editions(index).length ? latestComplete(data, index) : undefined;
  return data.edition(index, label);
}

/**
 * Problems with a component's data reference, each naming the bad value and the allowed values; an
 * empty list when the reference resolves.
 */
export function checkReference(data: DataIndex, component: string, props: Record<string, unknown>): string[] {
  const needed = propsOf(component);
  if (!needed) return [`unknown component <${component}>; use one of ${Object.keys(componentProps).map((c) => `<${c}>`).join(', ')}`];
  const problems = needed.filter((prop) => props[prop] === undefined).map((prop) => `<${component}> needs the attribute ${prop}`);
  problems.push(...typeProblems(component, props));
  if (problems.length) return problems;
  const ref = props as DataReference;
  const indexIds = data.dataset.indices.map((i) => i.id);
  const index = data.index(ref.index!);
  if (!index) return [`<${component}> index "${ref.index}" is unknown; allowed: ${list(indexIds)}`];
  const editions = data.editions(index.id).map((e) => e.edition);
  const edition = editionOf(data, index.id, ref.edition);
  if (!edition) return [`<${component}> edition "${ref.edition}" of ${index.id} is unknown; allowed: ${list(['latest', 'latest-complete', ...editions])}`];
  if (ref.indicator !== undefined && !data.indicator(index.id, ref.indicator)) {
    return [`<${component}> indicator "${ref.indicator}" is not part of ${index.id}; allowed: ${list(index.indicators.map((i) => i.id))}`];
  }
  const countries = ref.countries ?? (ref.country !== undefined ? [ref.country] : []);
  if (ref.countries && (ref.countries.length < 2 || ref.countries.length > 6)) problems.push(`<${component}> compares 2 to 6 countries, got ${ref.countries.length}`);
  const twice = [...new Set(countries.filter((c, i) => countries.indexOf(c) !== i))];
  for (const country of twice) problems.push(`<${component}> lists the country "${country}" twice; list each country once`);
  const covered = data.ranking(index.id, edition.edition, 'composite').map((o) => o.iso3);
  for (const country of new Set(countries)) {
    if (!data.country(country)) problems.push(`<${component}> country "${country}" is unknown; allowed: ${list(data.dataset.countries.map((c) => c.iso3))}`);
    else if (!covered.includes(country)) problems.push(`<${component}> country "${country}" has no data in ${index.id} ${edition.edition}; allowed: ${list([...covered].sort())}`);
  }
  return problems;
}
