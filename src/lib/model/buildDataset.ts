import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { countryName } from '../countries/registry.ts';
import { languages, type Lang } from '../i18n/languages.ts';
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
const NOT_EDITIONS = /^(manifest\.json|groups\.json|README(\.md)?|\..*)$/i;

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
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  const ranked: RankedObservation[] = [];
  const stats: IndicatorStats[] = [];
  for (const edition of editions) {
    const index = manifest.indices.find((x) => x.id === edition.index)!;
    for (const indicator of index.indicators) {
      const group = rankObservations(groups.get(`${edition.index}|${edition.edition}|${indicator.id}`) ?? [], edition);
      for (const o of group) ranked.push(o);
      stats.push(computeStats(edition.index, edition.edition, indicator.id, group));
    }
  }
  linkChanges(ranked, editions);
  warnings.push(...reconcileAggregates(printed, stats));
  const sorted = sortObservations(ranked, manifest.indices, editions);
  return { indices: manifest.indices, editions, countries: listCountries(sorted, editions), observations: sorted, stats, warnings };
}

/**
 * Orders observations by index (manifest order), edition (oldest first), country code, then indicator
 * (manifest order). The positions are looked up once per observation rather than on every comparison.
 * Country codes are upper-case ASCII (A–Z), for which code-unit order is alphabetical order.
 */
function sortObservations(observations: RankedObservation[], indices: IndexDefinition[], editions: Edition[]): RankedObservation[] {
  const indexOrder = new Map(indices.map((index, i) => [index.id, i]));
  const editionOrder = new Map(editions.map((e, i) => [`${e.index}|${e.edition}`, i]));
  const indicatorOrder = new Map(indices.flatMap((index) => index.indicators.map((ind, i) => [`${index.id}|${ind.id}`, i] as const)));
  const keyed = observations.map((o) => ({
    o,
    index: indexOrder.get(o.index)!,
    edition: editionOrder.get(`${o.index}|${o.edition}`)!,
    indicator: indicatorOrder.get(`${o.index}|${o.indicator}`)!,
  }));
  keyed.sort(
    (a, b) =>
      a.index - b.index ||
      a.edition - b.edition ||
      (a.o.iso3 < b.o.iso3 ? -1 : a.o.iso3 > b.o.iso3 ? 1 : 0) ||
      a.indicator - b.indicator,
  );
  return keyed.map((k) => k.o);
}

/** One entry per country with data, by code, with the names the sources printed for it (one pass over the observations). */
function listCountries(observations: RankedObservation[], editions: Edition[]): Country[] {
  const latest = editions.map((e) => e.membershipAsOf).sort().at(-1);
  const labels = new Map<string, Set<string>>();
  for (const o of observations) {
    let names = labels.get(o.iso3);
    if (!names) labels.set(o.iso3, (names = new Set()));
    if (o.sourceLabel) names.add(o.sourceLabel);
  }
  const codes = [...labels.keys()].sort();
  return codes.map((iso3) => ({
    iso3,
    name: Object.fromEntries(languages.map((lang) => [lang, countryName(iso3, lang)])) as Record<Lang, string>,
    oecdMember: isOecdMember(iso3, latest),
    sourceNames: [...labels.get(iso3)!].sort(),
  }));
}
