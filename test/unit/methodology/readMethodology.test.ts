import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/issues.ts';
import { readInputs } from '../../../src/lib/input/readInputs.ts';
import { parseManifest } from '../../../src/lib/manifest/parseManifest.ts';
import { readMethodology } from '../../../src/lib/methodology/readMethodology.ts';
import { roundingAllowance } from '../../../src/lib/methodology/checkMethodology.ts';
import { splitAverage, splitCounts, splitFacets } from '../../../src/lib/methodology/readRows.ts';
import { repoRoot } from '../../helpers/realData.ts';

const dir = join(repoRoot, 'test', 'fixtures', 'methodology');
const M = 'test/fixtures/methodology/methodology';

/** The fixture's methodology with `edit` applied to one file's text (and the manifest's edition entries to `manifest`). */
function read(edits: Record<string, (text: string) => string> = {}, manifest: (json: { editions: Record<string, unknown>[] }) => void = () => {}) {
  const inputs = readInputs(dir, repoRoot);
  const files = new Map(inputs.methodology!.files);
  for (const [name, edit] of Object.entries(edits)) {
    const file = files.get(name);
    if (edit.length && file) files.set(name, { ...file, text: edit(file.text) });
    if (!file) files.delete(name);
  }
  const json = JSON.parse(inputs.manifestText!);
  manifest(json);
  const parsed = parseManifest(JSON.stringify(json), 'manifest.json', '2030-01-01');
  return readMethodology(parsed.manifest!, 'test/fixtures/methodology/manifest.json', { files, shown: inputs.methodology!.shown });
}
const messages = (result: ReturnType<typeof read>) => result.issues.map(formatIssue);

describe('readMethodology on the fixture', () => {
  it('reads both editions with no problem', () => {
    const { methodology, issues } = read();
    expect(issues).toEqual([]);
    const [y2019, y2023] = methodology!.editions;
    expect(y2019).toMatchObject({ edition: '2019', kind: 'items' });
    expect(y2019!.dimensions[0]).toMatchObject({ dimension: 'd1', count: 4, parameterCount: 2, facetUse: { fr: 'usage qualitatif uniquement, pas pris en compte dans les scores' } });
    expect(y2023!.dimensions.map((d) => d.facets.map((f) => f.questions.map((q) => q.number)))).toEqual([[['1', '1a'], ['2', '3', '4']], [['5'], ['6', '6a']]]);
    expect(y2023!.dimensions[1]!.facets[1]).toMatchObject({ key: 'Policy levers', name: { es: 'Palancas de política' }, weight: 25, weightText: '25.00%', oecdAverage: '60%' });
    expect(methodology!.notes.map((n) => `${n.index} ${n.edition}`)).toEqual(['fix 2019', 'fix 2023', 'fix 2025']);
  });

  it('reports a facet whose weights do not add up to the dimension', () => {
    const result = read({ 'fix-dimensions.csv': (t) => t.replace('20.00% / 30.00%', '20.00% / 31.00%') });
    expect(messages(result)).toContain(`${M}/fix-dimensions.csv:2: the facet weights of FIX 2023 "d1" add up to 51%, not the dimension's 50.00% (printed rounding allows ±0.015 points); correct facet_weights or dimension_weight`);
  });

  it("reports a facet whose questions do not add up to the facet's weight", () => {
    const result = read({ 'fix-2023-questions.csv': (t) => t.replace('d1,Policy levers,30.00%,4,High-value datasets,Multiple choice,10.00%', 'd1,Policy levers,30.00%,4,High-value datasets,Multiple choice,12.00%') });
    expect(messages(result)).toEqual([
      `${M}/fix-2023-questions.csv:4: the 3 questions of FIX 2023 "d1" / "Policy levers" add up to 32%, not the facet's 30.00% (printed rounding allows ±0.02 points); correct a weight or facet_weight`,
    ]);
  });

  it('reports a question listed in two facets', () => {
    const result = read({ 'fix-2023-questions.csv': (t) => t.replace('d1,Policy levers,30.00%,4,', 'd1,Policy levers,30.00%,1,') });
    expect(messages(result)).toContain(`${M}/fix-2023-questions.csv:6: question "1" is already listed under "d1" / "Strategic approach" (line 2); a question belongs to one facet only: remove one of the rows`);
  });

  it('reports a missing translation where the text is used', () => {
    const result = read({ 'labels-es.csv': (t) => t.replace('Testing with users,Pruebas con los usuarios\n', '') });
    expect(messages(result)).toEqual([
      `${M}/fix-2023-questions.csv:9: the question label "Testing with users" has no Spanish translation; add a row with it and its translation to ${M}/labels-es.csv`,
    ]);
  });

  it('reports a dimension without methodology', () => {
    const result = read({ 'fix-dimensions.csv': (t) => t.replace(/^2023,d2,.*\n/m, '') });
    expect(messages(result)).toEqual([`${M}/fix-dimensions.csv: FIX 2023 has no methodology for the dimension "d2"; add its row (edition 2023, dimension d2)`]);
  });

  it('reports a dimension without questions, a facet that is not one, and counts that disagree', () => {
    const result = read({ 'fix-2023-questions.csv': (t) => t.replace(/^d2,.*\n/gm, '').replace('d1,Strategic approach,20.00%,1a', 'd1,Strategic aproach,20.00%,1a') });
    expect(messages(result)).toEqual([
      `${M}/fix-2023-questions.csv:3: facet "Strategic aproach" is not a facet of FIX 2023 "d1" in ${M}/fix-dimensions.csv:2; use one of Strategic approach, Policy levers`,
      `${M}/fix-dimensions.csv:2: FIX 2023 "d1" counts 2 questions under "Strategic approach", but ${M}/fix-2023-questions.csv lists 1; correct the count or the questions`,
      `${M}/fix-2023-questions.csv: FIX 2023 lists no question for the dimension "d2"; add its questions`,
    ]);
  });

  it('reports a bad cell with its column and value, and a file the manifest names that is missing', () => {
    const bad = read({ 'fix-2023-questions.csv': (t) => t.replace('12.50%,4,Table B.2\nd2,Policy levers,25.00%,6a', '12.5,4,Table B.2\nd2,Policy levers,25.00%,6a') });
    expect(messages(bad)[0]).toBe(`${M}/fix-2023-questions.csv:8: column "weight": "12.5" is not valid: write a weight as printed, e.g. "3.51%"`);
    const missing = read({}, (json) => ((json.editions[1]!.methodology as { questions: string }).questions = 'nope.csv'));
    expect(messages(missing)).toEqual([`test/fixtures/methodology/manifest.json: editions[1].methodology.questions: "nope.csv" is not in ${M}/; add the file or correct the name`]);
  });

  it('reports 2019 item counts and parameters that disagree with the dimensions file', () => {
    const result = read({ 'fix-2019-structure.csv': (t) => t.replace('d2,facet_item_count,Policy levers,1,', 'd2,facet_item_count,Policy levers,4,').replace(/^d1,parameter,,,Open-source policy.*\n/m, '') });
    expect(messages(result)).toEqual([
      `${M}/fix-2019-structure.csv:6: 4 items under "d2" / "Policy levers", but ${M}/fix-dimensions.csv:5 counts 1; make them agree`,
      `${M}/fix-dimensions.csv:4: FIX 2019 "d1" says 2 parameters are listed, but ${M}/fix-2019-structure.csv lists 1; correct the count or the parameters`,
    ]);
  });
});

describe('the printed forms', () => {
  it.each([
    ['Strategic approach; Policy levers', { names: ['Strategic approach', 'Policy levers'] }],
    ['A; B (qualitative only, not used in scores)', { names: ['A', 'B'], use: 'qualitative only, not used in scores' }],
  ])('splitFacets(%j)', (text, expected) => expect(splitFacets(text)).toEqual(expected));
  it.each([
    ['38 (8/13/11/6)', { total: 38, perFacet: [8, 13, 11, 6] }],
    ["74 (6/45/12/11) items; 21 'detailed parameters' listed", { total: 74, perFacet: [6, 45, 12, 11], parameters: 21 }],
  ])('splitCounts(%j)', (text, expected) => expect(splitCounts(text)).toEqual(expected));
  it.each([
    ['0.684; by facet 73% / 71% / 69% / 53% (dimension 68%)', { score: '0.684', perFacet: ['73%', '71%', '69%', '53%'], dimension: '68%' }],
    ['', undefined],
  ])('splitAverage(%j)', (text, expected) => expect(splitAverage(text)).toEqual(expected));
  it('allows half a printed unit per part and for the whole', () => {
    expect(roundingAllowance(['0.76%', '0.76%'], '1.52%')).toBeCloseTo(0.015);
    expect(roundingAllowance(['3.5%'], '16.67%')).toBeCloseTo(0.055);
  });
});

describe('DGI 2023 (real data)', () => {
  it('has 155 questions, 20 under open by default in four facets weighing 1.52 %, 3.03 %, 9.85 %, 2.27 %', () => {
    const inputs = readInputs(join(repoRoot, 'data'), repoRoot);
    const { manifest } = parseManifest(inputs.manifestText!, 'data/manifest.json', '2030-01-01');
    const { methodology, issues } = readMethodology(manifest!, 'data/manifest.json', inputs.methodology!);
    expect(issues).toEqual([]);
    const dgi2023 = methodology!.editions.find((e) => e.index === 'dgi' && e.edition === '2023')!;
    expect(dgi2023.dimensions.flatMap((d) => d.facets.flatMap((f) => f.questions))).toHaveLength(155);
    const open = dgi2023.dimensions.find((d) => d.dimension === 'open-by-default')!;
    expect(open.facets.map((f) => [f.weightText, f.questions.length])).toEqual([['1.52%', 2], ['3.03%', 4], ['9.85%', 9], ['2.27%', 5]]);
  });
});
