import type { DataIndex } from '../query/dataIndex.ts';
import type { RankedObservation } from '../model/types.ts';
import { fixed } from '../statements/change.ts';
import { statementsOf } from '../statements/stateFigure.ts';
import type { ObservationColumn } from './downloadSchema.ts';

export type ObservationRow = Record<ObservationColumn, string | number | boolean | null>;

/**
 * One download row per observation, read from the figure's statement so the download says what the
 * pages say: the score as published, the site's rank and average (none in a partial edition), the change
 * since the previous edition as stated (the OECD's printed change where it prints one; none across a
 * methodology break or a change of scale; never -0), and the OECD's printed rank, change and average
 * beside them, as printed, and the publication each score comes from.
 */
export function observationRows(data: DataIndex, observations: readonly RankedObservation[]): ObservationRow[] {
  const statements = statementsOf(data);
  return observations.map((o) => {
    const edition = data.requireEdition(o.index, o.edition);
    const s = statements.figure(o.index, o.edition, o.iso3, o.indicator)!;
    const stats = data.stats(o.index, o.edition, o.indicator);
    const change = s.change && s.change.since === edition.previous ? s.change : null;
    // A figure taken from a second source names it; every other one the edition's own source.
    const source = o.source ?? edition.source;
    return {
      index: o.index,
      edition: o.edition,
      iso3: o.iso3,
      country: data.requireCountry(o.iso3).name.en,
      indicator: o.indicator,
      score: o.text,
      rank: s.rank?.position ?? null,
      ranked_of: s.rank?.of ?? null,
      oecd_average: s.average?.basis === 'computed' ? s.average.text : null,
      oecd_member: o.oecdMember,
      origin: o.origin,
      change: change?.kind === 'stated' ? fixed(change.value, change.decimals) : null,
      methodology_break: change ? change.kind === 'not-comparable' && change.reasons.includes('methodology-break') : null,
      source_label: o.sourceLabel ?? null,
      status: edition.status,
      printed_rank: o.printedRank?.text ?? null,
      printed_change: o.printedChange?.text ?? null,
      printed_change_since: o.printedChange?.since ?? null,
      oecd_average_printed: stats?.printed?.text ?? null,
      source: source.table ? `${source.citation}, ${source.table}` : source.citation,
      source_doi: source.doi,
    };
  });
}
