import type { MessageKey } from '../i18n/translate.ts';

/** A Frictionless Table Schema field type used by the downloads. */
type FieldType = 'string' | 'number' | 'integer' | 'boolean';

/** One column of the observation downloads: the CSV writer, datapackage.json and the codebook all read this. */
interface DownloadField {
  name: string;
  type: FieldType;
  /** Catalogue key of the column's description (English goes into datapackage.json). */
  description: MessageKey;
  required: boolean;
  constraints?: { pattern?: string; minimum?: number; enum?: readonly string[] };
}

/** Columns of observations.csv, the per-edition and the per-country files, in file order. */
export const observationFields = [
  { name: 'index', type: 'string', description: 'column.index', required: true },
  { name: 'edition', type: 'string', description: 'column.edition', required: true },
  { name: 'iso3', type: 'string', description: 'column.iso3', required: true, constraints: { pattern: '[A-Z]{3}' } },
  { name: 'country', type: 'string', description: 'column.country', required: true },
  { name: 'indicator', type: 'string', description: 'column.indicator', required: true },
  { name: 'score', type: 'number', description: 'column.score', required: true },
  { name: 'rank', type: 'integer', description: 'column.rank', required: false, constraints: { minimum: 1 } },
  { name: 'ranked_of', type: 'integer', description: 'column.rankedOf', required: false, constraints: { minimum: 1 } },
  { name: 'oecd_average', type: 'number', description: 'column.oecdAverage', required: false },
  { name: 'oecd_member', type: 'boolean', description: 'column.oecdMember', required: true },
  { name: 'origin', type: 'string', description: 'column.origin', required: true, constraints: { enum: ['published', 'computed'] } },
  { name: 'change', type: 'number', description: 'column.change', required: false },
  { name: 'methodology_break', type: 'boolean', description: 'column.methodologyBreak', required: false },
  { name: 'source_label', type: 'string', description: 'column.sourceLabel', required: false },
  { name: 'status', type: 'string', description: 'column.status', required: true, constraints: { enum: ['complete', 'partial'] } },
  { name: 'printed_rank', type: 'integer', description: 'column.printedRank', required: false, constraints: { minimum: 1 } },
  { name: 'printed_change', type: 'number', description: 'column.printedChange', required: false },
  { name: 'printed_change_since', type: 'string', description: 'column.printedChangeSince', required: false },
  { name: 'oecd_average_printed', type: 'number', description: 'column.oecdAveragePrinted', required: false },
  { name: 'source', type: 'string', description: 'sources.column.source', required: true },
  { name: 'source_doi', type: 'string', description: 'sources.column.doi', required: true },
] as const satisfies readonly DownloadField[];

export type ObservationColumn = (typeof observationFields)[number]['name'];

/** Column names in file order. */
export const observationColumns: readonly ObservationColumn[] = observationFields.map((f) => f.name);

/** The columns that identify a row: one observation per index, edition, country and indicator. */
export const observationKey: readonly ObservationColumn[] = ['index', 'edition', 'iso3', 'indicator'];

/** How an empty value is written: an empty cell means "none" (not covered, not ranked, no change). */
export const missingValues: readonly string[] = [''];

/** How booleans are written. */
export const booleanValues = { true: 'true', false: 'false' } as const;
