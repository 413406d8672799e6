import type { Lang } from '../i18n/translate.ts';
import type { Edition } from '../model/types.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { sourcesOf } from './citations.ts';
import { licenses } from './licenses.ts';

interface DatasetDescription {
  name: string;
  description: string;
  lang: Lang;
  editions: readonly Edition[];
  /** Absolute URL of the page describing the dataset, when the site address is known. */
  url: string | undefined;
  /** Downloads as absolute URLs; left out without a site address. */
  distribution: { name: string; contentUrl: string; encodingFormat: string }[];
}

/** First and last year of the editions (the edition name where it is a year, else the publication year): `2019/2025`. */
function temporalCoverage(editions: readonly Edition[]): string {
  const years = editions.map((e) => (/^\d{4}$/.test(e.edition) ? e.edition : e.published.slice(0, 4))).sort();
  return years[0] === years.at(-1) ? years[0]! : `${years[0]}/${years.at(-1)}`;
}

/** A schema.org `Dataset` for dataset search engines, from the editions it covers. */
export function datasetJsonLd(data: DataIndex, d: DatasetDescription): Record<string, unknown> {
  const sources = sourcesOf(d.editions);
  const covered = new Set(d.editions.map((e) => `${e.index}|${e.edition}`));
  const iso3s = new Set(data.dataset.observations.filter((o) => covered.has(`${o.index}|${o.edition}`)).map((o) => o.iso3));
  const licenseUrls = [...new Set(sources.map((s) => licenses[s.license].path))];
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.name,
    description: d.description,
    inLanguage: d.lang,
    ...(d.url ? { url: d.url } : {}),
    license: licenseUrls.length === 1 ? licenseUrls[0] : licenseUrls,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: 'OECD', url: 'https://www.oecd.org/' },
    citation: sources.map((s) => `${s.citation}, ${s.url}`),
    isBasedOn: sources.map((s) => s.url),
    temporalCoverage: temporalCoverage(d.editions),
    spatialCoverage: data.dataset.countries.filter((c) => iso3s.has(c.iso3)).map((c) => ({ '@type': 'Country', name: c.name[d.lang], identifier: c.iso3 })),
    ...(d.distribution.length ? { distribution: d.distribution.map((f) => ({ '@type': 'DataDownload', ...f })) } : {}),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
