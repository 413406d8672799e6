import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { countryName } from '../countries/registry.ts';
import { isOecdMember } from '../countries/membership.ts';
import { readCsv } from '../csv/readCsv.ts';
import { DataValidationError, quote, type DataIssue } from '../issues.ts';
import { parseManifest } from '../manifest/parseManifest.ts';
import type { IndexDefinition, Manifest } from '../manifest/schema.ts';
import { readRecords } from '../readers/readRecords.ts';
import { composeParents } from './composeParents.ts';
import { computeStats } from './computeStats.ts';
import { linkChanges } from './linkChanges.ts';
import { normalizeRecords } from './normalizeRecords.ts';
import { orderEditions } from './orderEditions.ts';
import { rankObservations } from './rankObservations.ts';
import { reconcileAggregates } from './reconcileAggregates.ts';
import type { Country, Dataset, Edition, IndicatorStats, Observation, PrintedAggregate, RankedObservation } from './types.ts';

/** Files in the data folder that are not editions. */
const NOT_EDITIONS = /^(manifest\.json|README(\.md)?|\..*)$/i;

/**
 * Reads the manifest and every edition file of `dataDir`, validates them, and derives ranks, OECD
 * averages and changes. Throws a DataValidationError listing every problem when any input is invalid.
 */
export function buildDataset(dataDir: string): Dataset {
  const shown = (name: string) => relative(process.cwd(), join(dataDir, name)) || name;
  const manifestFile = shown('manifest.json');
  let manifestText: string;
  try {
    manifestText = readFileSync(join(dataDir, 'manifest.json'), 'utf8');
  } catch {
    throw new DataValidationError([{ file: manifestFile, message: 'the manifest is missing; create it to describe each data file' }]);
  }
  const { manifest, issues } = parseManifest(manifestText, manifestFile);
  if (!manifest) throw new DataValidationError(issues);

  const present = readdirSync(dataDir).filter((name) => !NOT_EDITIONS.test(name)).sort();
  for (const name of present) {
    if (!manifest.editions.some((e) => e.file === name)) {
      issues.push({ file: shown(name), message: `the file is not described in ${manifestFile}; add an entry for it under "editions" or remove the file` });
    }
  }
  const observations: Observation[] = [];
  const printed: PrintedAggregate[] = [];
  const warnings: DataIssue[] = [];
  manifest.editions.forEach((entry, i) => {
    const index = manifest.indices.find((x) => x.id === entry.index)!;
    if (!present.includes(entry.file)) {
      issues.push({ file: manifestFile, message: `editions[${i}].file: ${quote(entry.file)} is not in the data folder; add the file or remove the entry` });
      return;
    }
    const file = shown(entry.file);
    const csv = readCsv(readFileSync(join(dataDir, entry.file), 'utf8'), file);
    issues.push(...csv.issues);
    if (!csv.table) return;
    const read = readRecords(csv.table, entry.layout);
    issues.push(...read.issues);
    const normalized = normalizeRecords(read.records, entry, index, file);
    issues.push(...normalized.issues);
    const composed = composeParents(normalized.observations, entry, index);
    observations.push(...composed.observations);
    warnings.push(...composed.warnings);
    printed.push(...normalized.aggregates);
  });
  if (issues.length) throw new DataValidationError(issues);
  return derive(manifest, observations, printed, warnings);
}

function derive(manifest: Manifest, observations: Observation[], printed: PrintedAggregate[], warnings: DataIssue[]): Dataset {
  const editions = orderEditions(manifest.editions, manifest.indices.map((index) => index.id));
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = `${o.index}|${o.edition}|${o.indicator}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const ranked: RankedObservation[] = [];
  const stats: IndicatorStats[] = [];
  for (const edition of editions) {
    const index = manifest.indices.find((x) => x.id === edition.index)!;
    for (const indicator of index.indicators) {
      const group = rankObservations(groups.get(`${edition.index}|${edition.edition}|${indicator.id}`) ?? [], edition);
      ranked.push(...group);
      stats.push(computeStats(edition.index, edition.edition, indicator.id, group));
    }
  }
  linkChanges(ranked, editions);
  warnings.push(...reconcileAggregates(printed, stats));
  ranked.sort(compareObservations(manifest.indices, editions));
  return { indices: manifest.indices, editions, countries: listCountries(ranked, editions), observations: ranked, stats, warnings };
}

function compareObservations(indices: IndexDefinition[], editions: Edition[]) {
  const indexOrder = new Map(indices.map((index, i) => [index.id, i]));
  const editionOrder = new Map(editions.map((e, i) => [`${e.index}|${e.edition}`, i]));
  const indicatorOrder = new Map(indices.flatMap((index) => index.indicators.map((ind, i) => [`${index.id}|${ind.id}`, i] as const)));
  return (a: Observation, b: Observation) =>
    indexOrder.get(a.index)! - indexOrder.get(b.index)! ||
    editionOrder.get(`${a.index}|${a.edition}`)! - editionOrder.get(`${b.index}|${b.edition}`)! ||
    a.iso3.localeCompare(b.iso3) ||
    indicatorOrder.get(`${a.index}|${a.indicator}`)! - indicatorOrder.get(`${b.index}|${b.indicator}`)!;
}

function listCountries(observations: RankedObservation[], editions: Edition[]): Country[] {
  const latest = editions.map((e) => e.membershipAsOf).sort().at(-1);
  const codes = [...new Set(observations.map((o) => o.iso3))].sort();
  return codes.map((iso3) => {
    const sourceNames = new Set(observations.filter((o) => o.iso3 === iso3 && o.sourceLabel).map((o) => o.sourceLabel!));
    return {
      iso3,
      name: { en: countryName(iso3, 'en'), fr: countryName(iso3, 'fr') },
      oecdMember: isOecdMember(iso3, latest),
      sourceNames: [...sourceNames].sort(),
    };
  });
}
