/**
 * What the site says about one figure: one statement per (edition, country, indicator), decided once by
 * `stateFigure` and read by every page, chart, table, download and image. Texts here are canonical
 * (a full stop for decimals, ASCII signs, the edition's decimals): each reader formats them for its
 * language; none of them decides anything again.
 */
import type { Localized } from '../manifest/schema.ts';

/**
 * Why a statement has a score or not, as a code:
 * - `stated`: the edition gives the figure (published, or computed from published parts);
 * - `not-stated-in-source`: the edition covers the country but does not state this value (a partial edition);
 * - `did-not-take-part`: the OECD says the country took no part, or a member is absent from a complete edition;
 * - `assessed-not-transcribed`: the OECD assessed the country but its results are not transcribed here;
 * - `not-published-in-edition`: the edition publishes no value at this level (OURdata 2019 and 2025 sub-pillars);
 * - `not-member-at-membership-date`: a later OECD member that was not one at the edition's membership date;
 * - `not-in-edition`: any other country the edition does not cover (a non-member that did not take part).
 */
export type CoverageCode =
  | 'stated'
  | 'not-stated-in-source'
  | 'did-not-take-part'
  | 'assessed-not-transcribed'
  | 'not-published-in-edition'
  | 'not-member-at-membership-date'
  | 'not-in-edition';

interface ScoreStatement {
  value: number;
  /** Decimals the edition publishes at this level. */
  decimals: number;
  /** The value with those decimals: "0.90", never "0.9" or "0.900". */
  text: string;
  origin: 'published' | 'computed';
  /** The range the score lies in, where it is not 0–1 (OURdata 2019 pillars: 0–1/3). */
  scaleMax?: number;
}

export interface RankStatement {
  /** Standard competition rank on the displayed score: equal displayed scores share a rank. */
  position: number;
  of: number;
  set: 'all-participants' | 'oecd-members';
  /** The other countries with the same displayed score, by code. */
  tiedWith: string[];
}

/** Why a country with a score has no rank. */
type NotRankedCode = 'partial-edition' | 'outside-ranked-set';

export interface AverageStatement {
  value: number;
  decimals: number;
  text: string;
  /** `computed`: the site's mean over the members with data (complete editions); `printed`: the OECD's figure, as printed. */
  basis: 'computed' | 'printed';
  /** The OECD's printed average where it differs from the computed one beyond rounding. */
  printedDiffers?: string;
}

/**
 * How a printed change compares with the one the site computes from the two editions' scores:
 * `agrees`; `rounding` (differs in the last digit because the scores are rounded: the printed one is said
 * alone); `differs` (beyond rounding: both are said, with the reason); `unchecked` (the site does not hold
 * the edition it is measured from).
 */
type ChangeCheck = 'agrees' | 'rounding' | 'differs' | 'unchecked';

/** Why a figure that differs is said as it is. */
type ChangeReason = 'printed-differs-from-computed' | 'printed-differs-from-parts';

/** Why no change is said although the previous edition has a score. */
export type NoChangeReason = 'methodology-break' | 'scale-change';

export type ChangeStatement =
  | {
      kind: 'stated';
      /** The edition the change is measured from. */
      since: string;
      value: number;
      decimals: number;
      /** Signed, canonical: "+0.13", "-0.05", "0.00" (never "-0.00"). */
      text: string;
      /** `printed`: the OECD's figure, said wherever it prints one; `computed`: from the two editions' scores. */
      basis: 'printed' | 'computed';
      /** For a printed change only. */
      check?: ChangeCheck;
      /** The computed change, only where it differs beyond rounding (`check: 'differs'`). */
      computed?: { value: number; text: string; reason: ChangeReason };
    }
  | { kind: 'not-comparable'; since: string; reasons: NoChangeReason[] };

export interface SourceStatement {
  citation: string;
  doi: string;
  url: string;
  table?: string;
  license: 'oecd-terms' | 'CC-BY-4.0';
}

/** The names a sentence about the figure needs, in every language. */
interface StatementSubject {
  /** The index's short label: "DGI". */
  index: Localized;
  /** The indicator's label: "Open by default". */
  indicator: Localized;
  level: 'composite' | 'dimension' | 'sub';
  /** The date OECD membership is judged at for this edition (YYYY-MM). */
  membershipAsOf: string;
}

/** What the site says about one indicator of one country in one edition. */
export interface FigureStatement {
  index: string;
  edition: string;
  iso3: string;
  indicator: string;
  editionStatus: 'complete' | 'partial';
  coverage: CoverageCode;
  /** Present exactly when `coverage` is `stated`. */
  score: ScoreStatement | null;
  rank: RankStatement | null;
  /** Why a stated score has no rank; null when ranked or when there is no score. */
  notRanked: NotRankedCode | null;
  /** The rank the OECD printed, where it prints one, beside the computed one. */
  printedRank: { position: number; text: string; differs: boolean } | null;
  /** The OECD average of this indicator in this edition (the same for every country). */
  average: AverageStatement | null;
  change: ChangeStatement | null;
  source: SourceStatement;
  about: StatementSubject;
}
