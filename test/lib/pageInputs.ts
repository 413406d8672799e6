/** Page view-model inputs on the real data (or a data folder given), with the default deployment base `/`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGroups } from '../../src/lib/groups/parseGroups.ts';
import { readInputs } from '../../src/lib/input/readInputs.ts';
import { buildDataset } from '../../src/lib/model/buildDataset.ts';
import type { PageInputs } from '../../src/lib/pages/inputs.ts';
import { indexData } from '../../src/lib/query/dataIndex.ts';
import { localePath } from '../../src/lib/urls/paths.ts';
import { realDataDir } from './helpers.ts';

export const SITE = 'https://profiles.example.org/';

export function pageInputs(dir = realDataDir): PageInputs {
  return {
    site: indexData(buildDataset(readInputs(dir))),
    groups: parseGroups(readFileSync(join(dir, 'groups.json'), 'utf8'), 'groups.json').groups,
    href: (lang, path) => `/${localePath(lang, path)}`,
    file: (path) => `/${path}`,
    absolute: (path) => `${SITE}${path}`,
  };
}

/** The three site languages, for describe.each. */
export const langs = ['en', 'fr', 'es'] as const;

/** The URL prefix of a language: '' for the default one. */
export const prefix = (lang: (typeof langs)[number]) => (lang === 'en' ? '' : `/${lang}`);
