import { countryName } from '../countries/registry.ts';
import type { DataIssue } from '../issues.ts';
import type { EditionEntry, IndexDefinition } from '../manifest/schema.ts';
import { aggregationFor, decimalsFor, depthOf } from './levels.ts';
import { roundTo, roundingTolerance } from './round.ts';
import type { Difference, Observation } from './types.ts';

interface Composed {
  observations: Observation[];
  /** Declared source discrepancies that do occur: shown on the data-quality page. */
  differences: Difference[];
  /** Undeclared mismatches, and declarations that no longer match a mismatch. */
  issues: DataIssue[];
}

/**
 * Applies the edition's aggregation rule (`mean` or `sum`, per level) per country. In a complete edition
 * a parent the source omits is computed from its children and rounded to the edition's precision; a
 * partial edition computes nothing (a value the source does not state stays missing). A parent the
 * source gives is checked against the aggregate of its children: a difference beyond the published
 * rounding fails the build unless the manifest declares it under `knownDiscrepancies`; with
 * `checkDeclarations`, a declaration that matches no mismatch fails too.
 */
export function composeParents(observations: Observation[], entry: EditionEntry, index: IndexDefinition, file: string, checkDeclarations = true): Composed {
  const out: Composed = { observations: [], differences: [], issues: [] };
  const byKey = new Map(observations.map((o) => [`${o.iso3}|${o.indicator}`, o]));
  const countries = [...new Set(observations.map((o) => o.iso3))].sort();
  const declared = new Map(entry.knownDiscrepancies.map((d) => [`${d.country}|${d.indicator}`, d]));
  const seen = new Set<string>();
  const parents = index.indicators
    .filter((parent) => index.indicators.some((child) => child.parent === parent.id))
    .sort((a, b) => depthOf(index, b.id) - depthOf(index, a.id));
  for (const parent of parents) {
    const children = index.indicators.filter((child) => child.parent === parent.id);
    const rule = aggregationFor(entry, index, parent.id);
    const decimals = decimalsFor(entry, index, parent.id);
    const childDecimals = Math.min(...children.map((child) => decimalsFor(entry, index, child.id)));
    // A sum adds each child's rounding error; a mean averages them.
    const tolerance = roundingTolerance(decimals) + (rule === 'sum' ? children.length : 1) * 0.5 * 10 ** -childDecimals;
    for (const iso3 of countries) {
      const values = children.map((child) => byKey.get(`${iso3}|${child.id}`)?.value);
      if (values.some((v) => v === undefined)) continue;
      const total = (values as number[]).reduce((sum, v) => sum + v, 0);
      const aggregate = rule === 'sum' ? total : total / values.length;
      const given = byKey.get(`${iso3}|${parent.id}`);
      if (given) {
        const key = `${iso3}|${parent.id}`;
        if (Math.abs(given.value - aggregate) <= tolerance) continue;
        const declaration = declared.get(key);
        const computed = aggregate.toFixed(decimals + 1);
        if (declaration) {
          seen.add(key);
          out.differences.push({
            kind: 'composite', index: entry.index, edition: entry.edition, iso3, indicator: parent.id,
            printed: given.text, computed, difference: given.value - aggregate, shown: 'printed',
            cause: { text: declaration.reason }, file, ...(given.line !== undefined ? { line: given.line } : {}),
          });
        } else {
          out.issues.push({
            // A figure taken from a second source is named at its own file and line.
            file: given.file ?? file,
            ...(given.line !== undefined ? { line: given.line } : {}),
            message: `${countryName(iso3, 'en')} (${iso3}) ${parent.id} is ${given.text} but the ${rule} of its ${children.length} parts is ${computed}, more than the published rounding allows (±${tolerance.toFixed(decimals + 1)}); correct the value, or, if the source prints it so, declare it in knownDiscrepancies of ${entry.index} ${entry.edition} in data/manifest.json: {"country": "${iso3}", "indicator": "${parent.id}", "reason": {"en": "…", "fr": "…", "es": "…"}}`,
          });
        }
        continue;
      }
      if (entry.completeness.status === 'partial') continue;
      const value = roundTo(aggregate, decimals);
      const observation: Observation = { index: entry.index, edition: entry.edition, iso3, indicator: parent.id, value, text: value.toFixed(decimals), origin: 'computed' };
      byKey.set(`${iso3}|${parent.id}`, observation);
      out.observations.push(observation);
    }
  }
  entry.knownDiscrepancies.forEach((d) => {
    if (checkDeclarations && !seen.has(`${d.country}|${d.indicator}`)) {
      out.issues.push({ file, message: `knownDiscrepancies of ${entry.index} ${entry.edition} declares ${d.country} ${d.indicator}, but the given value agrees with its parts (or is not given); remove the declaration from data/manifest.json` });
    }
  });
  return { ...out, observations: [...observations, ...out.observations] };
}
