import { countryName } from '../countries/registry.ts';
import type { DataIssue } from '../issues.ts';
import type { EditionEntry, IndexDefinition } from '../manifest/schema.ts';
import { decimalsFor, depthOf } from './levels.ts';
import { roundTo, roundingTolerance } from './round.ts';
import type { Observation } from './types.ts';

/**
 * Applies the index's aggregation rule per country: a parent indicator the source omits is computed as
 * the mean of its children (rounded to the edition's precision); a parent the source gives is checked
 * against that mean and a warning is raised where they differ by more than rounding.
 */
export function composeParents(
  observations: Observation[],
  entry: EditionEntry,
  index: IndexDefinition,
): { observations: Observation[]; warnings: DataIssue[] } {
  const warnings: DataIssue[] = [];
  const byKey = new Map(observations.map((o) => [`${o.iso3}|${o.indicator}`, o]));
  const countries = [...new Set(observations.map((o) => o.iso3))].sort();
  const parents = index.indicators
    .filter((parent) => index.indicators.some((child) => child.parent === parent.id))
    .sort((a, b) => depthOf(index, b.id) - depthOf(index, a.id));
  const computed: Observation[] = [];
  for (const parent of parents) {
    const children = index.indicators.filter((child) => child.parent === parent.id);
    const decimals = decimalsFor(entry, index, parent.id);
    const childDecimals = Math.min(...children.map((child) => decimalsFor(entry, index, child.id)));
    for (const iso3 of countries) {
      const values = children.map((child) => byKey.get(`${iso3}|${child.id}`)?.value);
      if (values.some((v) => v === undefined)) continue;
      const mean = (values as number[]).reduce((sum, v) => sum + v, 0) / values.length;
      const given = byKey.get(`${iso3}|${parent.id}`);
      if (given) {
        if (Math.abs(given.value - mean) > roundingTolerance(childDecimals, decimals)) {
          warnings.push({
            file: given.file ?? entry.file,
            ...(given.line !== undefined ? { line: given.line } : {}),
            message: `${countryName(iso3, 'en')} ${parent.id} is ${given.text} but the mean of its ${children.length} ${children.length === 1 ? 'child' : 'children'} is ${mean.toFixed(decimals + 1)}; the site shows the published value`,
          });
        }
        continue;
      }
      const value = roundTo(mean, decimals);
      const observation: Observation = {
        index: entry.index,
        edition: entry.edition,
        iso3,
        indicator: parent.id,
        value,
        text: value.toFixed(decimals),
        origin: 'computed',
      };
      byKey.set(`${iso3}|${parent.id}`, observation);
      computed.push(observation);
    }
  }
  return { observations: [...observations, ...computed], warnings };
}
