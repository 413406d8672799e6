import { translate, type Lang } from '../i18n/translate.ts';
import { downloadFiles, editionCsvPath } from '../output/dataPackage.ts';
import { datasetJsonLd } from '../output/datasetJsonLd.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { localePath, sitePath } from '../urls/paths.ts';

/** Absolute URL of a site path, or undefined when the site address is unknown. */
type Absolute = (path: string) => string | undefined;

function distribution(absolute: Absolute, files: { name: string; path: string; format: string }[]) {
  return files.flatMap((f) => {
    const contentUrl = absolute(sitePath.download(f.path));
    return contentUrl ? [{ name: f.name, contentUrl, encodingFormat: f.format }] : [];
  });
}

/** The schema.org Dataset of the downloads page: every edition, every CSV and the data package. */
export function downloadsDataset(data: DataIndex, lang: Lang, absolute: Absolute) {
  const files = [
    ...downloadFiles(data).filter((f) => f.kind !== 'country').map((f) => ({ name: f.title, path: f.path, format: 'text/csv' })),
    { name: 'datapackage.json', path: 'datapackage.json', format: 'application/json' },
  ];
  return datasetJsonLd(data, {
    name: translate(lang, 'dataset.name'),
    description: translate(lang, 'dataset.description'),
    lang,
    editions: data.dataset.editions,
    url: absolute(localePath(lang, 'downloads/')),
    distribution: distribution(absolute, files),
  });
}

/** The schema.org Dataset of an index page: its editions and their CSV files. */
export function indexDataset(data: DataIndex, lang: Lang, index: string, absolute: Absolute) {
  const def = data.requireIndex(index);
  const editions = data.editions(index);
  const names = editions.map((e) => e.edition).join(', ');
  return datasetJsonLd(data, {
    name: translate(lang, 'dataset.indexName', { index: def.label[lang], editions: names }),
    description: translate(lang, 'dataset.indexDescription', { index: def.label[lang], editions: names }),
    lang,
    editions,
    url: absolute(localePath(lang, sitePath.indicator(index))),
    distribution: distribution(absolute, editions.map((e) => ({ name: `${def.label.en}, ${e.edition}`, path: editionCsvPath(e), format: 'text/csv' }))),
  });
}
