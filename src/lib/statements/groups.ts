import { rank } from '../model/rank.ts';
import { roundTo } from '../model/round.ts';
import { summarize } from '../model/summarize.ts';
import { fixed } from './change.ts';
import type { Statements } from './stateFigure.ts';
import type { CoverageCode, FigureStatement } from './types.ts';

/**
 * Places within a subset of countries (a group table, peers, a comparison) under the site's one tie
 * rule: standard competition ranking on the displayed score, so two countries printing 0.66 share a
 * place. Statements without a score get none. Returns place by country code.
 */
export function placesWithin(statements: readonly FigureStatement[]): Map<string, number> {
  const scored = statements.filter((s) => s.score !== null);
  const places = rank(scored.map((s) => roundTo(s.score!.value, s.score!.decimals)));
  return new Map(scored.map((s, i) => [s.iso3, places[i]!]));
}

/** What the site says about a group of countries for one indicator in one edition. */
interface GroupStatement {
  /** Members with a score, in the site's ranking order, each with its place within the group. */
  stated: { statement: FigureStatement; place: number }[];
  /** Members without a score, by why (a member the edition covers but whose value it does not state is not "not covered"). */
  without: Partial<Record<Exclude<CoverageCode, 'stated'>, string[]>>;
  /** Unweighted mean of the stated members; only in a complete edition (a partial edition has no group average either). */
  average: { value: number; decimals: number; text: string } | null;
}

/** The group's statement: members stated, members without a score by reason, and its mean where the edition is complete. */
export function stateGroup(statements: Statements, index: string, edition: string, indicator: string, members: readonly string[]): GroupStatement {
  const all = members.map((iso3) => statements.figure(index, edition, iso3, indicator)).filter((s): s is FigureStatement => s !== undefined);
  const order = new Map(statements.edition(index, edition, indicator).map((s, i) => [s.iso3, i]));
  const stated = all.filter((s) => s.score !== null).sort((a, b) => order.get(a.iso3)! - order.get(b.iso3)!);
  const places = placesWithin(stated);
  const without: GroupStatement['without'] = {};
  for (const s of all) {
    if (s.coverage === 'stated') continue;
    (without[s.coverage] ??= []).push(s.iso3);
  }
  const complete = all[0]?.editionStatus === 'complete';
  const mean = summarize(stated.map((s) => s.score!.value)).mean;
  const decimals = stated[0]?.score?.decimals ?? 0;
  return {
    stated: stated.map((statement) => ({ statement, place: places.get(statement.iso3)! })),
    without,
    average: complete && mean !== null ? { value: mean, decimals, text: fixed(mean, decimals) } : null,
  };
}
