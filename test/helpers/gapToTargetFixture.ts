/**
 * The gap-to-target fixture (test/fixtures/gap/): one made-up index with three dimensions.
 * - FIX 2023, complete, 10 OECD members ranked (top quarter: ranks 1–2), Brazil scored but not ranked
 *   (a non-member), France and Germany tied 5th on the composite, the United States absent (did not take part);
 * - FIX 2021, complete, 3 ranked countries (top quarter: the first place alone), the United States among them;
 * - FIX 2025, partial (no ranks): Korea and Germany.
 * `withoutValue` removes one value from the built dataset: a complete edition that does not state a
 * country's dimension cannot be written as data (the build refuses it), so the case is made here.
 */
import { join } from 'node:path';
import { indexData, type DataIndex } from '../../src/lib/query/dataIndex.ts';
import { buildFrom, repoRoot } from './realData.ts';

export const gapFixtureDir = join(repoRoot, 'test', 'fixtures', 'gap');

let built: ReturnType<typeof buildFrom> | undefined;
const dataset = () => (built ??= buildFrom(repoRoot, gapFixtureDir));

export const gapQueries = (): DataIndex => indexData(dataset());

export function withoutValue(iso3: string, edition: string, indicator: string): DataIndex {
  const d = dataset();
  return indexData({ ...d, observations: d.observations.filter((o) => !(o.iso3 === iso3 && o.edition === edition && o.indicator === indicator)) });
}
