import type { z } from 'zod';
import type { DataIssue } from './issues.ts';

/** Joins a zod issue path as `editions[2].layout.type`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** Examples of the manifest's and groups.json's fields, written as an editor would (EDITING.md). */
const EXAMPLES: Readonly<Record<string, string>> = {
  indices: '[{"id": "dgi", …}]',
  editions: '[{"index": "dgi", "edition": "2023", …}]',
  id: '"dgi"',
  index: '"dgi"',
  edition: '"2023"',
  file: '"dgi-2023.csv"',
  published: '"2024-01"',
  citation: '"OECD (2024), …, OECD Publishing, Paris"',
  doi: '"10.1787/1a89ed5e-en"',
  url: '"https://doi.org/10.1787/1a89ed5e-en"',
  table: '"Table A.1"',
  source: '{"citation": "…", "doi": "10.1787/…", "table": "Table A.1"}',
  layout: '{"type": "long", "variables": {"composite_index": "composite"}}',
  type: '"long" (or "wide", "sdmx", "oecd-stat")',
  variables: '{"composite_index": "composite"}',
  columns: '{"Composite score": "composite"}',
  rankedSet: '"oecd-members" (or "all-participants")',
  comparableWithPrevious: 'true',
  decimals: '{"composite": 3, "dimension": 3}',
  composite: '3',
  dimension: '3',
  label: '{"en": "…", "fr": "…", "es": "…"}',
  shortLabel: '{"en": "…", "fr": "…", "es": "…"}',
  reason: '{"en": "…", "fr": "…", "es": "…"}',
  missing: '{"en": "…", "fr": "…", "es": "…"}',
  indicators: '[{"id": "composite", "level": "composite", "label": {…}}]',
  level: '"dimension" (or "composite", "sub")',
  status: '"complete" (or "partial")',
  min: '0',
  max: '1 (or a fraction such as "1/3")',
  country: '"KOR"',
  indicator: '"composite"',
  prefix: '"DG"',
};

/** An example for the field, from the table or by the type zod expected. */
function exampleOf(field: PropertyKey | undefined, expected: string | undefined): string {
  if (typeof field === 'string' && EXAMPLES[field]) return EXAMPLES[field];
  if (typeof field === 'string' && /^(en|fr|es)$/.test(field)) return '"…" (a text in that language)';
  return { string: '"…"', number: '0', boolean: 'true', array: '[…]', object: '{…}' }[expected ?? ''] ?? '…';
}

/** The value at `path` in `input`, or undefined when some step is missing. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A JSON value described for an editor: `the number 3`, `a list`, `the text "3"`. */
function described(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list [ … ]';
  if (typeof value === 'object') return 'an object { … }';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)}`;
  return `the ${typeof value} ${JSON.stringify(value)}`;
}

const KINDS: Readonly<Record<string, string>> = { string: 'a text in quotes', number: 'a number', boolean: 'true or false', array: 'a list [ … ]', object: 'an object { … }' };

/**
 * One sentence per zod issue, naming the field, where it is and the fix; zod's own wording ("Invalid
 * input: expected string, received undefined") is never shown. Messages the schema writes itself
 * (regex hints, unknown keys) are kept.
 */
function friendlyMessage(issue: z.core.$ZodIssue, input: unknown): string {
  const where = formatPath(issue.path);
  const field = issue.path.at(-1);
  const parent = formatPath(issue.path.slice(0, -1)) || 'the top level';
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.path.length === 0) return `(root): the file must hold one JSON object, not ${described(input)}; start it with { and end it with }`;
      if (value === undefined) return `${where}: the required field ${JSON.stringify(String(field))} is missing from ${parent}; add it, e.g. ${JSON.stringify(String(field))}: ${exampleOf(field, issue.expected)}`;
      return `${where}: expected ${KINDS[issue.expected] ?? issue.expected}, got ${described(value)}; write it as ${exampleOf(field, issue.expected)}`;
    }
    case 'invalid_value':
      return `${where}: ${described(value)} is not allowed; use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const options = ((issue as { options?: unknown[] }).options ?? []).map((o) => JSON.stringify(o)).join(', ');
        return value === undefined
          ? `${where}: the required field ${JSON.stringify(String(field))} is missing from ${parent}; add it with one of ${options}`
          : `${where}: ${described(value)} is not a known ${String(field)}; use one of ${options}`;
      }
      const hints = [...new Set(issue.errors.flat().filter((e) => !e.message.startsWith('Invalid')).map((e) => e.message))];
      if (value === undefined) return `${where}: the required field ${JSON.stringify(String(field))} is missing from ${parent}; add it, e.g. ${JSON.stringify(String(field))}: ${exampleOf(field, undefined)}`;
      return `${where}: ${described(value)} is not accepted here; ${hints.length ? hints.join(', or ') : `write it as ${exampleOf(field, undefined)}`}`;
    }
    case 'too_small': {
      const unit = issue.origin === 'array' ? 'item' : issue.origin === 'string' ? 'character' : '';
      if (unit) return `${where}: ${issue.origin === 'string' && value === '' ? 'the text is empty' : `${described(value)} is too short`}; give at least ${String(issue.minimum)} ${unit}${Number(issue.minimum) === 1 ? '' : 's'}, e.g. ${exampleOf(field, issue.origin)}`;
      return `${where}: ${described(value)} is below the lowest value allowed, ${String(issue.minimum)}`;
    }
    case 'too_big':
      return `${where}: ${described(value)} is above the highest value allowed, ${String(issue.maximum)}`;
    default:
      return issue.message.startsWith('Invalid') || issue.message.startsWith('Too ') ? `${where}: ${described(value)} is not accepted (${issue.message.replace(/^Invalid input: /, '')}); write it as ${exampleOf(field, undefined)}` : `${where || '(root)'}: ${issue.message}`;
  }
}

/**
 * Validates `input` against `schema`; on failure returns one `path: message` issue per zod issue,
 * each naming `file`, so an editor sees every problem at once, each in a sentence with its fix.
 */
export function parseWithFriendlyErrors<S extends z.ZodType>(
  schema: S,
  input: unknown,
  file: string,
): { ok: true; data: z.infer<S> } | { ok: false; issues: DataIssue[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ file, message: friendlyMessage(issue, input) })),
  };
}
