import { formatDate } from '../i18n/format.ts';
import { translator } from '../i18n/translate.ts';
import { citeSite, citeSource, sourcesOf, type Citation, type Source } from '../output/citations.ts';
import { downloadFiles } from '../output/dataPackage.ts';
import { observationFields, observationKey } from '../output/downloadSchema.ts';
import { licenses } from '../output/licenses.ts';
import { versionOfData } from '../output/version.ts';
import { downloadsDataset } from './datasets.ts';
import { sitePath } from '../urls/paths.ts';
import { pageHead, type PageHead } from './head.ts';
import { type Link, type PageContext } from './context.ts';

/** A file to download: the link, its file name and (for an edition) the licence of its source. */
export interface DownloadLink {
  link: Link;
  name: string;
}

export interface DownloadsPage {
  head: PageHead;
  /** The schema.org Dataset of every edition and file. */
  jsonLd: Record<string, unknown>;
  /** All observations as CSV and JSON, and the data package. */
  all: DownloadLink[];
  /** One CSV per index and edition. */
  editions: (DownloadLink & { license: string })[];
  /** The key columns, "index, edition, iso3, indicator". */
  key: string;
  codebook: { name: string; type: string; required: boolean; description: string }[];
  /** Each source's reference, with its licence. */
  sources: { source: Source; license: string; cite: Citation }[];
  /** How to cite this site. */
  site: Citation;
}

/**
 * The version of the data a citation names, as the footer, the data package and the JSON downloads give
 * it (lib/output/version.ts): `v1.5.0` from the record of changes, or without one a short fingerprint of
 * the figures, which changes exactly when a figure does.
 */
export function dataVersion(ctx: PageContext): string {
  return versionOfData(ctx.data.dataset).text;
}

/** The downloads page; `built` is the build's date (YYYY-MM-DD), named in the site's citation. */
export function downloadsPage(ctx: PageContext, { built }: { built: string }): DownloadsPage {
  const { data, lang } = ctx;
  const t = translator(lang);
  const download = (text: string, path: string): DownloadLink => ({ link: { text, href: ctx.file(sitePath.download(path)) }, name: path.split('/').pop()! });
  const latestYear = data.dataset.editions.map((e) => e.published.slice(0, 4)).sort().at(-1) ?? '';
  return {
    head: pageHead(ctx, { title: t('downloads.title'), description: t('downloads.intro'), path: sitePath.page('downloads'), section: 'downloads' }),
    jsonLd: downloadsDataset(data, lang, ctx.absolute),
    all: [download(t('downloads.all'), 'observations.csv'), download(t('downloads.allJson'), 'observations.json'), download(t('downloads.package'), 'datapackage.json')],
    editions: downloadFiles(data)
      .filter((f) => f.kind === 'edition')
      .map((f) => {
        const e = f.editions[0]!;
        return { ...download(`${data.requireIndex(e.index).label[lang]}, ${e.edition}`, f.path), license: licenses[e.source.license].title };
      }),
    key: observationKey.join(', '),
    codebook: observationFields.map((f) => ({ name: f.name, type: f.type, required: f.required, description: t(f.description) })),
    sources: sourcesOf(data.dataset.editions).map((source) => ({ source, license: licenses[source.license].title, cite: citeSource(source) })),
    site: citeSite({ title: t('site.title'), note: t('statement.cite.siteNote', { version: dataVersion(ctx), date: formatDate(built, lang) }), year: latestYear, url: ctx.absolute('') ?? ctx.href(sitePath.home()) }),
  };
}
