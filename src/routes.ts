import { getCollection } from 'astro:content';
import { languages, type Lang } from './lib/i18n/languages.ts';
import { loadGroups } from './lib/groups/loadGroups.ts';
import type { PageInputs } from './lib/pages/inputs.ts';
import { headlineEdition } from './lib/pages/headline.ts';
import { loadData } from './lib/load/loadData.ts';
import { localeParam } from './lib/urls/paths.ts';
import { absolute, fileUrl, url } from './site.ts';

// Static paths of the route tree `src/pages/[...locale]/…`: every page once per site language, the
// default language without a prefix (`/countries/kor/`), the others under theirs (`/fr/countries/kor/`).

/**
 * What the page view models are built from: this build's data and groups, and its URLs. A route file
 * builds its page's model from these when it renders (in `npm run dev`, from the data as it is then).
 */
export function pageInputs(): PageInputs {
  return { site: loadData(), groups: loadGroups(), href: url, file: fileUrl, absolute };
}

/** One page per language, for routes without parameters of their own (home, search, compare…). */
export function languagePaths() {
  return languages.map((lang) => ({ params: { locale: localeParam(lang) }, props: { lang } }));
}

/** Pages of a route with its own parameters: `pages(lang)` lists them for one language. */
function perLanguage<P extends Record<string, string>, Q extends object>(pages: (lang: Lang) => { params: P; props: Q }[]) {
  return languages.flatMap((lang) => pages(lang).map(({ params, props }) => ({ params: { ...params, locale: localeParam(lang) }, props: { ...props, lang } })));
}

/** Every `content/{lang}/pages/*.mdx` but the home intro, in any language, is a page in all of them. */
export async function editorialPagePaths() {
  const entries = await getCollection('pages', (e) => !e.data.draft);
  const prefix = new RegExp(`^((${languages.join("|")})/)?pages/`);
  const slugs = [...new Set(entries.map((e) => e.id.replace(prefix, '')))].filter((s) => s !== 'home').sort();
  return perLanguage(() => slugs.map((page) => ({ params: { page }, props: { page } })));
}

export function policyAreaPaths() {
  const areas = loadData().dataset.indices.flatMap((index) =>
    index.indicators.filter((i) => i.id !== 'composite').map((i) => ({ params: { index: index.id, indicator: i.id }, props: { index: index.id, indicator: i.id } })),
  );
  return perLanguage(() => areas);
}

export function indexPagePaths() {
  return perLanguage(() => loadData().dataset.indices.map((index) => ({ params: { index: index.id }, props: { index: index.id } })));
}

export function countryProfilePaths() {
  return perLanguage(() => loadData().dataset.countries.map((c) => ({ params: { iso3: c.iso3.toLowerCase() }, props: { iso3: c.iso3 } })));
}

/** A static comparison page per country group (`compare/nordic/`). */
export function groupComparePaths() {
  return perLanguage(() => loadGroups().map((g) => ({ params: { group: g.id }, props: { group: g.id } })));
}

/** The embeddable headline chart of each country that has one (`embed/countries/kor/`). */
export function embedPaths() {
  const site = loadData();
  return perLanguage(() => site.dataset.countries.filter((c) => headlineEdition(site, c.iso3) !== undefined).map((c) => ({ params: { iso3: c.iso3.toLowerCase() }, props: { iso3: c.iso3 } })));
}
