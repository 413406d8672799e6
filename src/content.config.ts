import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { frontmatterSchema } from './lib/content/schema.ts';

/** Entries of `content/{kind}/…` and their French twins in `content/fr/{kind}/…`, with ids like `fr/countries/kor`. */
const editorial = (kind: string) =>
  defineCollection({
    loader: glob({
      base: './content',
      pattern: [`${kind}/**/*.mdx`, `fr/${kind}/**/*.mdx`],
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: frontmatterSchema,
  });

export const collections = {
  countries: editorial('countries'),
  indices: editorial('indices'),
  pages: editorial('pages'),
};
