import type { Lang } from '../i18n/languages.ts';
import type { DataIssue } from '../issues.ts';
import type { ChangeEntry, NextEdition } from '../manifest/changesSchema.ts';
import type { Methodology } from '../methodology/schema.ts';
import type { EditionEntry, IndexDefinition, Localized, UnheldEdition } from '../manifest/schema.ts';

/** An edition of an index with what the build derives about it. */
export interface Edition extends EditionEntry {
  /** Position among the index's editions by publication, oldest first. */
  order: number;
  /** The previous edition of the same index, if any. */
  previous?: string;
  /** Date at which OECD membership is judged for this edition. */
  membershipAsOf: string;
  /** `complete`: ranked and averaged; `partial`: scores as published only, the OECD's printed averages. */
  status: 'complete' | 'partial';
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
  /** The publication the value comes from where it is not the edition's own source (a second source's printed figure). */
  source?: Publication;
}

/** A publication a figure comes from, as the downloads name it. */
export interface Publication {
  citation: string;
  doi: string;
  table?: string;
}

/** What comparing a second source of an edition with its own file found (the data-quality page lists it). */
export interface SourceCheck {
  index: string;
  edition: string;
  source: Publication;
  file: string;
  /** Figures both publications print. */
  compared: number;
  /** Of those, the ones that agree within both roundings. */
  agree: number;
  /** Figures the edition's own file lacks, taken as the second source prints them. */
  filled: number;
  /** The levels this source is primary for (manifest `primaryFor`), where it names any. */
  primaryFor?: string[];
}

/** A rank or change the source printed for a country, kept to show and compare, never used as a score. */
export interface PrintedFigure {
  index: string;
  edition: string;
  iso3: string;
  indicator: string;
  kind: 'rank' | 'change';
  value: number;
  /** As printed. */
  text: string;
  /** For a change: the edition it is measured from. */
  since?: string;
  file: string;
  line: number;
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
  /** The OECD average as the source printed it (its `OECD` row), when it prints one. */
  printed: { value: number; text: string } | null;
}

/** An observation with its place in the edition. */
export interface RankedObservation extends Observation {
  oecdMember: boolean;
  /** Standard competition rank within the edition's ranked set; null when the country is not ranked. */
  rank: number | null;
  rankedOf: number | null;
  /** Change since the country's value in the previous edition of the index. */
  change: Change | null;
  /** The rank the source printed, kept beside the computed one. */
  printedRank: { value: number; text: string } | null;
  /** The change the source printed, since `since` (which the site may not hold). */
  printedChange: { value: number; text: string; since: string } | null;
}

/** A change between editions; across a methodology break it is shown as such and never sorted or drawn as a trend. */
interface Change {
  fromEdition: string;
  delta: number;
  methodologyBreak: boolean;
}

/** The kinds of difference the data-quality page lists, one table each. */
export type DifferenceKind = 'average' | 'rank' | 'change' | 'composite' | 'source';

/** A printed figure that differs from the one computed from the source's own values. */
export interface Difference {
  kind: DifferenceKind;
  index: string;
  edition: string;
  /** Undefined for an average. */
  iso3?: string;
  indicator: string;
  printed: string;
  computed: string;
  /** printed − computed. */
  difference: number;
  /**
   * Which figure the site shows (`primary`: the edition's own source, where a second source differs;
   * `second`: the second source's, for a level it is primary for).
   */
  shown: 'printed' | 'computed' | 'both' | 'primary' | 'second';
  /** The cause where the build could find it, or the declared reason, per language key and parameters. */
  cause: { key: string; params?: Record<string, string | number> } | { text: Localized } | null;
  file: string;
  line?: number;
}

export interface Country {
  iso3: string;
  name: Record<Lang, string>;
  /** False for an OECD member that is in no edition (it still has a profile). */
  covered: boolean;
  /** Member at the latest edition's date. */
  oecdMember: boolean;
  /** Names the sources printed for it, where different from `name.en`. */
  sourceNames: string[];
}

export interface Dataset {
  indices: IndexDefinition[];
  /** Every edition, grouped by index in manifest order, oldest first within an index. */
  editions: Edition[];
  /** Editions the OECD published whose country tables the site does not hold. */
  unheldEditions: UnheldEdition[];
  /** The record of data changes, oldest first, and the editions the OECD has announced (lib/manifest/changesSchema.ts). */
  changes: ChangeEntry[];
  nextEditions: NextEdition[];
  countries: Country[];
  observations: RankedObservation[];
  stats: IndicatorStats[];
  /** Printed figures that differ from computed ones, for the data-quality page. */
  differences: Difference[];
  /** Differences the build found and reports without failing (printed vs computed figures). */
  warnings: DataIssue[];
  /** What each score is made of (data/methodology/), where the manifest points an edition to it. */
  methodology?: Methodology;
  /** Per second source of an edition: what comparing it with the edition's file found. */
  sourceChecks: SourceCheck[];
}
