import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/issues.ts';
import { parseManifest } from '../../../src/lib/manifest/parseManifest.ts';
import { readRealData } from '../../helpers/realData.ts';

const FILE = 'data/manifest.json';
const realText = readRealData('manifest.json');

/** The real manifest after `edit` changed its parsed JSON. */
function edited(edit: (manifest: any) => void): string {
  const manifest = JSON.parse(realText);
  edit(manifest);
  return JSON.stringify(manifest, null, 2);
}

const problems = (text: string) => {
  const result = parseManifest(text, FILE);
  expect(result.manifest, 'an invalid manifest must not be returned').toBeUndefined();
  return result.issues.map(formatIssue);
};

describe('parseManifest()', () => {
  it('accepts the real manifest and fills in the defaults', () => {
    const { manifest, issues } = parseManifest(realText, FILE);
    expect(issues).toEqual([]);
    expect(manifest?.indices.map((index) => index.id)).toEqual(['dgi', 'ourdata']);
    expect(manifest?.editions.map((e) => `${e.index} ${e.edition} ${e.layout.type} ${e.completeness.status}`)).toEqual([
      'dgi 2019 wide complete', 'dgi 2023 long complete', 'dgi 2025 long partial',
      'ourdata 2019 wide complete', 'ourdata 2023 long complete', 'ourdata 2025 long partial',
    ]);
    expect(manifest?.editions[3]?.levels.dimension?.scale?.max).toBeCloseTo(1 / 3, 15);
    expect(manifest?.unheldEditions.map((e) => `${e.index} ${e.edition}`)).toEqual(['ourdata 2015', 'ourdata 2017']);
    expect(manifest?.editions[0]?.countryAliases).toEqual({});
    expect(manifest?.editions[1]?.layout).toMatchObject({ countryColumn: 'cc_iso3c', variableColumn: 'variable', valueColumn: 'value' });
  });

  it('accepts a manifest saved with a byte order mark', () => {
    expect(parseManifest(`\uFEFF${realText}`, FILE).issues).toEqual([]);
  });

  it('defaults an index scale to 0–1 and its aggregation to the mean', () => {
    const { manifest } = parseManifest(edited((m) => { delete m.indices[0].scale; delete m.indices[0].aggregation; }), FILE);
    expect(manifest?.indices[0]).toMatchObject({ scale: { min: 0, max: 1 }, aggregation: 'mean' });
  });

  it('reports bad JSON with the parser’s position', () => {
    expect(problems('{ "indices": [ }')).toMatchInlineSnapshot(`
      [
        "data/manifest.json: is not valid JSON (Unexpected token '}', "{ "indices": [ }" is not valid JSON); fix the syntax",
      ]
    `);
  });

  it('reports an empty manifest as bad JSON', () => {
    expect(problems('')).toMatchInlineSnapshot(`
      [
        "data/manifest.json: is not valid JSON (Unexpected end of JSON input); fix the syntax",
      ]
    `);
  });

  it('reports a manifest that is not an object at the root', () => {
    expect(problems('[]')).toMatchInlineSnapshot(`
      [
        "data/manifest.json: (root): the file must hold one JSON object, not a list [ … ]; start it with { and end it with }",
      ]
    `);
  });

  it('reports every missing field with its path', () => {
    const text = edited((m) => {
      delete m.editions[0].published;
      delete m.indices[1].label;
      delete m.editions[2].source.citation;
    });
    expect(problems(text)).toMatchInlineSnapshot(`
      [
        "data/manifest.json: indices[1].label: the required field "label" is missing from indices[1]; add it, e.g. "label": {"en": "…", "fr": "…", "es": "…"}",
        "data/manifest.json: editions[0].published: the required field "published" is missing from editions[0]; add it, e.g. "published": "2024-01"",
        "data/manifest.json: editions[2].source.citation: the required field "citation" is missing from editions[2].source; add it, e.g. "citation": "OECD (2024), …, OECD Publishing, Paris"",
      ]
    `);
  });

  it('reports an edition of an unknown index and lists the known ones', () => {
    expect(problems(edited((m) => { m.editions[2].index = 'ourdat'; }))).toMatchInlineSnapshot(`
      [
        "data/manifest.json: editions[2].index: unknown index "ourdat"; use one of dgi, ourdata",
      ]
    `);
  });

  it('reports a variable mapped to an unknown indicator id', () => {
    expect(problems(edited((m) => { m.editions[1].layout.variables.open_default = 'open-by-defaults'; }))).toMatchInlineSnapshot(`
      [
        "data/manifest.json: editions[1].layout.variables["open_default"]: "open-by-defaults" is not an indicator of "dgi"; use one of composite, digital-by-design, data-driven-public-sector, government-as-a-platform, open-by-default, user-driven, proactiveness",
      ]
    `);
  });

  it('reports a wide column mapped to an indicator of another index', () => {
    expect(problems(edited((m) => { m.editions[0].layout.columns['Open by default'] = 'data-availability'; }))).toMatchInlineSnapshot(`
      [
        "data/manifest.json: editions[0].layout.columns["Open by default"]: "data-availability" is not an indicator of "dgi"; use one of composite, digital-by-design, data-driven-public-sector, government-as-a-platform, open-by-default, user-driven, proactiveness",
      ]
    `);
  });

  it('reports an edition declared twice', () => {
    const text = edited((m) => m.editions.push({ ...m.editions[1], file: 'dgi-2023-bis.csv' }));
    expect(problems(text)).toMatchInlineSnapshot(`
      [
        "data/manifest.json: editions[6]: edition "2023" of "dgi" is declared twice; keep one",
      ]
    `);
  });

  it('reports two editions sharing a file', () => {
    const text = edited((m) => m.editions.push({ ...m.editions[1], edition: '2023b' }));
    expect(problems(text)).toMatchInlineSnapshot(`
      [
        "data/manifest.json: editions[6].sources[0]: "gaag-2025-dgi-ourdata.csv" with the same codes is already a second source of dgi 2023 (editions[1].sources[0]); one publication prints one edition of "dgi": remove this source from dgi 2023b (an entry copied from another edition keeps its sources)",
        "data/manifest.json: editions[6].file: "dgi-2023.csv" is also read by editions[1] (dgi 2023); a long file holds one edition: give each edition its own file (only SDMX and OECD.Stat exports can be shared, with "codes" in each layout)",
      ]
    `);
  });

  it.each([
    'https://doi.org/10.1787/4de9f5bb-en',
    'doi:10.1787/4de9f5bb-en',
    '10.17/4de9f5bb-en',
    '10.1787/',
  ])('rejects the DOI "%s" and shows the bare form', (doi) => {
    const text = edited((m) => { m.editions[0].source.doi = doi; });
    expect(problems(text)).toEqual([
      `${FILE}: editions[0].source.doi: give the bare DOI, e.g. "10.1787/1a89ed5e-en"`,
    ]);
  });

  it('reports a bad DOI', () => {
    expect(problems(edited((m) => { m.editions[0].source.doi = 'https://doi.org/10.1787/4de9f5bb-en'; }))).toMatchInlineSnapshot(`
      [
        "data/manifest.json: editions[0].source.doi: give the bare DOI, e.g. "10.1787/1a89ed5e-en"",
      ]
    `);
  });

  it('reports an unknown layout type', () => {
    expect(problems(edited((m) => { m.editions[1].layout.type = 'xlsx'; }))).toMatchInlineSnapshot(`
      [
        "data/manifest.json: editions[1].layout.type: the text "xlsx" is not a known type; use one of "long", "wide", "sdmx", "oecd-stat"",
      ]
    `);
  });

  it.each([
    { published: '2024', ok: false },
    { published: 'Jan 2024', ok: false },
    { published: '2024-01', ok: true },
    { published: '2024-01-15', ok: true },
  ])('accepts published "$published": $ok', ({ published, ok }) => {
    const { issues } = parseManifest(edited((m) => { m.editions[1].published = published; }), FILE);
    expect(issues.map(formatIssue)).toEqual(ok ? [] : [`${FILE}: editions[1].published: write a date as YYYY-MM or YYYY-MM-DD, e.g. "2024-01"`]);
  });

  it('reports an index without a composite indicator, and each reference to it', () => {
    const lines = problems(edited((m) => { m.indices[0].indicators[0].id = 'total'; }));
    expect(lines[0]).toMatchInlineSnapshot(`"data/manifest.json: indices[0].indicators: index "dgi" needs an indicator with id "composite""`);
    // 6 dimensions name "composite" as parent; 3 editions map a column or variable to it, DGI 2025 maps
    // its printed change to it, DGI 2019 declares 2 known discrepancies of it, and the second source of
    // DGI 2023 (Government at a Glance 2025) maps its code DG to it.
    expect(lines).toHaveLength(1 + 6 + 3 + 1 + 2 + 1);
  });

  it('reports all problems at once, not just the first', () => {
    const text = edited((m) => {
      m.editions[0].source.doi = 'doi:10.1787/4de9f5bb-en';
      m.editions[1].published = '2024';
    });
    expect(problems(text)).toHaveLength(2);
  });

  it.each([
    { name: 'an indicator that is its own parent', edit: (m: any) => { m.indices[0].indicators[1].parent = 'digital-by-design'; } },
    { name: 'a composite averaged into one of its dimensions', edit: (m: any) => { m.indices[0].indicators[0].parent = 'user-driven'; } },
  ])('rejects $name (a parent cycle would hang the build)', ({ edit }) => {
    const result = parseManifest(edited(edit), FILE);
    expect(result.manifest).toBeUndefined();
    expect(result.issues.map(formatIssue).join('\n')).toMatch(/^data\/manifest\.json: indices\[0\]\.indicators\[[01]\]\.parent: /m);
  });
});
