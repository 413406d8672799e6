import { z } from 'zod';

/** Frontmatter shared by every editorial MDX file (countries, indices, pages), in either language. */
export const frontmatterSchema = z.object({
  /** Page or section title. */
  title: z.string().min(1, 'write a title; it cannot be empty'),
  /** One or two sentences shown in lists and search results. */
  summary: z.string().min(1, 'write a one- or two-sentence summary').max(300, 'keep the summary to 300 characters or fewer'),
  /** Date of the last editorial review, YYYY-MM-DD. */
  updated: z.coerce.date({ error: 'write the date as YYYY-MM-DD, e.g. 2026-11-26' }),
  /** Publications or pages the text relies on. */
  sources: z.array(z.object({ title: z.string().min(1, 'write a title; it cannot be empty'), url: z.url() })).default([]),
  related: z
    .object({
      /** ISO 3166-1 alpha-3 codes, upper case. */
      countries: z.array(z.string().regex(/^[A-Z]{3}$/, 'use an upper-case ISO3 code such as "KOR"')).default([]),
      /** `{index}/{indicator}` ids, e.g. `dgi/open-by-default`. */
      indicators: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'write "{index}/{indicator}", e.g. "dgi/open-by-default"')).default([]),
    })
    .default({ countries: [], indicators: [] }),
  /** Drafts are checked but not published. */
  draft: z.boolean().default(false),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;
