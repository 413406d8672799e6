import { countryName } from '../countries/registry.ts';
import type { DataIssue } from '../issues.ts';
import { scaleText } from '../manifest/checkPrimary.ts';
import type { EditionEntry, IndexDefinition } from '../manifest/schema.ts';
import { aggregationFor, decimalsFor, levelOf, scaleFor } from './levels.ts';
import { roundTo, roundingTolerance } from './round.ts';
import type { Difference, Observation, PrintedAggregate, Publication, SourceCheck } from './types.ts';

/** A second source of an edition, as the manifest declares it. */
type SecondSource = EditionEntry['sources'][number];

/** The edition entry as the second source would be read: its layout, precision and scale, nothing printed or ignored. */
export function asEntry(entry: EditionEntry, source: SecondSource): EditionEntry {
  return { ...entry, file: source.file, layout: source.layout, source: source.source, decimals: source.decimals, levels: source.levels, printed: { rank: {}, change: {} }, ignore: [], knownDiscrepancies: [], sources: [] };
}

const publicationOf = (source: SecondSource['source']): Publication => ({ citation: source.citation, doi: source.doi, ...(source.table ? { table: source.table } : {}) });

/**
 * The edition entry as its figures are shown: a level whose primary source is a second source
 * (`primaryFor`) takes that publication's decimals, so the figure is said as it prints it. Without
 * `primaryFor` the entry itself.
 */
export function shownEntry(entry: EditionEntry): EditionEntry {
  const switched = entry.sources.flatMap((source) => source.primaryFor.map((level) => ({ level, source })));
  if (!switched.length) return entry;
  // Sub-pillars default to the dimensions' decimals: kept as the edition's when only the dimensions switch.
  const decimals = { ...entry.decimals, ...(entry.decimals.sub === undefined ? { sub: entry.decimals.dimension } : {}) };
  for (const { level, source } of switched) {
    if (level === 'sub') decimals.sub = source.decimals.sub ?? source.decimals.dimension;
    else if (level === 'composite' || level === 'dimension') decimals[level] = source.decimals[level];
  }
  return { ...entry, decimals };
}

interface Merged {
  observations: Observation[];
  aggregates: PrintedAggregate[];
  /** Figures of the edition's file replaced by this source's, for the levels it is primary for (`primaryFor`). */
  replaced: Observation[];
  replacedAggregates: PrintedAggregate[];
  differences: Difference[];
  check: SourceCheck;
  issues: DataIssue[];
}

/**
 * Compares a second source with the edition's own file, value by value, each converted to the edition's
 * scale (a DGI dimension on 0–1/6 is multiplied by 6; a composite that is a sum of parts on 0–1/n is on
 * 0–1 as the mean is). Within both roundings they agree (counted, not warned about); beyond, both stay
 * as printed, the edition's own figure is shown and the difference listed. Where the edition's file lacks
 * a figure of a country it covers, or a printed OECD average, and the second source prints it on the same
 * scale, the printed figure is taken with its source (never converted: a rescaled figure is not one the
 * OECD printed), and where the edition's own parts, aggregated, would round otherwise the computed figure
 * is listed beside it. For a level the second source is primary for (`primaryFor`, on the edition's scale),
 * the roles swap: its figure replaces the file's, the file's is compared with it, and a difference beyond
 * rounding is listed with the second source's figure shown; a figure it lacks stays the file's.
 */
export function mergeSecondSource(
  own: { observations: readonly Observation[]; aggregates: readonly PrintedAggregate[] },
  second: { observations: readonly Observation[]; aggregates: readonly PrintedAggregate[] },
  entry: EditionEntry,
  source: SecondSource,
  index: IndexDefinition,
  file: string,
): Merged {
  const read = asEntry(entry, source);
  const publication = publicationOf(source.source);
  const primary = new Set(source.primaryFor);
  const isPrimary = (indicator: string) => primary.has(levelOf(index, indicator));
  const out: Merged = { observations: [], aggregates: [], replaced: [], replacedAggregates: [], differences: [], issues: [], check: { index: entry.index, edition: entry.edition, source: publication, file, compared: 0, agree: 0, filled: 0 } };
  const byKey = new Map(own.observations.map((o) => [`${o.iso3}|${o.indicator}`, o]));
  const covered = new Set(own.observations.map((o) => o.iso3));
  const factor = (indicator: string) => scaleFor(entry, index, indicator).max / scaleFor(read, index, indicator).max;
  const tolerance = (indicator: string) => factor(indicator) * roundingTolerance(decimalsFor(read, index, indicator)) + roundingTolerance(decimalsFor(entry, index, indicator));
  const name = source.source.table ? `${source.source.citation}, ${source.source.table}` : source.source.citation;
  const compare = (theirs: { value: number; text: string; line?: number }, mine: { value: number; text: string }, base: Pick<Difference, 'index' | 'edition' | 'indicator'> & { iso3?: string }) => {
    out.check.compared++;
    const converted = theirs.value * factor(base.indicator);
    if (Math.abs(converted - mine.value) <= tolerance(base.indicator)) {
      out.check.agree++;
      return;
    }
    const scale = factor(base.indicator) === 1 ? '' : scaleText(scaleFor(read, index, base.indicator).max);
    const theirsShown = isPrimary(base.indicator);
    out.differences.push({
      kind: 'source', ...base, printed: theirs.text, computed: mine.text, difference: converted - mine.value, shown: theirsShown ? 'second' : 'primary',
      cause: theirsShown
        ? { key: 'prov.cause.primaryDiffers', params: { source: name, own: entry.source.table ? `${entry.source.citation}, ${entry.source.table}` : entry.source.citation, level: levelOf(index, base.indicator) } }
        : { key: scale ? 'sources.cause.differsScaled' : 'sources.cause.differs', params: { source: name, ...(scale ? { scale, converted: converted.toFixed(decimalsFor(entry, index, base.indicator)) } : {}) } },
      file, ...(theirs.line !== undefined ? { line: theirs.line } : {}),
    });
  };
  for (const theirs of second.observations) {
    const mine = byKey.get(`${theirs.iso3}|${theirs.indicator}`);
    const base = { index: entry.index, edition: entry.edition, iso3: theirs.iso3, indicator: theirs.indicator };
    // The Data Explorer's CSV drops trailing zeros (0.6 for 0.60): the figure is written with the decimals the publication prints.
    const decimals = decimalsFor(read, index, theirs.indicator);
    const text = (theirs.text.split('.')[1]?.length ?? 0) < decimals ? theirs.value.toFixed(decimals) : theirs.text;
    if (mine) {
      compare(theirs, mine, base);
      if (isPrimary(theirs.indicator)) out.replaced.push({ ...theirs, text, source: publication });
      continue;
    }
    if (!covered.has(theirs.iso3) || factor(theirs.indicator) !== 1) continue;
    out.check.filled++;
    out.observations.push({ ...theirs, text, source: publication });
    const computed = aggregateOfParts(own.observations, entry, index, theirs.iso3, theirs.indicator);
    if (computed !== undefined && Number(computed) !== theirs.value) {
      out.differences.push({
        kind: 'source', ...base, printed: text, computed, difference: theirs.value - Number(computed), shown: 'printed',
        cause: { key: 'sources.cause.filled', params: { source: name, rule: aggregationFor(entry, index, theirs.indicator) } },
        file, ...(theirs.line !== undefined ? { line: theirs.line } : {}),
      });
    }
  }
  const ownAverages = new Map(own.aggregates.map((a) => [`${a.aggregate}|${a.indicator}`, a]));
  for (const theirs of second.aggregates) {
    const mine = ownAverages.get(`${theirs.aggregate}|${theirs.indicator}`);
    if (mine) {
      compare(theirs, mine, { index: entry.index, edition: entry.edition, indicator: theirs.indicator });
      if (isPrimary(theirs.indicator)) out.replacedAggregates.push(theirs);
    } else if (factor(theirs.indicator) === 1) {
      out.check.filled++;
      out.aggregates.push(theirs);
    }
  }
  return out;
}

/** The aggregate of a country's parts of `indicator` in the edition's own file, rounded as the edition prints it. */
function aggregateOfParts(observations: readonly Observation[], entry: EditionEntry, index: IndexDefinition, iso3: string, indicator: string): string | undefined {
  const children = index.indicators.filter((c) => c.parent === indicator);
  const values = children.map((c) => observations.find((o) => o.iso3 === iso3 && o.indicator === c.id)?.value);
  if (!children.length || values.some((v) => v === undefined)) return undefined;
  const total = (values as number[]).reduce((sum, v) => sum + v, 0);
  const aggregate = aggregationFor(entry, index, indicator) === 'sum' ? total : total / values.length;
  const decimals = decimalsFor(entry, index, indicator);
  return roundTo(aggregate, decimals).toFixed(decimals);
}

/** The build-log line of a source difference (English). */
export function describeSourceDifference(d: Difference): string {
  const who = d.iso3 ? `${countryName(d.iso3, 'en')} ` : 'OECD average, ';
  const params = d.cause && 'key' in d.cause ? d.cause.params ?? {} : {};
  if (d.shown === 'second') return `${who}${d.index} ${d.edition} ${d.indicator}: ${params.source} prints ${d.printed}, the edition's file (${params.own}) ${d.computed}, more than their rounding allows; ${params.source} is primary for the ${params.level} level (primaryFor), so the site shows its figure`;
  return d.shown === 'printed'
    ? `${who}${d.index} ${d.edition} ${d.indicator}: the edition's file lacks it; ${params.source} prints ${d.printed}, the ${params.rule} of the file's parts gives ${d.computed}; the site shows the printed figure`
    : `${who}${d.index} ${d.edition} ${d.indicator}: ${params.source} prints ${d.printed}${params.scale ? ` on ${params.scale} (${params.converted} on the edition's scale)` : ''}, the edition's file ${d.computed}, more than their rounding allows; the site shows the edition's figure`;
}
