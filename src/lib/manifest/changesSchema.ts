import { z } from 'zod';
import { languages, type Lang } from '../i18n/languages.ts';
import { strictObject } from './strict.ts';

// The record of data changes (`changes` in data/manifest.json) and the editions the OECD has announced
// (`nextEditions`). Checked against the data by src/lib/manifest/checkChanges.ts; read by the What's new page,
// the Atom feeds, the pages' "data last changed" dates and the data package's version.

/** The same shape as `localizedSchema` in schema.ts (which imports this file, so it cannot be imported back). */
const localized = strictObject(Object.fromEntries(languages.map((lang) => [lang, z.string().min(1)])) as Record<Lang, z.ZodString>);

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "open-by-default"');
const iso3 = z.string().regex(/^[A-Z]{3}$/, 'use an upper-case ISO 3166-1 alpha-3 code, e.g. "KOR"');
/** A day: the record dates each change to the day it entered the data folder. */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the day as YYYY-MM-DD, e.g. "2026-12-01"');

/** An edition of an index the change touches: `{ "index": "dgi", "edition": "2025" }`. */
export const editionRefSchema = strictObject({
  /** Index id, e.g. `dgi`. */
  index: slug,
  /** Edition label as in `editions`, e.g. `2025`. */
  edition: z.string().min(1),
});

/** One value fixed in a data file: what the site showed before, and what the file holds now. */
export const correctedValueSchema = strictObject({
  /** ISO3 code of the country whose value was corrected. */
  country: iso3,
  /** Indicator id, e.g. `open-by-default`. */
  indicator: slug,
  /** The value as the site showed it before the correction, as written in the file then (e.g. `"0.83"`). */
  before: z.string().min(1),
  /** The value the file holds now, written exactly as in the file (e.g. `"0.833"`); the check compares it with the data. */
  after: z.string().min(1),
});

const common = {
  /** The day the change entered the data folder, YYYY-MM-DD; not in the future. */
  date: day,
  /** The editions the change touches (at least one). */
  editions: z.array(editionRefSchema).min(1),
  /** Countries the change touches, ISO3 codes; leave out when it touches every country of the editions. */
  countries: z.array(iso3).optional(),
  /** One sentence saying what changed, in every site language (shown on What's new and in the feeds). */
  text: localized,
};

/**
 * One entry of the record of data changes. `kind` says what happened: an edition was added
 * (`edition-added`), a partial edition was completed (`edition-completed`), values were corrected
 * (`value-corrected`, which names each value before and after), or a source was added to an edition
 * (`source-added`).
 */
export const changeSchema = z.discriminatedUnion('kind', [
  strictObject({ kind: z.literal('edition-added'), ...common }),
  strictObject({ kind: z.literal('edition-completed'), ...common }),
  strictObject({ kind: z.literal('source-added'), ...common }),
  strictObject({
    kind: z.literal('value-corrected'),
    ...common,
    /** Every value fixed, with its value before and after (the countries it names are touched by the change). */
    values: z.array(correctedValueSchema).min(1),
  }),
], { error: 'use one of "edition-added", "edition-completed", "value-corrected" or "source-added"' });

/**
 * An edition the OECD has announced, with where it said so (never a guess): shown on the index page as
 * the next expected edition until an edition of that index published after `announced` is in the data.
 */
export const nextEditionSchema = strictObject({
  /** Index id. */
  index: slug,
  /** The edition's label as announced, e.g. `2027`. */
  edition: z.string().min(1),
  /** When the OECD expects to publish it, as announced: a year (`2027`), month (`2027-06`) or day. */
  expected: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write the expected date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2027-06"'),
  /** Day the announcement was read, YYYY-MM-DD. */
  announced: day,
  /** Where the OECD announced it. */
  source: strictObject({
    /** What the page or publication is called. */
    title: z.string().min(1),
    /** Its address. */
    url: z.url({ protocol: /^https?$/ }),
  }),
});

export type EditionRef = z.infer<typeof editionRefSchema>;
export type CorrectedValue = z.infer<typeof correctedValueSchema>;
export type ChangeEntry = z.infer<typeof changeSchema>;
export type ChangeKind = ChangeEntry['kind'];
export type NextEdition = z.infer<typeof nextEditionSchema>;
