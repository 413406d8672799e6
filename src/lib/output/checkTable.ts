import { readCsv } from '../csv/readCsv.ts';

/** The parts of a Frictionless Table Schema that the downloads use. */
export interface TableSchema {
  fields: {
    name: string;
    type: string;
    trueValues?: string[];
    falseValues?: string[];
    constraints?: { required?: boolean; pattern?: string; minimum?: number; enum?: readonly string[] };
  }[];
  primaryKey?: string[];
  missingValues?: string[];
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const INTEGER = /^[-+]?\d+$/;

/** Why `value` is not of the field's type, or undefined when it is. */
function typeProblem(field: TableSchema['fields'][number], value: string): string | undefined {
  switch (field.type) {
    case 'string': return undefined;
    case 'number': return NUMBER.test(value) ? undefined : 'is not a number';
    case 'integer': return INTEGER.test(value) ? undefined : 'is not an integer';
    case 'boolean': return [...(field.trueValues ?? ['true']), ...(field.falseValues ?? ['false'])].includes(value) ? undefined : `is not one of ${[...(field.trueValues ?? ['true']), ...(field.falseValues ?? ['false'])].join('/')}`;
    default: return `has the type "${field.type}", which this check does not know`;
  }
}

/**
 * Checks a CSV against a Frictionless Table Schema: the header names the fields in order, every cell has
 * its field's type and constraints (required, pattern, minimum, enum), missing values count as empty, and
 * the primary key is present and unique. Returns `file:line: message` lines; empty when the file conforms.
 */
export function checkTable(text: string, file: string, schema: TableSchema): string[] {
  const { table, issues } = readCsv(text, file);
  // A header with no rows is a valid (empty) table here, unlike in the data the site reads.
  const problems = issues.filter((i) => !(table && table.rows.length === 0 && i.line === 1)).map((i) => `${i.file}${i.line ? `:${i.line}` : ''}: ${i.message}`);
  if (!table) return problems;
  const names = schema.fields.map((f) => f.name);
  if (table.header.join(',') !== names.join(',')) {
    problems.push(`${file}:1: the header is "${table.header.join(',')}" but the schema's fields are "${names.join(',')}"`);
    return problems;
  }
  const missing = new Set(schema.missingValues ?? ['']);
  const key = (schema.primaryKey ?? []).map((k) => names.indexOf(k));
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    schema.fields.forEach((field, i) => {
      const value = row.cells[i]!;
      const where = `${file}:${row.line}: ${field.name} "${value}"`;
      const c = field.constraints ?? {};
      if (missing.has(value)) {
        if (c.required || key.includes(i)) problems.push(`${where} is empty but required`);
        return;
      }
      const wrongType = typeProblem(field, value);
      if (wrongType) return void problems.push(`${where} ${wrongType}`);
      if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`).test(value)) problems.push(`${where} does not match the pattern ${c.pattern}`);
      if (c.minimum !== undefined && Number(value) < c.minimum) problems.push(`${where} is below the minimum ${c.minimum}`);
      if (c.enum !== undefined && !c.enum.includes(value)) problems.push(`${where} is not one of ${c.enum.join(', ')}`);
    });
    if (key.length) {
      const id = key.map((i) => row.cells[i]).join('|');
      const first = seen.get(id);
      if (first !== undefined) problems.push(`${file}:${row.line}: the primary key (${schema.primaryKey!.join(', ')}) "${id}" repeats line ${first}`);
      else seen.set(id, row.line);
    }
  }
  return problems;
}
