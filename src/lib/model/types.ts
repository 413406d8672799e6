import type { Lang } from '../i18n/languages.ts';
import type { DataIssue } from '../issues.ts';
import type { EditionEntry, IndexDefinition } from '../manifest/schema.ts';

/** An edition of an index with what the build derives about it. */
export interface Edition extends EditionEntry {
  /** Position among the index's editions by publication, oldest first. */
  order: number;
  /** The previous edition of the same index, if any. */
  previous?: string;
  /** Date at which OECD membership is judged for this edition. */
  membershipAsOf: string;
}

/** One score of one country for one indicator in one edition. */
export interface Observation {
  index: string;
  edition: string;
  iso3: string;
  indicator: string;
  value: number;
  /** The value exactly as the source printed it, or as computed and rounded to the edition's precision. */
  text: string;
  origin: 'published' | 'computed';
  /** Where a published value came from. */
  file?: string;
  line?: number;
  /** The country's name or label as the source printed it, when it printed one. */
  sourceLabel?: string;
}

/** A value printed in a source for a group such as the OECD, kept for reconciliation. */
export interface PrintedAggregate {
  index: string;
  edition: string;
  aggregate: string;
  indicator: string;
  value: number;
  text: string;
  file: string;
  line: number;
}

/** Distribution of an indicator over the OECD members with data in an edition. */
export interface IndicatorStats {
  index: string;
  edition: string;
  indicator: string;
  /** Unweighted mean over OECD members with data; null when no member has data. */
  average: number | null;
  min: number | null;
  max: number | null;
  /** Population standard deviation. */
  sd: number | null;
  members: number;
  /** Size of the ranked set (0 when nobody is ranked). */
  rankedOf: number;
  printedAverage?: number;
}

/** An observation with its place in the edition. */
export interface RankedObservation extends Observation {
  oecdMember: boolean;
  /** Standard competition rank within the edition's ranked set; null when the country is not ranked. */
  rank: number | null;
  rankedOf: number | null;
  /** Change since the country's value in the previous edition of the index. */
  change: { fromEdition: string; delta: number; methodologyBreak: boolean } | null;
}

export interface Country {
  iso3: string;
  name: Record<Lang, string>;
  /** Member at the latest edition's date. */
  oecdMember: boolean;
  /** Names the sources printed for it, where different from `name.en`. */
  sourceNames: string[];
}

export interface Dataset {
  indices: IndexDefinition[];
  /** Every edition, grouped by index in manifest order, oldest first within an index. */
  editions: Edition[];
  countries: Country[];
  observations: RankedObservation[];
  stats: IndicatorStats[];
  /** Differences the build found and reports without failing (printed vs computed figures). */
  warnings: DataIssue[];
}
