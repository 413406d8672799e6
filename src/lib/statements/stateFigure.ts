import type { IndexDefinition } from '../manifest/schema.ts';
import { decimalsFor, scaleFor } from '../model/levels.ts';
import type { Difference, Edition, Publication, RankedObservation } from '../model/types.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { fixed, stateChange } from './change.ts';
import { coverageCode, publishedIndicators } from './coverage.ts';
import type { AverageStatement, FigureStatement, RankStatement, SourceStatement } from './types.ts';

/** Statements over one dataset, worked out once per figure and kept. */
export interface Statements {
  /** What the site says about `indicator` of `iso3` in `edition` (undefined for an unknown index or edition). */
  figure(index: string, edition: string, iso3: string, indicator: string): FigureStatement | undefined;
  /** Every stated figure of an edition and indicator, in the site's ranking order. */
  edition(index: string, edition: string, indicator: string): FigureStatement[];
}

const key = (...parts: string[]) => parts.join('|');
const cache = new WeakMap<DataIndex, Statements>();

/**
 * What the site says about one figure, decided once for every (edition, country, indicator): the score
 * at the edition's decimals, the rank under the one tie rule, the OECD average (computed, or as printed,
 * labelled so), the change (printed wherever the OECD prints one), the coverage as a code, the source.
 */
export function stateFigure(data: DataIndex, index: string, edition: string, iso3: string, indicator: string): FigureStatement | undefined {
  return statementsOf(data).figure(index, edition, iso3, indicator);
}

/** The statements of a dataset, built once per `DataIndex` and shared by every caller. */
export function statementsOf(data: DataIndex): Statements {
  let statements = cache.get(data);
  if (!statements) cache.set(data, (statements = createStatements(data)));
  return statements;
}

function createStatements(data: DataIndex): Statements {
  const differences = new Map<string, Difference>();
  for (const d of data.dataset.differences) if (d.iso3 !== undefined) differences.set(key(d.kind, d.index, d.edition, d.iso3, d.indicator), d);
  const averageDiffers = new Map(data.dataset.differences.filter((d) => d.kind === 'average').map((d) => [key(d.index, d.edition, d.indicator), d]));
  const inEdition = new Set(data.dataset.observations.map((o) => key(o.index, o.edition, o.iso3)));
  const published = new Map<string, Set<string>>();
  const averages = new Map<string, AverageStatement | null>();
  const made = new Map<string, FigureStatement>();

  const publishes = (def: IndexDefinition, e: Edition, indicator: string) => {
    const k = key(e.index, e.edition);
    if (!published.has(k)) published.set(k, publishedIndicators(e, def));
    return published.get(k)!.has(indicator);
  };
  const averageOf = (def: IndexDefinition, e: Edition, indicator: string) => {
    const k = key(e.index, e.edition, indicator);
    if (!averages.has(k)) averages.set(k, stateAverage(data, def, e, indicator, averageDiffers.get(k)));
    return averages.get(k)!;
  };

  const figure = (index: string, edition: string, iso3: string, indicator: string): FigureStatement | undefined => {
    const k = key(index, edition, iso3, indicator);
    const known = made.get(k);
    if (known) return known;
    const def = data.index(index);
    const e = data.edition(index, edition);
    if (!def || !e || !def.indicators.some((i) => i.id === indicator)) return undefined;
    const o = data.observation(index, edition, iso3, indicator);
    const coverage = coverageCode(e, iso3, { stated: o !== undefined, inEdition: inEdition.has(key(index, edition, iso3)), published: publishes(def, e, indicator) });
    const statement: FigureStatement = {
      index,
      edition,
      iso3,
      indicator,
      editionStatus: e.status,
      coverage,
      score: null,
      rank: null,
      notRanked: null,
      printedRank: null,
      average: averageOf(def, e, indicator),
      change: null,
      source: sourceOf(e, o?.source),
      about: { index: def.shortLabel, indicator: def.indicators.find((i) => i.id === indicator)!.label, level: def.indicators.find((i) => i.id === indicator)!.level, membershipAsOf: e.membershipAsOf },
    };
    if (o) {
      const decimals = decimalsFor(e, def, indicator);
      const scaleMax = scaleFor(e, def, indicator).max;
      statement.score = { value: o.value, decimals, text: fixed(o.value, decimals), origin: o.origin, ...(scaleMax !== 1 ? { scaleMax } : {}) };
      statement.rank = rankOf(data, e, o);
      statement.notRanked = statement.rank ? null : e.status === 'partial' ? 'partial-edition' : 'outside-ranked-set';
      if (o.printedRank) statement.printedRank = { position: o.printedRank.value, text: o.printedRank.text, differs: o.printedRank.value !== o.rank };
      statement.change = stateChange({
        index: def,
        edition: e,
        current: o,
        editionOf: (label) => data.edition(index, label),
        before: (label) => data.observation(index, label, iso3, indicator),
        difference: differences.get(key('change', index, edition, iso3, indicator)),
      });
    }
    made.set(k, statement);
    return statement;
  };

  return {
    figure,
    edition: (index, edition, indicator) => data.ranking(index, edition, indicator).map((o) => figure(index, edition, o.iso3, indicator)!),
  };
}

function rankOf(data: DataIndex, edition: Edition, o: RankedObservation): RankStatement | null {
  if (o.rank === null || o.rankedOf === null) return null;
  const tiedWith = data
    .ranking(o.index, o.edition, o.indicator)
    .filter((other) => other.rank === o.rank && other.iso3 !== o.iso3)
    .map((other) => other.iso3)
    .sort();
  return { position: o.rank, of: o.rankedOf, set: edition.rankedSet, tiedWith };
}

/** The OECD average said for an indicator: the site's mean in a complete edition, the OECD's printed one in a partial edition. */
function stateAverage(data: DataIndex, def: IndexDefinition, edition: Edition, indicator: string, differs: Difference | undefined): AverageStatement | null {
  const stats = data.stats(edition.index, edition.edition, indicator);
  const decimals = decimalsFor(edition, def, indicator);
  if (!stats) return null;
  if (edition.status === 'complete' && stats.average !== null) {
    return { value: stats.average, decimals, text: fixed(stats.average, decimals), basis: 'computed', ...(differs ? { printedDiffers: differs.printed } : {}) };
  }
  if (stats.printed) return { value: stats.printed.value, decimals, text: fixed(stats.printed.value, decimals), basis: 'printed' };
  return null;
}

/** The edition's source, or the second source that printed the figure (a level it is primary for, or a gap it fills). */
function sourceOf(edition: Edition, printedIn: Publication | undefined): SourceStatement {
  const second = printedIn ? edition.sources.find((s) => s.source.doi === printedIn.doi)?.source : undefined;
  const { citation, doi, url, table, license } = second ?? edition.source;
  return { citation, doi, url: url ?? `https://doi.org/${doi}`, ...(table !== undefined ? { table } : {}), license };
}
