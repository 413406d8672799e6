import { z } from 'zod';
import { strictObject } from './strict.ts';

/** A file name inside `data/methodology/`, e.g. `dgi-2023-questions.csv`. */
const methodologyFile = z.string().regex(/^[^/\\]+\.csv$/, 'give a file name in data/methodology/ ending in .csv, e.g. "dgi-2023-questions.csv"');

/**
 * Where an edition's methodology lies, in `data/methodology/`: the file describing its dimensions (the rows
 * of this edition), and either the weighted questions behind each dimension (DGI 2023: `questions`) or
 * the survey items and parameters per dimension (DGI 2019: `items`). An edition without this field has no
 * methodology the site could read; its pages say so and link the OECD's publication.
 */
export const methodologyPointerSchema = strictObject({
  /** Per dimension: definition, facets, facet weights, counts, OECD averages by facet (rows of this edition). */
  dimensions: methodologyFile,
  /** Every question with its dimension, facet, weight in the composite and page (one row per question). */
  questions: methodologyFile.optional(),
  /** Survey items counted per dimension and facet, and the parameters listed per dimension (no weights printed). */
  items: methodologyFile.optional(),
  /** The publication the methodology is transcribed from, where it is not the edition's own (DGI 2019: the method paper). */
  source: strictObject({
    /** Full citation. */
    citation: z.string().min(1),
    /** Bare DOI. */
    doi: z.string().regex(/^10\.\d{4,}\/\S+$/, 'give the bare DOI, e.g. "10.1787/b00142a4-en"'),
  }).optional(),
});

export type MethodologyPointer = z.infer<typeof methodologyPointerSchema>;
