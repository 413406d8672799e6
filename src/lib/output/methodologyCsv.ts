import { languages } from '../i18n/languages.ts';
import type { Localized } from '../manifest/schema.ts';
import type { EditionMethodology } from '../methodology/schema.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { csvCell } from './csvCell.ts';

/** Path of the methodology download, relative to `downloads/`. */
export const METHODOLOGY_CSV = 'methodology.csv';

/** Per language: `label_en`, `label_fr`, … */
const perLanguage = (name: string) => languages.map((lang) => `${name}_${lang}`);

/**
 * The Frictionless Table Schema of `methodology.csv`: one row per facet (its weight, its number of questions
 * or items, the OECD average), per weighted question and per listed parameter, each with its source.
 */
export function methodologySchema(indices: readonly string[]) {
  const field = (name: string, type: 'string' | 'number' | 'integer', description: string, constraints: Record<string, unknown> = {}) => ({ name, type, description, constraints: { required: false, ...constraints } });
  const required = { required: true };
  return {
    fields: [
      field('index', 'string', 'Index id, as in the observation files', { ...required, enum: [...indices] }),
      field('edition', 'string', 'Edition of the index', required),
      field('dimension', 'string', 'Dimension id, as in the observation files', required),
      field('row_type', 'string', 'facet: a facet of the dimension; question: a weighted question; parameter: a parameter the OECD lists (no weight)', { ...required, enum: ['facet', 'question', 'parameter'] }),
      field('position', 'integer', 'Order of the row within its dimension and type, from 1', { ...required, minimum: 1 }),
      ...perLanguage('facet').map((name) => field(name, 'string', `Facet name (${name.slice(-2)}); empty for a parameter`)),
      field('facet_weight_percent', 'number', "The facet's weight in the composite, in percent, as printed; empty where none was printed", { minimum: 0 }),
      field('question', 'string', 'Question number in the OECD survey (question rows)'),
      ...perLanguage('label').map((name) => field(name, 'string', `Short description of the question or parameter (${name.slice(-2)}); not OECD text`)),
      ...perLanguage('question_type').map((name) => field(name, 'string', `Question type (${name.slice(-2)})`)),
      field('weight_percent', 'number', "The question's weight in the composite, in percent, as printed (to two decimals)", { minimum: 0 }),
      field('count', 'integer', 'Questions (weighted editions) or survey items (pilot) in the facet (facet rows)', { minimum: 0 }),
      field('oecd_average_percent', 'number', 'OECD average of the facet, in percent, as printed (facet rows)', { minimum: 0 }),
      field('page', 'integer', 'Page of the source (question and parameter rows)', { minimum: 1 }),
      field('table', 'string', 'Table or figure of the source'),
      field('source_doi', 'string', 'DOI of the publication', required),
    ],
    primaryKey: ['index', 'edition', 'dimension', 'row_type', 'position'],
    missingValues: [''],
  };
}

const number = (text: string | undefined) => (text ? text.replace('%', '') : '');
const each = (text: Localized | undefined) => languages.map((lang) => text?.[lang] ?? '');

function rowsOf(m: EditionMethodology): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const blank = languages.map(() => '');
  for (const d of m.dimensions) {
    const head = (type: string, position: number) => [m.index, m.edition, d.dimension, type, position];
    d.facets.forEach((f, i) => rows.push([...head('facet', i + 1), ...each(f.name), number(f.weightText), '', ...blank, ...blank, '', f.count, number(f.oecdAverage), '', d.tables.en, m.source.doi]));
    d.facets.flatMap((f) => f.questions.map((q) => ({ f, q }))).forEach(({ f, q }, i) => rows.push([...head('question', i + 1), ...each(f.name), number(f.weightText), q.number, ...each(q.label), ...each(q.type), number(q.weightText), '', '', q.page, q.table, m.source.doi]));
    d.parameters.forEach((p, i) => rows.push([...head('parameter', i + 1), ...blank, '', '', ...each(p.text), ...blank, '', '', '', p.page, p.table, m.source.doi]));
  }
  return rows;
}

/** `downloads/methodology.csv`: every edition's methodology the site holds, in every language. */
export function methodologyCsv(data: DataIndex): string {
  const schema = methodologySchema(data.dataset.indices.map((i) => i.id));
  const lines = [schema.fields.map((f) => f.name), ...(data.dataset.methodology?.editions ?? []).flatMap(rowsOf)];
  return lines.map((cells) => cells.map((c) => csvCell(c)).join(',')).join('\n') + '\n';
}
