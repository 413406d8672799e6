import { languages } from '../i18n/languages.ts';
import type { DataIssue } from '../issues.ts';
import type { Localized } from '../manifest/schema.ts';
import { quote } from '../issues.ts';
import type { Manifest } from '../manifest/schema.ts';
import { checkCounts, checkQuestions, checkWeights } from './checkMethodology.ts';
import { readRows, splitAverage, splitCounts, splitFacets, percent, type Row } from './readRows.ts';
import { dimensionRowSchema, editionRowSchema, questionRowSchema, structureRowSchema, type DimensionMethodology, type EditionMethodology, type EditionNote, type Methodology } from './schema.ts';
import { Translations } from './translations.ts';
import type { z } from 'zod';

/** The file of `data/methodology/` describing every edition (survey, period, scale, comparability). */
const EDITIONS_FILE = 'editions.csv';

/** The methodology files as read: name in data/methodology/ → text and the path an editor sees. */
interface MethodologyInputs {
  files: Map<string, { text: string; file: string }>;
  /** How a file name of the folder is shown in messages (`data/methodology/editions.csv`). */
  shown: (name: string) => string;
}

const QUESTION_COLUMNS = ['dimension', 'facet', 'facet_weight', 'question', 'label', 'question_type', 'weight', 'page', 'table'];
const DIMENSION_COLUMNS = ['edition', 'dimension', 'definition', 'facets', 'questions_or_items', 'dimension_weight', 'facet_weights', 'oecd_average_printed', 'pages', 'tables'];
const STRUCTURE_COLUMNS = ['dimension', 'row_type', 'facet', 'items', 'parameter', 'page', 'table'];
const EDITION_COLUMNS = Object.keys(editionRowSchema.shape);
/** The columns of editions.csv the methodology page shows, hence translated. */
const NOTE_FIELDS = ['survey', 'reference_period', 'scale', 'aggregation', 'comparability_statement'] as const;

/**
 * Reads and checks the methodology the manifest points each edition to, and the editions file. Every
 * problem is returned at once, with its file:line and the fix; `methodology` is set when there is none.
 */
export function readMethodology(manifest: Manifest, manifestFile: string, inputs: MethodologyInputs): { methodology?: Methodology; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const { shown } = inputs;
  const pointed = manifest.editions.some((e) => e.methodology);
  if (!pointed && !inputs.files.has(EDITIONS_FILE)) return { methodology: { editions: [], notes: [] }, issues };
  const words = new Translations((name) => inputs.files.get(name), shown, issues);
  const cache = new Map<string, Row<unknown>[]>();
  const rowsOf = <S extends z.ZodType>(name: string, schema: S, columns: string[], field: string): Row<z.infer<S>>[] | undefined => {
    const input = inputs.files.get(name);
    if (!input) {
      issues.push({ file: manifestFile, message: `${field}: ${quote(name)} is not in ${shown('')}; add the file or correct the name` });
      return undefined;
    }
    if (!cache.has(name)) cache.set(name, readRows(input.text, input.file, schema, columns, issues));
    return cache.get(name) as Row<z.infer<S>>[];
  };
  const editions: EditionMethodology[] = [];
  manifest.editions.forEach((entry, i) => {
    const pointer = entry.methodology;
    if (!pointer) return;
    const field = `editions[${i}].methodology`;
    const index = manifest.indices.find((x) => x.id === entry.index)!;
    const title = `${index.shortLabel.en} ${entry.edition}`;
    const expected = index.indicators.filter((x) => x.level === 'dimension').map((x) => x.id);
    if (Boolean(pointer.questions) === Boolean(pointer.items)) {
      issues.push({ file: manifestFile, message: `${field}: give either "questions" (weighted questions) or "items" (item counts and parameters), not ${pointer.questions ? 'both' : 'neither'}` });
      return;
    }
    const dimensionRows = rowsOf(pointer.dimensions, dimensionRowSchema, DIMENSION_COLUMNS, `${field}.dimensions`);
    if (!dimensionRows) return;
    const dimFile = shown(pointer.dimensions);
    const mine = dimensionRows.filter((r) => r.edition === entry.edition);
    const dimensions: DimensionMethodology[] = [];
    for (const row of mine) {
      if (!expected.includes(row.dimension)) {
        issues.push({ file: dimFile, line: row.line, message: `dimension ${quote(row.dimension)} is not a dimension of ${title}; use one of ${expected.join(', ')}` });
        continue;
      }
      if (dimensions.some((d) => d.dimension === row.dimension)) {
        issues.push({ file: dimFile, line: row.line, message: `${title} ${quote(row.dimension)} is described twice; keep one row` });
        continue;
      }
      dimensions.push(dimensionOf(row, dimFile, words, issues, title));
    }
    for (const id of expected) {
      if (!mine.some((r) => r.dimension === id)) issues.push({ file: dimFile, message: `${title} has no methodology for the dimension ${quote(id)}; add its row (edition ${entry.edition}, dimension ${id})` });
    }
    dimensions.sort((a, b) => expected.indexOf(a.dimension) - expected.indexOf(b.dimension));
    checkWeights(dimensions, title, issues);
    const kind = pointer.questions ? 'questions' : 'items';
    const detailName = (pointer.questions ?? pointer.items)!;
    if (pointer.questions) {
      const rows = rowsOf(pointer.questions, questionRowSchema, QUESTION_COLUMNS, `${field}.questions`);
      if (rows) checkQuestions(rows, dimensions, expected, shown(pointer.questions), title, words, issues);
    } else {
      const rows = rowsOf(pointer.items!, structureRowSchema, STRUCTURE_COLUMNS, `${field}.items`);
      if (rows) checkCounts(rows, dimensions, expected, shown(pointer.items!), title, words, issues);
    }
    editions.push({ index: entry.index, edition: entry.edition, kind, dimensions, files: [pointer.dimensions, detailName], source: pointer.source ?? { citation: entry.source.citation, doi: entry.source.doi } });
  });
  const notes = readNotes(manifest, inputs, words, issues);
  return issues.length ? { issues } : { methodology: { editions, notes }, issues };
}

function dimensionOf(row: Row<z.infer<typeof dimensionRowSchema>>, file: string, words: Translations, issues: DataIssue[], title: string): DimensionMethodology {
  const at = { file, line: row.line };
  const facets = splitFacets(row.facets);
  const counts = splitCounts(row.questions_or_items);
  const weights = row.facet_weights ? row.facet_weights.split(' / ') : [];
  const average = splitAverage(row.oecd_average_printed);
  if (row.oecd_average_printed && !average) issues.push({ ...at, message: `column "oecd_average_printed": ${quote(row.oecd_average_printed)} is not valid: write it as "0.684; by facet 73% / 71% / 69% / 53% (dimension 68%)" or leave it blank` });
  for (const [what, list] of [['facet weights', weights], ['counts per facet', counts.perFacet], ['averages by facet', average?.perFacet ?? []]] as const) {
    if (list.length && list.length !== facets.names.length) issues.push({ ...at, message: `${title} ${quote(row.dimension)} gives ${list.length} ${what} for ${facets.names.length} facets; give one per facet, in facet order` });
  }
  const sum = counts.perFacet.reduce((a, b) => a + b, 0);
  if (sum !== counts.total) issues.push({ ...at, message: `column "questions_or_items": the counts per facet of ${quote(row.dimension)} add up to ${sum}, not ${counts.total}; correct one of them` });
  return {
    dimension: row.dimension,
    definition: words.localize(row.definition, at, 'definition'),
    ...(row.dimension_weight ? { weight: percent(row.dimension_weight), weightText: row.dimension_weight } : {}),
    count: counts.total,
    ...(counts.parameters !== undefined ? { parameterCount: counts.parameters } : {}),
    facets: facets.names.map((key, j) => ({
      key,
      name: words.localize(key, at, 'facet name'),
      ...(weights[j] ? { weight: percent(weights[j]!), weightText: weights[j]! } : {}),
      count: counts.perFacet[j] ?? 0,
      ...(average?.perFacet[j] ? { oecdAverage: average.perFacet[j]! } : {}),
      questions: [],
    })),
    ...(facets.use ? { facetUse: words.localize(facets.use, at, 'note on facets') } : {}),
    parameters: [],
    ...(average ? { oecdAverage: { score: average.score, ...(average.dimension ? { dimension: average.dimension } : {}) } } : {}),
    pages: words.localize(row.pages, at, 'pages'),
    tables: words.localize(row.tables, at, 'tables'),
    source: at,
  };
}

/** The rows of `editions.csv`, in every language; an edition of the manifest without a row is reported. */
function readNotes(manifest: Manifest, inputs: MethodologyInputs, words: Translations, issues: DataIssue[]): EditionNote[] {
  const input = inputs.files.get(EDITIONS_FILE);
  if (!input) {
    issues.push({ file: inputs.shown(EDITIONS_FILE), message: 'the file describing each edition is missing; create it with the columns ' + EDITION_COLUMNS.join(',') });
    return [];
  }
  const rows = readRows(input.text, input.file, editionRowSchema, EDITION_COLUMNS, issues);
  // Rows of indices the manifest does not hold are left out: the file may describe more than the site shows.
  return rows.flatMap(({ line, index, edition, pages, ...row }) => {
    const id = manifest.indices.find((x) => x.id === index.toLowerCase())?.id;
    if (!id) return [];
    const at = { file: input.file, line };
    const fields = Object.fromEntries(NOTE_FIELDS.map((k) => [k, row[k] ? words.localize(row[k], at, k.replace(/_/g, ' ')) : blank()]));
    return [{ index: id, edition, fields: fields as EditionNote['fields'], pages, source: at }];
  });
}

const blank = () => Object.fromEntries(languages.map((lang) => [lang, ''])) as Localized;
