import { decimalsFor } from '../model/levels.ts';
import { roundTo } from '../model/round.ts';
import type { Edition } from '../model/types.ts';
import type { DataIndex } from './dataIndex.ts';

/**
 * How far a country's scores in one complete edition are from three targets, per indicator (the
 * composite first, then the dimensions): the OECD average, the next rank up and the top quarter.
 * Every figure is at the edition's published decimals: scores and targets are rounded to them before
 * they are subtracted, so a gap is never finer than the source. A gap is the score minus the target
 * (negative: short of it), as the site says the gap to the average everywhere. Ranks follow the site's
 * one tie rule (standard competition ranking on the displayed score). A partial edition has no ranks:
 * it gets no gaps at all, never imputed ones.
 */

/** A target the country has not reached: its score, the gap (negative), and the rank it is held by where it is a rank. */
export interface Shortfall {
  kind: 'short';
  target: number;
  gap: number;
  /** The rank whose score is the target (next rank up, or the last rank in the top quarter). */
  rank?: number;
}

export type AverageGap = Shortfall | { kind: 'reached'; target: number; gap: number } | { kind: 'no-average' };
export type RankGap = Shortfall | { kind: 'reached'; target: number; rank: number } | { kind: 'first' } | { kind: 'not-ranked' };

export interface IndicatorGap {
  indicator: string;
  level: 'composite' | 'dimension';
  decimals: number;
  /** The score at the edition's decimals; null when the edition does not state it for the country. */
  score: number | null;
  rank: { position: number; of: number } | null;
  /** Absent without a score. */
  average?: AverageGap;
  nextRank?: RankGap;
  topQuarter?: RankGap;
}

export interface GapToTarget {
  index: string;
  edition: Edition;
  iso3: string;
  /** The composite first, then the dimensions in the manifest's order. */
  indicators: IndicatorGap[];
}

/**
 * Whether a rank is in the top quarter of `of` ranked countries: ranks up to a quarter of them
 * (1–8 of 33, 1–2 of 10), and first always, so with fewer than four ranked countries it is the first
 * place alone.
 */
export function inTopQuarter(rank: number, of: number): boolean {
  return rank <= topQuarterLast(of);
}

/** The last rank of the top quarter of `of` ranked countries: a quarter of them, rounded down, and at least 1. */
export function topQuarterLast(of: number): number {
  return Math.max(1, Math.floor(of / 4));
}

/** The newest complete edition of `index` that covers the country, or undefined. */
export function latestCompleteCovering(data: DataIndex, index: string, iso3: string): Edition | undefined {
  return data
    .coverage(iso3, index)
    .filter((e) => e.status === 'complete')
    .at(-1);
}

/** The gaps of `iso3` in a complete edition; undefined for a partial edition, an unknown one, or one that does not cover the country. */
export function gapToTarget(data: DataIndex, iso3: string, index: string, editionLabel: string): GapToTarget | undefined {
  const def = data.index(index);
  const edition = data.edition(index, editionLabel);
  if (!def || !edition || edition.status !== 'complete') return undefined;
  const indicators = def.indicators.filter((i) => i.level === 'composite' || i.level === 'dimension');
  if (!indicators.some((i) => data.observation(index, edition.edition, iso3, i.id))) return undefined;
  return {
    index,
    edition,
    iso3,
    indicators: indicators.map((i) => indicatorGap(data, edition, iso3, i.id, i.level as 'composite' | 'dimension', decimalsFor(edition, def, i.id))),
  };
}

function indicatorGap(data: DataIndex, edition: Edition, iso3: string, indicator: string, level: 'composite' | 'dimension', decimals: number): IndicatorGap {
  const own = data.observation(edition.index, edition.edition, iso3, indicator);
  if (!own) return { indicator, level, decimals, score: null, rank: null };
  const shown = (value: number) => roundTo(value, decimals);
  const gapTo = (target: number) => roundTo(shown(own.value) - shown(target), decimals);
  const score = shown(own.value);
  const stats = data.stats(edition.index, edition.edition, indicator);
  const average: AverageGap =
    stats?.average === null || stats?.average === undefined
      ? { kind: 'no-average' }
      : gapTo(stats.average) >= 0
        ? { kind: 'reached', target: shown(stats.average), gap: gapTo(stats.average) }
        : { kind: 'short', target: shown(stats.average), gap: gapTo(stats.average) };
  if (own.rank === null || own.rankedOf === null) return { indicator, level, decimals, score, rank: null, average, nextRank: { kind: 'not-ranked' }, topQuarter: { kind: 'not-ranked' } };
  const ranked = data.ranking(edition.index, edition.edition, indicator).flatMap((o) => (o.rank === null ? [] : [{ value: o.value, rank: o.rank }]));
  const position = own.rank;
  const of = own.rankedOf;
  const above = ranked.filter((o) => o.rank < position).at(-1);
  const nextRank: RankGap = position === 1 || !above ? { kind: 'first' } : { kind: 'short', target: shown(above.value), gap: gapTo(above.value), rank: above.rank };
  // Never empty: the first place is always in the top quarter.
  const last = ranked.filter((o) => inTopQuarter(o.rank, of)).at(-1) ?? { value: own.value, rank: position };
  const topQuarter: RankGap = inTopQuarter(position, of)
    ? { kind: 'reached', target: shown(last.value), rank: last.rank }
    : { kind: 'short', target: shown(last.value), gap: gapTo(last.value), rank: last.rank };
  return { indicator, level, decimals, score, rank: { position, of }, average, nextRank, topQuarter };
}
