import { z } from 'zod';
import type { Localized } from '../manifest/schema.ts';

/**
 * The rows of the methodology files in `data/methodology/`, one zod schema per file, and what the site
 * builds from them. Facts (numbers, weights, pages) are the OECD's; labels and definitions are short
 * descriptions, translated in `labels-{lang}.csv` beside them.
 */

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use the dimension id of the manifest, e.g. "open-by-default"');
/** A weight as printed, `3.51%`. */
const percentText = z.string().regex(/^\d+(\.\d+)?%$/, 'write a weight as printed, e.g. "3.51%"');
const page = z.string().regex(/^[1-9]\d*$/, 'give the page number, e.g. "31"');
const text = z.string().trim().min(1, 'is empty; fill it in');

/** `dgi-2023-questions.csv`: one question behind a dimension, as the OECD's Annex B prints it. */
export const questionRowSchema = z.object({
  /** Dimension id of the manifest. */
  dimension: slug,
  /** Facet name in English, one of the dimension's facets in the dimensions file. */
  facet: text,
  /** The facet's weight in the composite, repeated on every question of the facet. */
  facet_weight: percentText,
  /** Question number in the OECD survey, e.g. `40a` or `50_c1`. */
  question: z.string().regex(/^[0-9][0-9A-Za-z_]*$/, 'give the survey question number, e.g. "40a"'),
  /** A short description of the question (not OECD text). */
  label: text,
  /** `Yes / No`, `Single choice`, `Multiple choice`, `0 – 100 percentage`. */
  question_type: text,
  /** The question's weight in the composite. */
  weight: percentText,
  page,
  /** The table it is printed in. */
  table: text,
});

/** `dgi-dimensions.csv`: one dimension in one edition. */
export const dimensionRowSchema = z.object({
  edition: text,
  dimension: slug,
  /** A short definition (not OECD text). */
  definition: text,
  /** The four facets, `; `-separated; a parenthesis after the last says how they were used. */
  facets: text,
  /** `38 (8/13/11/6)` or `74 (6/45/12/11) items; 21 'detailed parameters' listed`. */
  questions_or_items: z.string().regex(/^\d+ \(\d+(\/\d+)*\)/, 'write the count and the count per facet, e.g. "38 (8/13/11/6)"'),
  /** The dimension's weight in the composite, blank where none was printed. */
  dimension_weight: z.union([percentText, z.literal('')]),
  /** Facet weights in facet order, ` / `-separated, blank where none were printed. */
  facet_weights: z.union([z.string().regex(/^\d+(\.\d+)?%( \/ \d+(\.\d+)?%)*$/, 'write the facet weights in facet order, e.g. "3.51% / 5.70% / 4.82% / 2.63%"'), z.literal('')]),
  /** `0.684; by facet 73% / 71% / 69% / 53% (dimension 68%)`, blank where not printed. */
  oecd_average_printed: z.string(),
  pages: text,
  tables: text,
});

/** `dgi-2019-structure.csv`: a count of survey items for one facet, or one listed parameter. */
export const structureRowSchema = z.discriminatedUnion('row_type', [
  z.object({ dimension: slug, row_type: z.literal('facet_item_count'), facet: text, items: z.string().regex(/^\d+$/, 'give the number of items, e.g. "6"'), parameter: z.literal(''), page, table: text }),
  z.object({ dimension: slug, row_type: z.literal('parameter'), facet: z.literal(''), items: z.literal(''), parameter: text, page, table: text }),
]);

/** `editions.csv`: what the OECD says about one edition (or "not found"). */
export const editionRowSchema = z.object({
  /** Index as the OECD names it: `DGI`, `OURdata` (matched to manifest ids without regard to case). */
  index: text,
  edition: text,
  survey: text,
  reference_period: text,
  data_collection: text,
  countries_printed: text,
  scale: text,
  aggregation: text,
  component_weighting: text,
  item_scoring: text,
  comparability_statement: text,
  pages: z.string(),
});

/** A place in a file, for messages and for the source column of the download. */
export interface Source {
  file: string;
  line: number;
}

/** One weighted question (DGI 2023). */
interface Question {
  number: string;
  label: Localized;
  type: Localized;
  /** Weight in the composite, percent (0.76 for 0.76 %); `weightText` as printed. */
  weight: number;
  weightText: string;
  page: number;
  table: string;
  source: Source;
}

/** One facet of a dimension: strategic approach, policy levers, implementation, monitoring. */
interface Facet {
  /** The English name, the key of the facet in every file. */
  key: string;
  name: Localized;
  /** Weight in the composite in percent, where printed. */
  weight?: number;
  weightText?: string;
  /** Questions (2023) or survey items (2019) in the facet, as the dimensions file counts them. */
  count: number;
  /** The OECD average of the facet as printed (`73%`). */
  oecdAverage?: string;
  /** The questions, where the edition lists them. */
  questions: Question[];
}

/** What one dimension of one edition is made of. */
export interface DimensionMethodology {
  dimension: string;
  definition: Localized;
  weight?: number;
  weightText?: string;
  /** Questions or items in all. */
  count: number;
  facets: Facet[];
  /** How the facets were used, where the file says (2019: "qualitative only, not used in scores"). */
  facetUse?: Localized;
  /** How many "detailed parameters" the dimensions file says are listed (DGI 2019). */
  parameterCount?: number;
  /** The "detailed parameters" listed (DGI 2019). */
  parameters: { text: Localized; page: number; table: string; source: Source }[];
  /** The OECD average of the dimension and of the whole (`68%`), as printed. */
  oecdAverage?: { score: string; dimension?: string };
  /** Where the source prints it (pages, tables), in every language. */
  pages: Localized;
  tables: Localized;
  source: Source;
}

/** The methodology of one edition. */
export interface EditionMethodology {
  index: string;
  edition: string;
  /** `questions`: weighted questions per facet; `items`: item counts per facet, no weights. */
  kind: 'questions' | 'items';
  dimensions: DimensionMethodology[];
  /** The files it was read from, in data/methodology/. */
  files: string[];
  /** The publication the methodology comes from: the manifest pointer's `source`, else the edition's. */
  source: { citation: string; doi: string };
}

/** An edition row of `editions.csv`, each text in every language. */
export interface EditionNote {
  index: string;
  edition: string;
  /** Each text in every language; blank where the file leaves it blank. */
  fields: Record<'survey' | 'reference_period' | 'scale' | 'aggregation' | 'comparability_statement', Localized>;
  /** Pages of the source, as written. */
  pages: string;
  source: Source;
}

/** Everything read from `data/methodology/`. */
export interface Methodology {
  editions: EditionMethodology[];
  notes: EditionNote[];
}
