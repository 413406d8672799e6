import { getCollection } from 'astro:content';
import { languages, type Lang } from './lib/i18n/translate.ts';
import { loadData, loadGroups } from './lib/load/loadData.ts';
import { editionCsvPath } from './lib/output/dataPackage.ts';
import { compareEditionLabels } from './lib/pages/compare.ts';
import { headlineEdition } from './lib/pages/headline.ts';
import { previewCards, previewImagePath } from './lib/pages/previews.ts';
import { siteAddress } from './lib/urls/address.ts';
import { localeParam } from './lib/urls/paths.ts';

// Static paths of the route tree `src/pages/[...locale]/…`: every page once per site language, the
// default language without a prefix (`/countries/kor/`), the others under theirs (`/fr/countries/kor/`).
// Routes pass ids only; each page's model is built from `Astro.locals.page` when it renders.

/** The deployment base (`/`, `/profiles/`). */
export const base = import.meta.env.BASE_URL;

/** Where the site is published (SITE_URL with BASE_PATH), or undefined: then no absolute URL is made. */
export const address = siteAddress(import.meta.env.SITE, base);

/** One page per language, for routes without parameters of their own (home, search, compare…). */
export function languagePaths() {
  return languages.map((lang) => ({ params: { locale: localeParam(lang) }, props: { lang } }));
}

/** Pages of a route with its own parameters, once per language. */
function perLanguage<P extends Record<string, string>, Q extends object>(pages: { params: P; props: Q }[]) {
  return languages.flatMap((lang) => pages.map(({ params, props }) => ({ params: { ...params, locale: localeParam(lang) }, props: { ...props, lang } })));
}

/** Every `content/{lang}/pages/*.mdx` but the home intro, in any language, is a page in all of them. */
export async function editorialPagePaths() {
  const entries = await getCollection('pages', (e) => !e.data.draft);
  const prefix = new RegExp(`^((${languages.join('|')})/)?pages/`);
  const slugs = [...new Set(entries.map((e) => e.id.replace(prefix, '')))].filter((s) => s !== 'home').sort();
  return perLanguage(slugs.map((page) => ({ params: { page }, props: { page } })));
}

export function policyAreaPaths() {
  const areas = loadData().dataset.indices.flatMap((index) =>
    index.indicators.filter((i) => i.id !== 'composite').map((i) => ({ params: { index: index.id, indicator: i.id }, props: { index: index.id, indicator: i.id } })),
  );
  return perLanguage(areas);
}

export function indexPagePaths() {
  return perLanguage(loadData().dataset.indices.map((index) => ({ params: { index: index.id }, props: { index: index.id } })));
}

/** The world map of each edition of each index (`indices/dgi/map/2025/`), the latest complete one included. */
export function indexMapPaths() {
  return perLanguage(loadData().dataset.editions.map((e) => ({ params: { index: e.index, edition: e.edition }, props: { index: e.index, edition: e.edition } })));
}

export function countryProfilePaths() {
  return perLanguage(loadData().dataset.countries.map((c) => ({ params: { iso3: c.iso3.toLowerCase() }, props: { iso3: c.iso3 } })));
}

/** A static comparison page per country group (`compare/nordic/`). */
export function groupComparePaths() {
  return perLanguage(loadGroups().map((g) => ({ params: { group: g.id }, props: { group: g.id } })));
}

/** The compare page of each edition label other than the latest complete editions (`compare/editions/2025/`). */
export function compareEditionPaths() {
  return perLanguage(compareEditionLabels(loadData()).map((edition) => ({ params: { edition }, props: { edition } })));
}

/** The embeddable headline chart of each country that has one (`embed/countries/kor/`). */
export function embedPaths() {
  const data = loadData();
  return perLanguage(data.dataset.countries.filter((c) => headlineEdition(data, c.iso3) !== undefined).map((c) => ({ params: { iso3: c.iso3.toLowerCase() }, props: { iso3: c.iso3 } })));
}

/** `downloads/countries/{iso3}.csv` and `.json`. */
export function countryFilePaths() {
  return loadData().dataset.countries.flatMap((c) => (['csv', 'json'] as const).map((ext) => ({ params: { file: `${c.iso3.toLowerCase()}.${ext}` }, props: { iso3: c.iso3, ext } })));
}

/** `downloads/editions/{index}-{edition}.csv`. */
export function editionFilePaths() {
  return loadData().dataset.editions.map((e) => ({ params: { file: editionCsvPath(e).replace(/^editions\//, '') }, props: { index: e.index, edition: e.edition } }));
}

/** `og/{page}.png` in every language, only with a site address (og:image needs an absolute URL). */
export function previewImagePaths() {
  if (!address) return [];
  const data = loadData();
  return languages.flatMap((lang: Lang) => previewCards(data, lang).map((card) => ({ params: { image: previewImagePath(lang, card.path).replace(/^og\//, '') }, props: { card } })));
}
