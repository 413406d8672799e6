import { z } from 'zod';
import { languages, type Lang } from '../i18n/languages.ts';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "open-by-default"');

/** A text in each site language (see src/lib/i18n/languages.ts): `{ "en": "…", "fr": "…", "es": "…" }`. */
export const localizedSchema = z.object(Object.fromEntries(languages.map((lang) => [lang, z.string().min(1)])) as Record<Lang, z.ZodString>);

/** One measured quantity of an index: its composite, a dimension/pillar, or a sub-pillar. */
export const indicatorSchema = z.object({
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

/** An index such as the DGI: its indicators, scale and aggregation rule. */
export const indexSchema = z.object({
  /** Used in URLs and downloads: `dgi`, `ourdata`. */
  id: slug,
  label: localizedSchema,
  shortLabel: localizedSchema,
  /** Every score lies in this closed range; values outside it are rejected. */
  scale: z.object({ min: z.number(), max: z.number() }).default({ min: 0, max: 1 }),
  /**
   * How a parent indicator is obtained from its children. `mean`: the unweighted mean. A parent the
   * source omits is computed; a parent the source gives is checked against the mean of its children.
   */
  aggregation: z.literal('mean').default('mean'),
  indicators: z.array(indicatorSchema).min(1),
});

const columnMap = z.record(z.string().min(1), slug);

/** Long/tidy layout: one row per (country, variable). */
const longLayout = z.object({
  type: z.literal('long'),
  countryColumn: z.string().default('cc_iso3c'),
  variableColumn: z.string().default('variable'),
  valueColumn: z.string().default('value'),
  /** Source variable name → indicator id, e.g. `"open_default": "open-by-default"`. */
  variables: columnMap,
});

/** Wide layout: one row per country (names only), one column per indicator. */
const wideLayout = z.object({
  type: z.literal('wide'),
  countryColumn: z.string().default('Country'),
  /** Column header → indicator id. Every other column (but the country column) is an error. */
  columns: columnMap,
});

/** SDMX-CSV as exported by the OECD Data Explorer (codes only, or codes with labels). */
const sdmxLayout = z.object({
  type: z.literal('sdmx'),
  countryColumn: z.string().default('REF_AREA'),
  variableColumn: z.string().default('MEASURE'),
  valueColumn: z.string().default('OBS_VALUE'),
  /** Code → indicator id, e.g. `"DG": "composite"`. */
  variables: columnMap,
  /** Keep only rows whose column equals the value, e.g. `{"EDITION": "2025"}`. */
  filter: z.record(z.string(), z.string()).default({}),
});

/** OECD.Stat legacy CSV: code/label column pairs, `Value`, `Flag Codes`, `Flags`. */
const oecdStatLayout = z.object({
  type: z.literal('oecd-stat'),
  countryColumn: z.string().default('COU'),
  variableColumn: z.string().default('IND'),
  valueColumn: z.string().default('Value'),
  variables: columnMap,
  filter: z.record(z.string(), z.string()).default({}),
});

export const layoutSchema = z.discriminatedUnion('type', [longLayout, wideLayout, sdmxLayout, oecdStatLayout]);

const yearMonth = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'write a date as YYYY-MM or YYYY-MM-DD, e.g. "2024-01"');

/** One edition of one index, as delivered in one file of `data/`. */
export const editionSchema = z.object({
  index: slug,
  /** The edition's name as the OECD uses it (`2023`), which may differ from the survey year. */
  edition: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'use letters, digits, "-", "." or "_", e.g. "2023"'),
  /** File name inside the data folder. */
  file: z.string().regex(/^[^/\\]+\.csv$/, 'give a file name in the data folder ending in .csv, e.g. "dgi-2025.csv"'),
  layout: layoutSchema,
  /** Publication date of the source; OECD membership is taken at this date unless `membershipDate` is set. */
  published: yearMonth,
  membershipDate: yearMonth.optional(),
  source: z.object({
    citation: z.string().min(1),
    doi: z.string().regex(/^10\.\d{4,}\/\S+$/, 'give the bare DOI, e.g. "10.1787/1a89ed5e-en"'),
    url: z.url().optional(),
    table: z.string().optional(),
  }),
  /** Who is ranked: every participant, or OECD members only (the others are shown unranked). */
  rankedSet: z.enum(['all-participants', 'oecd-members']),
  /** False where the OECD says scores cannot be compared with the previous edition (a methodology break). */
  comparableWithPrevious: z.boolean(),
  /** Decimals the source publishes, per indicator level; computed values are rounded the same way. */
  decimals: z.object({
    composite: z.number().int().min(0).max(6),
    dimension: z.number().int().min(0).max(6),
    sub: z.number().int().min(0).max(6).optional(),
  }),
  /** Country names as this source prints them that the built-in alias table lacks: name → ISO3. */
  countryAliases: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/)).default({}),
  note: localizedSchema.optional(),
});

export const manifestSchema = z.object({
  indices: z.array(indexSchema).min(1),
  editions: z.array(editionSchema).min(1),
});

export type Localized = z.infer<typeof localizedSchema>;
export type IndicatorDefinition = z.infer<typeof indicatorSchema>;
export type IndexDefinition = z.infer<typeof indexSchema>;
export type Layout = z.infer<typeof layoutSchema>;
export type EditionEntry = z.infer<typeof editionSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
