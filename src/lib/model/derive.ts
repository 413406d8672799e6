import { oecdAccession, isOecdMember } from '../countries/membership.ts';
import { countryName } from '../countries/registry.ts';
import { languages, type Lang } from '../i18n/languages.ts';
import { translate, type MessageKey } from '../i18n/translate.ts';
import type { DataIssue } from '../issues.ts';
import type { IndexDefinition, Manifest } from '../manifest/schema.ts';
import { computeStats } from './computeStats.ts';
import { decimalsFor } from './levels.ts';
import { withChanges } from './linkChanges.ts';
import { orderEditions } from './orderEditions.ts';
import { rankObservations } from './rankObservations.ts';
import { reconcile } from './reconcile.ts';
import { describeSourceDifference } from './secondSources.ts';
import type { Country, Dataset, Difference, Edition, IndicatorStats, Observation, PrintedAggregate, PrintedFigure, RankedObservation, SourceCheck } from './types.ts';

interface DeriveInputs {
  manifest: Manifest;
  /** Every valid observation of every edition, as read (and composed). */
  observations: readonly Observation[];
  /** The sources' printed aggregate rows (OECD averages). */
  printed: readonly PrintedAggregate[];
  /** The sources' printed ranks and changes. */
  figures: readonly PrintedFigure[];
  /** Declared source discrepancies found while composing parents, and differences between an edition's sources. */
  declared: readonly Difference[];
  /** What comparing each second source with its edition's file found. */
  sourceChecks?: readonly SourceCheck[];
}

const key = (...parts: string[]) => parts.join('|');

/**
 * Derives ranks, OECD averages, changes and the printed-vs-computed differences from validated
 * observations. Every step returns new values; nothing read earlier is modified.
 */
export function derive({ manifest, observations, printed, figures, declared, sourceChecks = [] }: DeriveInputs): Dataset {
  const editions = orderEditions(manifest.editions, manifest.indices.map((index) => index.id));
  const groups = groupBy(observations, (o) => key(o.index, o.edition, o.indicator));
  const printedFigures = groupBy(figures, (p) => key(p.index, p.edition, p.indicator));
  const printedAverage = new Map(printed.filter((p) => p.aggregate === 'OECD').map((p) => [key(p.index, p.edition, p.indicator), p]));
  const ranked: RankedObservation[] = [];
  const stats: IndicatorStats[] = [];
  for (const edition of editions) {
    const index = manifest.indices.find((x) => x.id === edition.index)!;
    for (const indicator of index.indicators) {
      const k = key(edition.index, edition.edition, indicator.id);
      const group = rankObservations(groups.get(k) ?? [], edition, printedFigures.get(k) ?? [], decimalsFor(edition, index, indicator.id));
      ranked.push(...group);
      stats.push(computeStats(edition, indicator.id, group, printedAverage.get(k)));
    }
  }
  const changed = withChanges(ranked, editions, manifest.indices);
  const differences = [...declared, ...reconcile({ indices: manifest.indices, editions, observations: changed, stats, printed })];
  const sorted = sortObservations(changed, manifest.indices, editions);
  return {
    indices: manifest.indices,
    editions,
    unheldEditions: manifest.unheldEditions,
    changes: manifest.changes,
    nextEditions: manifest.nextEditions,
    countries: listCountries(sorted, editions),
    observations: sorted,
    stats,
    differences,
    warnings: differences.map(describeDifference),
    sourceChecks: [...sourceChecks],
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The build-log line of a difference (English; the data-quality page shows it in every language). */
function describeDifference(d: Difference): DataIssue {
  const who = d.iso3 ? `${countryName(d.iso3, 'en')} ` : '';
  const what = {
    average: `the printed OECD average for ${d.index} ${d.edition} ${d.indicator} is ${d.printed} but the mean over the OECD members with data is ${d.computed}; the site shows the computed value and lists the printed one`,
    rank: `${who}${d.index} ${d.edition} ${d.indicator}: printed rank ${d.printed}, computed rank ${d.computed} (ties share a rank); the site shows both`,
    change: `${who}${d.index} ${d.edition} ${d.indicator}: printed change ${d.printed}, computed ${d.computed}; the site shows both`,
    composite: `${who}${d.index} ${d.edition} ${d.indicator} is printed as ${d.printed} but its parts give ${d.computed}: a known source discrepancy; the site shows the printed value`,
    source: describeSourceDifference(d),
  }[d.kind];
  if (d.kind === 'source') return { file: d.file, ...(d.line !== undefined ? { line: d.line } : {}), message: what };
  const cause = d.cause && 'key' in d.cause ? ` (${causeInEnglish(d.cause)})` : d.cause ? ` (${d.cause.text.en})` : '';
  return { file: d.file, ...(d.line !== undefined ? { line: d.line } : {}), message: what + cause };
}

function causeInEnglish(cause: { key: string; params?: Record<string, string | number> }): string {
  const params = { ...cause.params };
  if (typeof params.countries === 'string') params.countries = params.countries.split(', ').map((iso3) => countryName(iso3, 'en')).join(', ');
  return translate('en', cause.key as MessageKey, params);
}

/**
 * Orders observations by index (manifest order), edition (oldest first), country code, then indicator
 * (manifest order). The positions are looked up once per observation rather than on every comparison.
 * Country codes are upper-case ASCII (A–Z), for which code-unit order is alphabetical order.
 */
function sortObservations(observations: RankedObservation[], indices: readonly IndexDefinition[], editions: readonly Edition[]): RankedObservation[] {
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

/**
 * One entry per country with data, and per OECD member at the latest edition's date even without data
 * (every member has a profile), by code, with the names the sources printed for it.
 */
function listCountries(observations: readonly RankedObservation[], editions: readonly Edition[]): Country[] {
  const latest = editions.map((e) => e.membershipAsOf).sort().at(-1);
  const labels = new Map<string, Set<string>>();
  for (const o of observations) {
    let names = labels.get(o.iso3);
    if (!names) labels.set(o.iso3, (names = new Set()));
    if (o.sourceLabel) names.add(o.sourceLabel);
  }
  const covered = new Set(labels.keys());
  const members = Object.keys(oecdAccession).filter((iso3) => isOecdMember(iso3, latest));
  const codes = [...new Set([...covered, ...members])].sort();
  return codes.map((iso3) => ({
    iso3,
    name: Object.fromEntries(languages.map((lang) => [lang, countryName(iso3, lang)])) as Record<Lang, string>,
    covered: covered.has(iso3),
    oecdMember: isOecdMember(iso3, latest),
    sourceNames: [...(labels.get(iso3) ?? [])].sort(),
  }));
}
