import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { frontmatterSchema } from './lib/content/schema.ts';
import { defaultLang, languages } from './lib/i18n/languages.ts';

/** Entries of `content/{kind}/…` and their translations in `content/{lang}/{kind}/…`, with ids like `fr/countries/kor`. */
const editorial = (kind: string) =>
  defineCollection({
    loader: glob({
      base: process.env.CONTENT_DIR ?? './content',
      pattern: [`${kind}/**/*.mdx`, ...languages.filter((lang) => lang !== defaultLang).map((lang) => `${lang}/${kind}/**/*.mdx`)],
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: frontmatterSchema,
  });

export const collections = {
  countries: editorial('countries'),
  indices: editorial('indices'),
  pages: editorial('pages'),
};
