/**
 * Which publication is primary for which level (`primaryFor` of a second source, EDITING.md "A second
 * source"): a results paper at 3 decimals (`paper.csv`) and a dataflow at 2 (`flow.csv`) of one edition.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/issues.ts';
import type { Dataset } from '../../../src/lib/model/types.ts';
import { dataQualityPage } from '../../../src/lib/pages/dataQuality.ts';
import { indexData } from '../../../src/lib/query/dataIndex.ts';
import { statementsOf } from '../../../src/lib/statements/stateFigure.ts';
import { buildFrom, rejectionOf, repoRoot } from '../../helpers/realData.ts';
import { pageContext } from '../../helpers/pageInputs.ts';

const fixture = join(repoRoot, 'test', 'fixtures', 'primary');
const PAPER = { citation: 'Fixture (2024), Fixture results paper', doi: '10.1787/fix-paper', table: 'Table A.1' };
const FLOW = { citation: 'Fixture (2025), Fixture at a Glance', doi: '10.1787/fix-glance', table: 'Data Explorer, dataflow DF_FIX' };

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A copy of the fixture under `<tmp>/data`, its manifest changed by `edit` and written one key a line; `flow` edits flow.csv. */
function copy(edit: (manifest: any) => void = () => {}, flow: (text: string) => string = (t) => t) {
  dir = mkdtempSync(join(tmpdir(), 'primary-'));
  const data = join(dir, 'data');
  cpSync(fixture, data, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8'));
  edit(manifest);
  const text = JSON.stringify(manifest, null, 2);
  writeFileSync(join(data, 'manifest.json'), text);
  writeFileSync(join(data, 'flow.csv'), flow(readFileSync(join(data, 'flow.csv'), 'utf8')));
  return { cwd: dir, data, lineOf: (needle: string, from = 0) => text.split('\n').findIndex((l, i) => i >= from && l.includes(needle)) + 1 };
}
const primaryFor = (...levels: string[]) => (m: any) => (m.editions[0].sources[0].primaryFor = levels);
const build = (edit?: (m: any) => void, flow?: (t: string) => string) => {
  const { cwd, data } = copy(edit, flow);
  return buildFrom(cwd, data);
};
const figure = (data: Dataset, iso3: string, indicator: string) => data.observations.find((o) => o.iso3 === iso3 && o.indicator === indicator)!;
/** NLD's dataflow figures moved apart from the paper's: composite 0.77, d2 0.80 (the paper: 0.740 each). */
const nldApart = (text: string) => text.replace('NLD,2023,comp,0.74', 'NLD,2023,comp,0.77').replace('NLD,2023,d2,0.74', 'NLD,2023,d2,0.80');

describe('the primary source of each level', () => {
  it('without primaryFor, the edition’s file is primary for every level and the dataflow is compared', () => {
    const data = build();
    expect([figure(data, 'KOR', 'composite').text, figure(data, 'KOR', 'composite').source]).toEqual(['0.935', undefined]);
    expect(data.sourceChecks).toEqual([{ index: 'fix', edition: '2023', source: FLOW, file: expect.stringContaining('flow.csv'), compared: 9, agree: 9, filled: 3 }]);
    expect(data.editions[0]!.decimals).toEqual({ composite: 3, dimension: 3 });
  });

  it('"primaryFor": ["composite"] shows the dataflow’s composite at its decimals, keeps the paper’s dimensions, and records agreement', () => {
    const data = build(primaryFor('composite'));
    expect(figure(data, 'KOR', 'composite')).toMatchObject({ text: '0.93', value: 0.93, source: { doi: FLOW.doi } });
    expect(figure(data, 'KOR', 'd1')).toMatchObject({ text: '0.940' });
    expect(figure(data, 'KOR', 'd1').source).toBeUndefined();
    // The dataflow lacks GBR: its composite stays the paper's.
    expect(figure(data, 'GBR', 'composite')).toMatchObject({ text: '0.700' });
    expect(figure(data, 'GBR', 'composite').source).toBeUndefined();
    expect(data.sourceChecks[0]).toMatchObject({ compared: 9, agree: 9, primaryFor: ['composite'] });
    expect(data.differences.filter((d) => d.kind === 'source')).toEqual([]);
    expect(data.warnings).toEqual([]);
    const statements = statementsOf(indexData(data));
    expect(statements.figure('fix', '2023', 'KOR', 'composite')!.score).toMatchObject({ text: '0.93', decimals: 2 });
    expect(statements.figure('fix', '2023', 'KOR', 'd1')!.score).toMatchObject({ text: '0.940', decimals: 3 });
    expect(statements.figure('fix', '2023', 'KOR', 'composite')!.source).toMatchObject({ doi: FLOW.doi, table: FLOW.table });
    expect(statements.figure('fix', '2023', 'GBR', 'composite')!.source).toMatchObject({ doi: PAPER.doi, table: PAPER.table });
  });

  it('"primaryFor": ["composite", "dimension"] shows the dataflow’s figures; a difference beyond rounding goes to the data-quality page naming both publications', () => {
    const { cwd, data: folder } = copy(primaryFor('composite', 'dimension'), nldApart);
    const data = buildFrom(cwd, folder);
    expect(figure(data, 'NLD', 'composite')).toMatchObject({ text: '0.77', source: { doi: FLOW.doi } });
    expect(figure(data, 'NLD', 'd2')).toMatchObject({ text: '0.80', source: { doi: FLOW.doi } });
    expect(data.sourceChecks[0]).toMatchObject({ compared: 9, agree: 7, primaryFor: ['composite', 'dimension'] });
    expect(data.warnings.map(formatIssue)).toContain(
      `data/flow.csv:8: Netherlands fix 2023 composite: ${FLOW.citation}, ${FLOW.table} prints 0.77, the edition's file (${PAPER.citation}, ${PAPER.table}) 0.740, more than their rounding allows; ${FLOW.citation}, ${FLOW.table} is primary for the composite level (primaryFor), so the site shows its figure`,
    );
    const page = dataQualityPage(pageContext('en', { dir: folder }));
    const rows = page.tables.find((t) => t.kind === 'source')!.rows;
    expect(rows.map((r) => [r.printed, r.computed, r.shown, r.cause])).toEqual([
      ['0.77', '0.740', 'the figure of the second source, primary for this level', `${FLOW.citation}, ${FLOW.table} is the primary source of the composite; the edition's source, ${PAPER.citation}, ${PAPER.table}, prints a different figure, beyond the rounding of both.`],
      ['0.80', '0.740', 'the figure of the second source, primary for this level', `${FLOW.citation}, ${FLOW.table} is the primary source of the dimensions and pillars; the edition's source, ${PAPER.citation}, ${PAPER.table}, prints a different figure, beyond the rounding of both.`],
    ]);
    expect(page.sources.map((s) => s.role)).toEqual(['Source of the edition, except for the composite and dimensions and pillars', 'Primary source of the composite and dimensions and pillars; compared for the rest']);
  });

  it('the same difference with the paper primary (no primaryFor): the paper’s figure is shown and the difference listed', () => {
    const data = build(undefined, nldApart);
    expect(figure(data, 'NLD', 'd2')).toMatchObject({ text: '0.740' });
    expect(data.differences.filter((d) => d.kind === 'source').map((d) => [d.indicator, d.printed, d.computed, d.shown])).toEqual([
      ['composite', '0.77', '0.740', 'primary'],
      ['d2', '0.80', '0.740', 'primary'],
    ]);
  });

  it('the dataflow’s printed OECD average replaces the paper’s where it is primary (the paper prints none: filled either way)', () => {
    const data = build(primaryFor('composite'));
    expect(data.stats.find((s) => s.indicator === 'composite')!.printed).toEqual({ value: 0.76, text: '0.76' });
  });
});

describe('primaryFor errors, located, one exact message each', () => {
  it('a word that is not a level, with the manifest’s name for it', () => {
    const { cwd, data, lineOf } = copy(primaryFor('pillars'));
    expect(rejectionOf(cwd, data).lines).toEqual([
      `data/manifest.json:${lineOf('"pillars"')}: editions[0].sources[0].primaryFor[0]: "pillars" is not a level of the indicators; write "dimension" (the manifest's name for it)`,
    ]);
  });

  it('a level the index does not have, and a level named by two sources', () => {
    const { cwd, data, lineOf } = copy((m) => {
      const second = structuredClone(m.editions[0].sources[0]);
      second.source = { ...second.source, doi: '10.1787/fix-other', table: 'Table 2' };
      m.editions[0].sources[0].primaryFor = ['composite', 'sub'];
      second.primaryFor = ['composite'];
      m.editions[0].sources.push(second);
      writeFileSync(join(dir!, 'data', 'flow2.csv'), readFileSync(join(fixture, 'flow.csv')));
      second.file = 'flow2.csv';
    });
    const first = lineOf('"primaryFor"');
    expect(rejectionOf(cwd, data).lines).toEqual([
      `data/manifest.json:${first + 2}: editions[0].sources[0].primaryFor[1]: "sub": "fix" has no indicator of that level; use one of "composite", "dimension"`,
      `data/manifest.json:${lineOf('"composite"', lineOf('"primaryFor"', first))}: editions[0].sources[1].primaryFor[0]: "composite" is already named at editions[0].sources[0].primaryFor; one publication is primary for a level: remove it from one of the two`,
    ]);
  });

  it('a source that prints the level on another scale cannot be primary for it', () => {
    const { cwd, data, lineOf } = copy((m) => {
      m.editions[0].sources[0].levels = { dimension: { scale: { min: 0, max: '1/2' } } };
      m.editions[0].sources[0].primaryFor = ['dimension'];
    }, (text) => text.replace(/,d(\d),0\.(\d\d)/g, (_, d, v) => `,d${d},${(Number(`0.${v}`) / 2).toFixed(2)}`));
    expect(rejectionOf(cwd, data).lines).toEqual([
      `data/manifest.json:${lineOf('"dimension"', lineOf('"primaryFor"'))}: editions[0].sources[0].primaryFor[0]: "dimension": ${FLOW.citation} prints this level on 0–1/2, the edition on 0–1; a primary source must print the level on the edition's scale (a converted figure is not one the OECD printed): remove "dimension" and keep the edition's file primary for it`,
    ]);
  });

  it('a source whose layout maps no indicator of the level', () => {
    const { cwd, data, lineOf } = copy((m) => {
      m.editions[0].sources[0].layout.variables = { comp: 'composite' };
      m.editions[0].sources[0].primaryFor = ['dimension'];
    });
    expect(rejectionOf(cwd, data).lines).toContain(
      `data/manifest.json:${lineOf('"dimension"', lineOf('"primaryFor"'))}: editions[0].sources[0].primaryFor[0]: "dimension": the layout of editions[0].sources[0] maps no indicator of that level, so this source prints none; map them in its layout, or remove "dimension"`,
    );
  });
});
