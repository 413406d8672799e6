import { isOecdMember } from '../countries/membership.ts';
import type { IndexDefinition } from '../manifest/schema.ts';
import { aggregationFor, decimalsFor } from './levels.ts';
import { roundingTolerance } from './round.ts';
import { summarize } from './summarize.ts';
import type { Difference, Edition, IndicatorStats, PrintedAggregate, RankedObservation } from './types.ts';

const decimalsOfText = (text: string) => text.split('.')[1]?.length ?? 0;
const key = (...parts: string[]) => parts.join('|');

interface Inputs {
  indices: readonly IndexDefinition[];
  editions: readonly Edition[];
  observations: readonly RankedObservation[];
  stats: readonly IndicatorStats[];
  printed: readonly PrintedAggregate[];
}

/**
 * Compares what the sources print about their own figures (OECD averages, ranks, changes) with what
 * the site computes from the scores, and returns one difference per disagreement beyond the printed
 * rounding, with its cause where one can be found (a `countries` parameter lists ISO3 codes, named in
 * the reader's language where shown). Nothing is changed: both figures stay as they are.
 */
export function reconcile(inputs: Inputs): Difference[] {
  return [...averageDifferences(inputs), ...rankDifferences(inputs), ...changeDifferences(inputs)];
}

function averageDifferences({ editions, observations, stats, printed }: Inputs): Difference[] {
  const out: Difference[] = [];
  const statOf = new Map(stats.map((s) => [key(s.index, s.edition, s.indicator), s]));
  for (const row of printed) {
    if (row.aggregate !== 'OECD') continue;
    const stat = statOf.get(key(row.index, row.edition, row.indicator));
    if (!stat || stat.average === null) continue;
    const decimals = decimalsOfText(row.text);
    if (Math.abs(row.value - stat.average) <= roundingTolerance(decimals)) continue;
    const edition = editions.find((e) => e.index === row.index && e.edition === row.edition)!;
    const group = observations.filter((o) => o.index === row.index && o.edition === row.edition && o.indicator === row.indicator);
    out.push({
      kind: 'average', index: row.index, edition: row.edition, indicator: row.indicator,
      printed: row.text, computed: stat.average.toFixed(decimals + 1), difference: row.value - stat.average,
      shown: 'computed', cause: averageCause(row, edition, group, decimals), file: row.file, line: row.line,
    });
  }
  return out;
}

/** Tries the member sets a source may have used instead: members at publication, or every participant. */
function averageCause(row: PrintedAggregate, edition: Edition, group: readonly RankedObservation[], decimals: number): Difference['cause'] {
  const matches = (values: number[]) => {
    const mean = summarize(values).mean;
    return mean !== null && Math.abs(mean - row.value) <= roundingTolerance(decimals) ? mean : undefined;
  };
  const atPublication = group.filter((o) => isOecdMember(o.iso3, edition.published));
  const extra = atPublication.filter((o) => !o.oecdMember).map((o) => o.iso3);
  if (extra.length) {
    const mean = matches(atPublication.map((o) => o.value));
    if (mean !== undefined) return { key: 'cause.average.membersAtPublication', params: { countries: extra.join(', '), date: edition.membershipAsOf, published: edition.published, mean: mean.toFixed(decimals + 2) } };
  }
  if (group.some((o) => !o.oecdMember)) {
    const mean = matches(group.map((o) => o.value));
    if (mean !== undefined) return { key: 'cause.average.allParticipants', params: { mean: mean.toFixed(decimals + 2) } };
  }
  return null;
}

function rankDifferences({ observations }: Inputs): Difference[] {
  const out: Difference[] = [];
  const tiedWith = new Map<string, RankedObservation[]>();
  for (const o of observations) {
    if (o.rank === null) continue;
    const k = key(o.index, o.edition, o.indicator, String(o.value));
    if (!tiedWith.has(k)) tiedWith.set(k, []);
    tiedWith.get(k)!.push(o);
  }
  for (const o of observations) {
    if (!o.printedRank || o.rank === null || o.printedRank.value === o.rank) continue;
    const tied = tiedWith.get(key(o.index, o.edition, o.indicator, String(o.value)))!;
    out.push({
      kind: 'rank', index: o.index, edition: o.edition, iso3: o.iso3, indicator: o.indicator,
      printed: o.printedRank.text, computed: String(o.rank), difference: o.printedRank.value - o.rank, shown: 'both',
      cause: tied.length > 1 ? { key: 'cause.rank.unrounded', params: { score: o.text, countries: tied.map((t) => t.iso3).join(', ') } } : null,
      file: o.file ?? '', ...(o.line !== undefined ? { line: o.line } : {}),
    });
  }
  return out;
}

function changeDifferences({ indices, editions, observations }: Inputs): Difference[] {
  const out: Difference[] = [];
  const byKey = new Map(observations.map((o) => [key(o.index, o.edition, o.iso3, o.indicator), o]));
  for (const o of observations) {
    if (!o.printedChange) continue;
    const index = indices.find((i) => i.id === o.index)!;
    const edition = editions.find((e) => e.index === o.index && e.edition === o.edition)!;
    const printedDecimals = decimalsOfText(o.printedChange.text);
    const base = { kind: 'change' as const, index: o.index, edition: o.edition, iso3: o.iso3, indicator: o.indicator, printed: o.printedChange.text, file: o.file ?? '', ...(o.line !== undefined ? { line: o.line } : {}) };
    const since = editions.find((e) => e.index === o.index && e.edition === o.printedChange!.since);
    const before = since && byKey.get(key(o.index, since.edition, o.iso3, o.indicator));
    if (since && before) {
      const delta = o.value - before.value;
      const tolerance = roundingTolerance(decimalsFor(edition, index, o.indicator), decimalsFor(since, index, o.indicator), printedDecimals);
      if (Math.abs(o.printedChange.value - delta) > tolerance) {
        out.push({ ...base, computed: delta.toFixed(printedDecimals + 1), difference: o.printedChange.value - delta, shown: 'both', cause: null });
      }
      continue;
    }
    // The site does not hold the edition the change is measured from: check it against its parts' printed changes.
    const children = index.indicators.filter((c) => c.parent === o.indicator);
    const parts = children.map((c) => byKey.get(key(o.index, o.edition, o.iso3, c.id))?.printedChange?.value);
    if (!children.length || parts.some((p) => p === undefined)) continue;
    const rule = aggregationFor(edition, index, o.indicator);
    const total = (parts as number[]).reduce((s, v) => s + v, 0);
    const expected = rule === 'sum' ? total : total / parts.length;
    const tolerance = roundingTolerance(printedDecimals) + (rule === 'sum' ? parts.length : 1) * 0.5 * 10 ** -printedDecimals;
    if (Math.abs(o.printedChange.value - expected) > tolerance) {
      out.push({ ...base, computed: expected.toFixed(printedDecimals), difference: o.printedChange.value - expected, shown: 'printed', cause: { key: 'cause.change.parts', params: { rule, since: o.printedChange.since } } });
    }
  }
  return out;
}
