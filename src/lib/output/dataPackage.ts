import { translate } from '../i18n/translate.ts';
import type { Edition } from '../model/types.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { sourcesOf, type Source } from './citations.ts';
import { booleanValues, missingValues, observationFields, observationKey } from './downloadSchema.ts';
import { licenses, type License } from './licenses.ts';
import { METHODOLOGY_CSV, methodologySchema } from './methodologyCsv.ts';
import { versionOfData } from './version.ts';

/** A CSV download: where it is under `downloads/`, and which editions (and so sources) its rows come from. */
interface DownloadFile {
  kind: 'all' | 'edition' | 'country';
  name: string;
  /** Path relative to `downloads/`. */
  path: string;
  title: string;
  editions: readonly Edition[];
}

/** Every CSV download: all observations, one per index and edition, one per country. */
export function downloadFiles(data: DataIndex): DownloadFile[] {
  const { dataset } = data;
  const files: DownloadFile[] = [{ kind: 'all', name: 'observations', path: 'observations.csv', title: 'All observations', editions: dataset.editions }];
  for (const e of dataset.editions) {
    const index = data.requireIndex(e.index);
    files.push({ kind: 'edition', name: `${e.index}-${e.edition}`.toLowerCase(), path: editionCsvPath(e), title: `${index.label.en}, ${e.edition}`, editions: [e] });
  }
  const covered = new Map<string, Set<string>>();
  for (const o of dataset.observations) {
    if (!covered.has(o.iso3)) covered.set(o.iso3, new Set());
    covered.get(o.iso3)!.add(`${o.index}|${o.edition}`);
  }
  for (const c of dataset.countries) {
    const editions = dataset.editions.filter((e) => covered.get(c.iso3)?.has(`${e.index}|${e.edition}`));
    files.push({ kind: 'country', name: `country-${c.iso3.toLowerCase()}`, path: `countries/${c.iso3.toLowerCase()}.csv`, title: c.name.en, editions });
  }
  return files;
}

/** `editions/dgi-2023.csv`: the file of one index and edition, relative to `downloads/`. */
export function editionCsvPath(edition: Pick<Edition, 'index' | 'edition'>): string {
  return `editions/${edition.index}-${edition.edition}.csv`.toLowerCase();
}

/** The Frictionless Table Schema of every observation file, with the dataset's indices and indicators as enums. */
export function tableSchema(data: DataIndex) {
  const enums: Record<string, string[]> = {
    index: data.dataset.indices.map((i) => i.id),
    indicator: [...new Set(data.dataset.indices.flatMap((i) => i.indicators.map((d) => d.id)))],
  };
  return {
    fields: observationFields.map((field) => ({
      name: field.name,
      type: field.type,
      description: translate('en', field.description),
      ...(field.type === 'boolean' ? { trueValues: [booleanValues.true], falseValues: [booleanValues.false] } : {}),
      constraints: { required: field.required, ...('constraints' in field ? field.constraints : {}), ...(enums[field.name] ? { enum: enums[field.name] } : {}) },
    })),
    primaryKey: [...observationKey],
    missingValues: [...missingValues],
  };
}

function sourceEntry(source: Source) {
  return { title: source.citation, path: source.url, doi: source.doi };
}

function licensesOf(sources: readonly Source[]): License[] {
  return [...new Set(sources.map((s) => s.license))].map((id) => licenses[id]);
}

/** Path, relative to `downloads/`, of the one table schema every CSV shares (referenced, not repeated per file). */
const SCHEMA_PATH = 'observations.schema.json';

/**
 * `downloads/datapackage.json`: a Frictionless Data Package describing every CSV download with its table
 * schema (one file, `observations.schema.json`), sources (with DOIs) and licences, and the data's `version`
 * and `created` date from the record of changes. `home` is the site's
 * absolute address, when known.
 */
export function dataPackage(data: DataIndex, home: string | undefined) {
  const schema = SCHEMA_PATH;
  const allSources = sourcesOf(data.dataset.editions);
  const resources = downloadFiles(data).map((file) => {
    const sources = sourcesOf(file.editions);
    return {
      name: file.name,
      path: file.path,
      title: file.title,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
      // A file with no rows (a country in no edition held) has no source; it falls under the package's licences.
      ...(sources.length ? { sources: sources.map(sourceEntry), licenses: licensesOf(sources) } : {}),
      schema,
    };
  });
  // The version and date of the data, from the record of changes, else the figures' fingerprint (never the build's clock).
  const version = versionOfData(data.dataset);
  return {
    profile: 'tabular-data-package',
    name: 'oecd-digital-government-profiles',
    version: version.version,
    ...(version.created ? { created: `${version.created}T00:00:00Z` } : {}),
    title: translate('en', 'dataset.name'),
    description: translate('en', 'dataset.description'),
    ...(home ? { homepage: home, id: `${home}downloads/datapackage.json` } : {}),
    keywords: ['digital government', 'open government data', 'OECD', 'Digital Government Index', 'OURdata Index'],
    licenses: licensesOf(allSources),
    sources: allSources.map(sourceEntry),
    contributors: [{ title: 'OECD', role: 'author', path: 'https://www.oecd.org/' }],
    resources: [...resources, ...methodologyResource(data)],
  };
}

/** The methodology download, with its own typed schema and the publications it transcribes. */
function methodologyResource(data: DataIndex) {
  const held = data.dataset.methodology?.editions ?? [];
  if (held.length === 0) return [];
  const sources = [...new Map(held.map((m) => [m.source.doi, m.source])).values()].map((s) => ({ title: s.citation, path: `https://doi.org/${s.doi}`, doi: s.doi }));
  return [{ name: 'methodology', path: METHODOLOGY_CSV, title: 'What each score is made of: facets, questions and weights', profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', sources, licenses: licensesOf(sourcesOf(data.dataset.editions.filter((e) => held.some((m) => m.index === e.index && m.edition === e.edition)))), schema: methodologySchema(data.dataset.indices.map((i) => i.id)) }];
}
