import { getCollection } from 'astro:content';
import { languages, type Lang } from './lib/i18n/languages.ts';
import { loadGroups } from './lib/groups/loadGroups.ts';
import { countryListPage } from './lib/pages/countryList.ts';
import { editorialPage } from './lib/pages/editorialPage.ts';
import { embedPage } from './lib/pages/embed.ts';
import { profilePage } from './lib/pages/profilePage.ts';
import { loadSite } from './lib/site/loadSite.ts';
import { localeParam } from './lib/site/paths.ts';

// Static paths of the route tree `src/pages/[...locale]/…`: every page once per site language, the
// default language without a prefix (`/countries/kor/`), the others under theirs (`/fr/countries/kor/`).

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
  const site = loadSite();
  return perLanguage((lang) => slugs.map((page) => ({ params: { page }, props: { page: editorialPage(site, lang, page) } })));
}

export function policyAreaPaths() {
  const areas = loadSite().dataset.indices.flatMap((index) =>
    index.indicators.filter((i) => i.id !== 'composite').map((i) => ({ params: { index: index.id, indicator: i.id }, props: { index: index.id, indicator: i.id } })),
  );
  return perLanguage(() => areas);
}

export function indexPagePaths() {
  return perLanguage(() => loadSite().dataset.indices.map((index) => ({ params: { index: index.id }, props: { index: index.id } })));
}

/** A profile per country, its view model worked out here once per language. */
export function countryProfilePaths() {
  const site = loadSite();
  const groups = loadGroups();
  return perLanguage((lang) => site.dataset.countries.map((c) => ({ params: { iso3: c.iso3.toLowerCase() }, props: { page: profilePage(site, groups, lang, c.iso3) } })));
}

/** The list of countries, with every country's latest scores and the coverage of each edition. */
export function countryListPaths() {
  const site = loadSite();
  const groups = loadGroups();
  return languagePaths().map(({ params, props }) => ({ params, props: { ...props, page: countryListPage(site, groups, props.lang) } }));
}

/** A static comparison page per country group (`compare/nordic/`). */
export function groupComparePaths() {
  return perLanguage(() => loadGroups().map((g) => ({ params: { group: g.id }, props: { group: g.id } })));
}

/** The embeddable headline chart of each country that has one (`embed/countries/kor/`). */
export function embedPaths() {
  const site = loadSite();
  return perLanguage((lang) => site.dataset.countries.flatMap((c) => {
    const page = embedPage(site, lang, c.iso3);
    return page ? [{ params: { iso3: c.iso3.toLowerCase() }, props: { page } }] : [];
  }));
}
