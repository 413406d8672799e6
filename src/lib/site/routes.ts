import { getCollection } from 'astro:content';
import type { Lang } from '../i18n/translate.ts';
import { loadSite } from './loadSite.ts';

// Static paths of the dynamic routes; each route file exists once for English and once under `fr/`.

/** Every `content/pages/*.mdx` but the home intro, in either language, is a page in both. */
export async function editorialPagePaths(lang: Lang) {
  const entries = await getCollection('pages', (e) => !e.data.draft);
  const slugs = [...new Set(entries.map((e) => e.id.replace(/^(fr\/)?pages\//, '')))].filter((s) => s !== 'home').sort();
  return slugs.map((page) => ({ params: { page }, props: { lang, page } }));
}

export function policyAreaPaths(lang: Lang) {
  return loadSite().dataset.indices.flatMap((index) =>
    index.indicators
      .filter((i) => i.id !== 'composite')
      .map((i) => ({ params: { index: index.id, indicator: i.id }, props: { lang, index: index.id, indicator: i.id } })),
  );
}

export function indexPagePaths(lang: Lang) {
  return loadSite().dataset.indices.map((index) => ({ params: { index: index.id }, props: { lang, index: index.id } }));
}

export function countryProfilePaths(lang: Lang) {
  return loadSite().dataset.countries.map((c) => ({ params: { iso3: c.iso3.toLowerCase() }, props: { lang, iso3: c.iso3 } }));
}

/** A static comparison page per country group (`compare/nordic/`). */
export async function groupComparePaths(lang: Lang) {
  const { loadGroups } = await import('../groups/loadGroups.ts');
  return loadGroups().map((g) => ({ params: { group: g.id }, props: { lang, group: g.id } }));
}
