import type { DataIndex } from '../query/dataIndex.ts';
import { decimalsFor } from '../model/levels.ts';
import type { RankedObservation } from '../model/types.ts';
import type { ObservationColumn } from './downloadSchema.ts';

export type ObservationRow = Record<ObservationColumn, string | number | boolean | null>;

/**
 * One download row per observation: the score as published, the figures the site computes (none of
 * set-wide ones, ranks and averages, in a partial edition), and the OECD's printed rank, change and
 * average beside them, as printed.
 */
export function observationRows(queries: DataIndex, observations: readonly RankedObservation[]): ObservationRow[] {
  return observations.map((o) => {
    const edition = queries.edition(o.index, o.edition)!;
    const decimals = decimalsFor(edition, queries.index(o.index)!, o.indicator);
    const stats = queries.stats(o.index, o.edition, o.indicator);
    const average = stats?.average ?? null;
    return {
      index: o.index,
      edition: o.edition,
      iso3: o.iso3,
      country: queries.country(o.iso3)!.name.en,
      indicator: o.indicator,
      score: o.text,
      rank: o.rank,
      ranked_of: o.rank === null ? null : o.rankedOf,
      oecd_average: average === null ? null : average.toFixed(decimals),
      oecd_member: o.oecdMember,
      origin: o.origin,
      change: o.change ? o.change.delta.toFixed(decimals) : null,
      methodology_break: o.change ? o.change.methodologyBreak : null,
      source_label: o.sourceLabel ?? null,
      status: edition.status,
      printed_rank: o.printedRank?.text ?? null,
      printed_change: o.printedChange?.text ?? null,
      printed_change_since: o.printedChange?.since ?? null,
      oecd_average_printed: stats?.printed?.text ?? null,
    };
  });
}
