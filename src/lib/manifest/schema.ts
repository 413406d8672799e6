import { z } from 'zod';
import { languages, type Lang } from '../i18n/languages.ts';
import { methodologyPointerSchema } from './methodologySchema.ts';
import { aliasTargetSchema } from './codes.ts';
import { safeRecord } from './safeRecord.ts';
import { secondSourcesSchema } from './sources.ts';
import { strictObject } from './strict.ts';
import { changeSchema, nextEditionSchema } from './changesSchema.ts';
import { columnMap, layoutSchema, slug } from './layoutSchema.ts';

export { layoutSchema } from './layoutSchema.ts';


/** A text in each site language (see src/lib/i18n/languages.ts): `{ "en": "…", "fr": "…", "es": "…" }`; another key is an error. */
export const localizedSchema = strictObject(Object.fromEntries(languages.map((lang) => [lang, z.string().min(1)])) as Record<Lang, z.ZodString>);

/** One measured quantity of an index: its composite, a dimension/pillar, or a sub-pillar. */
export const indicatorSchema = strictObject({
  /** Stable id used in URLs and downloads, e.g. `open-by-default`; `composite` for the headline score. */
  id: slug,
  label: localizedSchema,
  /** A shorter name for tight spaces such as chart rows, e.g. "Implementation" under its pillar. */
  shortLabel: localizedSchema.optional(),
  /** `composite` for the headline score; `dimension` for DGI dimensions and OURdata pillars; `sub` below that. */
  level: z.enum(['composite', 'dimension', 'sub']),
  /** Id of the indicator this one is averaged into (dimensions into `composite`, sub-pillars into their pillar). */
  parent: slug.optional(),
});

/** A bound written as a number (`1`) or a fraction (`"1/3"`), so that 0–1/3 needs no rounded 0.333. */
const bound = z.union([
  z.number(),
  z
    .string()
    .regex(/^\d+\/[1-9]\d*$/, 'write a number such as 1, or a fraction such as "1/3"')
    .transform((text) => {
      const [numerator, denominator] = text.split('/').map(Number) as [number, number];
      return numerator / denominator;
    }),
]);

/** The closed range scores lie in. */
export const scaleSchema = strictObject({
  /** Lowest possible score. */
  min: bound,
  /** Highest possible score (best). */
  max: bound,
});

/** `mean`: the unweighted mean of the children; `sum`: their sum (OURdata 2019: composite = sum of three pillars on 0–1/3). */
export const aggregationSchema = z.enum(['mean', 'sum']);

/** An index such as the DGI: its indicators, scale and aggregation rule. */
export const indexSchema = strictObject({
  /** Used in URLs and downloads: `dgi`, `ourdata`. */
  id: slug,
  label: localizedSchema,
  shortLabel: localizedSchema,
  /** What the composite score measures, in one sentence for readers (shown under every headline score). */
  meaning: localizedSchema.optional(),
  /** Every score lies in this closed range unless an edition's `levels` says otherwise; values outside it are rejected. */
  scale: scaleSchema.default({ min: 0, max: 1 }),
  /**
   * How a parent indicator is obtained from its children unless an edition's `levels` says otherwise.
   * A parent the source omits is computed; a parent the source gives is checked against its children.
   */
  aggregation: aggregationSchema.default('mean'),
  indicators: z.array(indicatorSchema).min(1),
});


const yearMonth = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'write a date as YYYY-MM or YYYY-MM-DD, e.g. "2024-01"');

const iso3 = z.string().regex(/^[A-Z]{3}$/, 'use an upper-case ISO 3166-1 alpha-3 code, e.g. "KOR"');

/** Scale and aggregation of one indicator level in one edition, where they differ from the index's. */
const levelSchema = strictObject({
  /** Range of the scores at this level, e.g. OURdata 2019 pillars `{ "min": 0, "max": "1/3" }`. */
  scale: scaleSchema.optional(),
  /** How an indicator of this level is obtained from its children (`mean` or `sum`). */
  aggregation: aggregationSchema.optional(),
});

/**
 * Columns (wide) or variables (long, coded) that are not scores but figures the OECD printed about
 * them: kept, shown as printed and compared with the site's own figures, never used as scores.
 */
const printedSchema = strictObject({
  /** Column/variable → indicator it ranks, e.g. `{ "Rank": "composite" }`. */
  rank: columnMap.prefault({}),
  /** Column/variable → indicator whose change since `changeSince` it prints. */
  change: columnMap.prefault({}),
  /** The edition the printed changes are measured from, e.g. `"2017"` (which the site may not hold). */
  changeSince: z.string().min(1).optional(),
});

/** Whether the file holds every value the OECD published for this edition. */
const completenessSchema = z.discriminatedUnion('status', [
  strictObject({
    /** Every covered country has every indicator; a missing value is an error. */
    status: z.literal('complete'),
  }),
  strictObject({
    /** Values or countries are missing: no ranks and no computed averages; a missing value is "not stated in the source". */
    status: z.literal('partial'),
    /** One sentence saying what is missing and why. */
    missing: localizedSchema,
  }),
]);

/** A given composite (or parent) the OECD printed that disagrees with its parts: declared, so the build accepts it. */
const discrepancySchema = strictObject({
  /** ISO3 code of the country. */
  country: iso3,
  /** Indicator id of the parent that disagrees with its children. */
  indicator: slug,
  /** Why the source disagrees with itself, as far as known. */
  reason: localizedSchema,
});

/** An edition the OECD published whose country tables are not in `data/` (listed on the methodology page). */
export const unheldEditionSchema = strictObject({
  /** Index id. */
  index: slug,
  /** Edition label. */
  edition: z.string().min(1),
  /** Publication date. */
  published: yearMonth,
  /** The publication. */
  source: strictObject({
    /** Full citation. */
    citation: z.string().min(1),
    /** Bare DOI. */
    doi: z.string().regex(/^10\.\d{4,}\/\S+$/, 'give the bare DOI, e.g. "10.1787/1a89ed5e-en"').optional(),
    /** Link to the publication. */
    url: z.url().optional(),
  }),
  /** Why the site does not hold it. */
  reason: localizedSchema,
});

/** One edition of one index, as delivered in one file of `data/`. */
const editionFields = strictObject({
  /** Id of the index this edition belongs to. */
  index: slug,
  /** The edition's name as the OECD uses it (`2023`), which may differ from the survey year. */
  edition: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'use letters, digits, "-", "." or "_", e.g. "2023"'),
  /** File name inside the data folder. */
  file: z.string().regex(/^[^/\\]+\.csv$/, 'give a file name in the data folder ending in .csv, e.g. "dgi-2025.csv"'),
  /** How the file is laid out and how its columns/variables map to indicators. */
  layout: layoutSchema,
  /** Publication date of the source; OECD membership is taken at this date unless `membershipDate` is set. */
  published: yearMonth,
  /** Date at which OECD membership is taken, where the source used the survey date rather than the publication date. */
  membershipDate: yearMonth.optional(),
  /**
   * The day this edition's file was added to `data/` or last corrected (YYYY-MM-DD), when later than its
   * publication: `npm run check` lists the texts reviewed before it (EDITING.md, "Texts to review").
   */
  added: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the day as YYYY-MM-DD, e.g. "2026-12-01"').optional(),
  /** The publication the file transcribes. */
  source: strictObject({
    /** Full citation. */
    citation: z.string().min(1),
    /** Bare DOI. */
    doi: z.string().regex(/^10\.\d{4,}\/\S+$/, 'give the bare DOI, e.g. "10.1787/1a89ed5e-en"'),
    /** Link to the publication (defaults to the DOI). */
    url: z.url().optional(),
    /** The table the values come from. */
    table: z.string().optional(),
    /**
     * Terms the source is published under: `oecd-terms` (the OECD's terms and conditions, the default) or
     * `CC-BY-4.0` (OECD publications since mid-2024, e.g. the Digital Government Outlook 2026).
     */
    license: z.enum(['oecd-terms', 'CC-BY-4.0']).default('oecd-terms'),
  }),
  /** Who is ranked: every participant, or OECD members only (the others are shown unranked). */
  rankedSet: z.enum(['all-participants', 'oecd-members']),
  /** False where the OECD says scores cannot be compared with the previous edition (a methodology break). */
  comparableWithPrevious: z.boolean(),
  /** Decimals the source publishes, per indicator level; computed values are rounded the same way. */
  decimals: strictObject({
    /** Decimals of the composite. */
    composite: z.number().int().min(0).max(6),
    /** Decimals of dimensions/pillars. */
    dimension: z.number().int().min(0).max(6),
    /** Decimals of sub-pillars (defaults to `dimension`). */
    sub: z.number().int().min(0).max(6).optional(),
  }),
  /** Scale and aggregation per level where this edition differs from the index, e.g. OURdata 2019. */
  levels: strictObject({
    /** The composite: its aggregation is how it is obtained from the dimensions/pillars. */
    composite: levelSchema.optional(),
    /** Dimensions/pillars: their aggregation is how they are obtained from sub-pillars. */
    dimension: levelSchema.optional(),
    /** Sub-pillars. */
    sub: levelSchema.optional(),
  }).default({}),
  /** Whether the file is complete (default) or partial, with what is missing and why. */
  completeness: completenessSchema.default({ status: 'complete' }),
  /** Columns/variables holding figures the OECD printed (ranks, changes) rather than scores. */
  printed: printedSchema.prefault({}),
  /** Columns/variables to skip: neither scores nor printed figures. */
  ignore: z.array(z.string().min(1)).default([]),
  /** Countries the OECD says took no part or whose data are unavailable (shown as "did not take part"). */
  notTakingPart: z.array(iso3).default([]),
  /**
   * Countries the OECD assessed in this edition whose results the file does not hold (a partial edition's
   * country notes that could not be transcribed): shown as "assessed by the OECD, not transcribed here".
   */
  assessedNotTranscribed: z.array(iso3).default([]),
  /** Given parents that differ from the aggregate of their parts, accepted because the source prints them so. */
  knownDiscrepancies: z.array(discrepancySchema).default([]),
  /** Country names as this source prints them that the built-in alias table lacks: name → ISO3. */
  countryAliases: safeRecord(z.string(), aliasTargetSchema).prefault({}),
  /** A note shown with the edition. */
  note: localizedSchema.optional(),
  /** The edition's methodology files in data/methodology/ (see methodologySchema.ts); absent where none could be read. */
  methodology: methodologyPointerSchema.optional(),
});

/** An edition with the other publications of it that are compared with its file (sources.ts). */
export const editionSchema = editionFields.extend({ sources: secondSourcesSchema(editionFields.shape) });

/** `data/manifest.json`: the indices and every edition file of the data folder. */
export const manifestSchema = strictObject({
  /** The indices and their indicators. */
  indices: z.array(indexSchema).min(1),
  /** One entry per data file. */
  editions: z.array(editionSchema).min(1),
  /** Editions the OECD published whose country tables the site does not hold. */
  unheldEditions: z.array(unheldEditionSchema).default([]),
  /** The record of data changes, oldest first (src/lib/manifest/changesSchema.ts). */
  changes: z.array(changeSchema).default([]),
  /** Editions the OECD has announced, with where (src/lib/manifest/changesSchema.ts). */
  nextEditions: z.array(nextEditionSchema).default([]),
});

export type Localized = z.infer<typeof localizedSchema>;
export type IndicatorDefinition = z.infer<typeof indicatorSchema>;
export type IndexDefinition = z.infer<typeof indexSchema>;
export type Layout = z.infer<typeof layoutSchema>;
export type EditionEntry = z.infer<typeof editionSchema>;
export type UnheldEdition = z.infer<typeof unheldEditionSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type Scale = z.infer<typeof scaleSchema>;
export type Aggregation = z.infer<typeof aggregationSchema>;
