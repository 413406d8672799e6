import { z } from 'zod';

const DATE_FIX = 'write the date as YYYY-MM-DD, e.g. 2026-11-26';

/**
 * A calendar date written YYYY-MM-DD that exists (`2026-02-30` and `03/04/2026` are rejected, not
 * coerced). Astro's YAML parser hands over a Date for an unquoted date; the check's parser a string.
 */
const isoDate = z.union([z.date(), z.string()], { error: DATE_FIX }).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) ctx.addIssue({ code: 'custom', message: DATE_FIX });
    return value;
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value.trim()) {
    ctx.addIssue({ code: 'custom', message: match ? `${JSON.stringify(value)} is not a date in the calendar; ${DATE_FIX}` : `${JSON.stringify(value)} is not in the form YYYY-MM-DD; ${DATE_FIX}` });
    return z.NEVER;
  }
  return date;
});

/** Frontmatter shared by every editorial MDX file (countries, indices, pages), in either language. */
export const frontmatterSchema = z.object({
  /** Page or section title. */
  title: z.string().min(1, 'write a title; it cannot be empty'),
  /** One or two sentences shown in lists and search results. */
  summary: z.string().min(1, 'write a one- or two-sentence summary').max(300, 'keep the summary to 300 characters or fewer'),
  /** Date of the last editorial review, YYYY-MM-DD. */
  updated: isoDate,
  /** Publications or pages the text relies on. */
  sources: z.array(z.object({ title: z.string().min(1, 'write a title; it cannot be empty'), url: z.url({ protocol: /^https?$/, error: 'give the full address of a web page, starting https:// (or http://)' }) })).default([]),
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
