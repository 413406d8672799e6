/**
 * Property test (fast-check): no data, manifest, groups or content input makes the check (which the build
 * runs first, in the same words) fail with anything but located messages. Random edits of the real inputs:
 * a manifest value replaced or a key repeated, a CSV cell, row or column, a group, a piece of MDX markup
 * or frontmatter. Whatever the edit, every problem is `file[:line]: message` without a stack, and inputs
 * that pass give a dataset the pages can query.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../../src/lib/content/checkContent.ts';
import { groupNameProblems } from '../../../src/lib/groups/groupNames.ts';
import { parseGroups } from '../../../src/lib/groups/parseGroups.ts';
import { readInputs, type DataInputs } from '../../../src/lib/input/readInputs.ts';
import { DataValidationError, formatIssue, type DataIssue } from '../../../src/lib/issues.ts';
import { buildDataset } from '../../../src/lib/model/buildDataset.ts';
import { indexData, type DataIndex } from '../../../src/lib/query/dataIndex.ts';
import { root } from '../../helpers/buildSite.ts';
import { publishedData } from '../../helpers/publishedData.ts';

const RUNS = { seed: 24 };
const real = readInputs(publishedData(), root);
const realGroups = readFileSync(join(root, 'data/groups.json'), 'utf8');
const queries = indexData(buildDataset(real));

const names = fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'latest', 'OECD', 'oecd average', 'KOR', 'composite');
const numbers = fc.constantFrom('0.59800000001', '1e999', '-0', '0,5', '1.7', 'NaN', '..', '0.5.1', '9e-1', '−0.5', '"0.5');
const dates = fc.constantFrom('2062-06', '2020-02-30', '2020-13', '1999-01', '2024-01-01', 'June 2024');
const scalar = fc.oneof(names, numbers, dates, fc.string({ maxLength: 12 }), fc.integer({ min: -3, max: 9 }), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null));
const value: fc.Arbitrary<unknown> = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(names, scalar, { maxKeys: 3 }));

/** Every path to a value in `json`. */
function paths(json: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (json === null || typeof json !== 'object') return [at];
  const keys = Array.isArray(json) ? json.map((_, i) => i) : Object.keys(json);
  return [at, ...keys.flatMap((k) => paths((json as Record<string | number, unknown>)[k], [...at, k]))];
}

/** `json` with the value at `path` replaced (or removed, for `undefined`). */
function edit(json: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = Array.isArray(json) ? [...json] : { ...(json as object) };
  const [head, ...rest] = path;
  const next = edit((copy as Record<string | number, unknown>)[head!], rest, replacement);
  if (next === undefined && !Array.isArray(copy)) delete (copy as Record<string | number, unknown>)[head!];
  else (copy as Record<string | number, unknown>)[head!] = next;
  return copy;
}

const manifestJson = JSON.parse(real.manifestText!);
const manifestPaths = paths(manifestJson);
const groupsJson = JSON.parse(realGroups);
const groupPaths = paths(groupsJson);

/** A JSON file of the data folder edited at a random place: a value replaced or removed, or a key repeated. */
const jsonEdit = (json: unknown, all: (string | number)[][]) =>
  fc.record({ path: fc.constantFrom(...all), replacement: fc.option(value, { nil: undefined }), repeat: fc.boolean() }).map(({ path, replacement, repeat }) => {
    const text = JSON.stringify(edit(json, path, replacement), null, 2);
    const key = path.at(-1);
    return repeat && typeof key === 'string' ? text.replace(`"${key}": `, `"${key}": null, "${key}": `) : text;
  });

/** A CSV file edited at a random cell, with a row appended, or a column added. */
const csvEdit = fc.record({
  file: fc.constantFrom(...real.files.keys()),
  line: fc.nat(),
  cell: fc.nat(),
  text: fc.oneof({ arbitrary: names, weight: 3 }, numbers, fc.string({ maxLength: 8 })),
  how: fc.constantFrom('cell', 'row', 'column'),
});

function editCsv(text: string, { line, cell, text: raw, how }: { line: number; cell: number; text: string; how: string }): string {
  const lines = text.split('\n');
  const at = line % lines.length;
  if (how === 'row') return `${text}${raw},${raw},${raw},${raw}\n`;
  if (how === 'column') return lines.map((l, i) => (l === '' ? l : `${l.replace(/\r$/, '')},${i === 0 ? raw : ''}`)).join('\n');
  const cells = lines[at]!.split(',');
  cells[cell % cells.length] = raw;
  lines[at] = cells.join(',');
  return lines.join('\n');
}

/** Markup an editor (or an attacker) may put in MDX: elements, attributes, components, expressions. */
const tags = fc.constantFrom('p', 'svg', 'a', 'animate', 'set', 'math', 'mi', 'script', 'foreignObject', 'Score', 'IndicatorChart', 'CountryCompare', 'constructor', 'toString', 'video', 'use', 'rect');
const attribute = fc.tuple(fc.constantFrom('href', 'src', 'onclick', 'attributeName', 'values', 'fill', 'style', 'country', 'countries', 'index', 'indicator', 'edition', 'constructor', '__proto__', 'xlink:href'), fc.constantFrom('"javascript:alert(1)"', '"https://x.example/"', '"/countries/kor/"', '"KOR"', '"dgi"', '"composite"', '"latest"', '{["KOR","KOR"]}', '{2023}', '"url(#g)"', '{x}')).map(([n, v]) => `${n}=${v}`);
const element = fc.tuple(tags, fc.array(attribute, { maxLength: 3 }), fc.boolean()).map(([tag, attrs, inline]) => `${inline ? 'Text ' : ''}<${tag} ${attrs.join(' ')} />${inline ? ' text.' : ''}`);
const frontmatter = fc.constantFrom('title: !!js/function "f"', 'a: &a [1]\nb: *a', 'updated: 2026-02-30', 'title: ""', 'sources: 3', 'related:\n  countries: ["constructor"]', 'draft: yes');
const mdx = fc.record({ body: fc.array(element, { minLength: 1, maxLength: 3 }), yaml: fc.option(frontmatter, { nil: undefined }) });

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A located message: the file (and line), then text, never a stack. */
const located = (issue: DataIssue) => {
  const text = formatIssue(issue);
  expect(text).toMatch(/^[^\s:][^:]*(:\d+)?: \S/);
  expect(text).not.toMatch(/\n\s+at |node:internal|TypeError|ReferenceError|Cannot read properties/);
};

/** The data and groups check on in-memory inputs: never an exception but DataValidationError. */
function checkData(inputs: DataInputs, groupsText: string): { queries?: DataIndex; issues: DataIssue[] } {
  const parsed = parseGroups(groupsText, 'data/groups.json');
  const groupIssues = parsed.issues.length ? parsed.issues : groupNameProblems(parsed.groups, groupsText, 'data/groups.json');
  try {
    return { queries: indexData(buildDataset(inputs)), issues: groupIssues };
  } catch (error) {
    if (!(error instanceof DataValidationError)) throw error;
    return { issues: [...error.issues, ...groupIssues] };
  }
}

/** The inputs with only the edition of `file` (and its file): one edition's check, quick enough for many runs. */
function only(file: string, text: string): DataInputs {
  const manifest = JSON.parse(real.manifestText!);
  manifest.editions = manifest.editions.filter((e: { file: string }) => e.file === file);
  // The record of changes names only editions the manifest holds.
  manifest.changes = manifest.changes.filter((c: { editions: { index: string; edition: string }[] }) => c.editions.every((r) => manifest.editions.some((e: { index: string; edition: string }) => e.index === r.index && e.edition === r.edition)));
  return { ...real, issues: [], present: [file], files: new Map([[file, { ...real.files.get(file)!, text }]]), manifestText: JSON.stringify(manifest) };
}

/** Inputs that pass give a dataset whose every edition the pages can rank. */
function usable(result: { queries?: DataIndex; issues: DataIssue[] }): void {
  result.issues.forEach(located);
  if (result.issues.length) return;
  const q = result.queries!;
  for (const index of q.dataset.indices) for (const e of q.editions(index.id)) expect(q.ranking(index.id, e.edition, 'composite')).toBeInstanceOf(Array);
}

describe('corpus: no input makes the check fail with anything but located messages (property)', () => {
  it('random edits of manifest.json: a value replaced or removed, a key repeated', () => {
    fc.assert(fc.property(jsonEdit(manifestJson, manifestPaths), (manifestText) => usable(checkData({ ...real, issues: [], manifestText }, realGroups))), { ...RUNS, numRuns: 30 });
  }, 120_000);

  it('random edits of an edition file: a cell, a row, a column', () => {
    fc.assert(
      fc.property(csvEdit, (csv) => usable(checkData(only(csv.file, editCsv(real.files.get(csv.file)!.text, csv)), realGroups))),
      { ...RUNS, numRuns: 120 },
    );
  }, 120_000);

  it('random edits of groups.json', () => {
    fc.assert(fc.property(jsonEdit(groupsJson, groupPaths), (groupsText) => {
      const parsed = parseGroups(groupsText, 'data/groups.json');
      (parsed.issues.length ? parsed.issues : groupNameProblems(parsed.groups, groupsText, 'data/groups.json')).forEach(located);
    }), { ...RUNS, numRuns: 200 });
  });

  it('random markup and frontmatter in a country note', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-property-'));
    made.push(dir);
    const content = join(dir, 'content');
    mkdirSync(join(content, 'countries'), { recursive: true });
    const file = join(content, 'countries', 'kor.mdx');
    const spy = vi.spyOn(process, 'cwd').mockReturnValue(dir);
    try {
      fc.assert(
        fc.property(mdx, ({ body, yaml }) => {
          writeFileSync(file, `---\ntitle: "Korea"\nsummary: "A note."\nupdated: 2026-11-26\n${yaml ?? ''}\n---\n\n${body.join('\n\n')}\n`);
          checkContent(content, queries, join(root, 'src/pages')).forEach(located);
        }),
        { ...RUNS, numRuns: 100 },
      );
    } finally {
      spy.mockRestore();
    }
  }, 120_000);
});
