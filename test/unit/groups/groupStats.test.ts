/** Group figures follow the partial-edition rule: no average over an incomplete set, and "not stated" is not "not covered". */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupFigure } from '../../../src/lib/groups/groupStats.ts';
import { parseGroups } from '../../../src/lib/groups/parseGroups.ts';
import { indexData } from '../../../src/lib/query/dataIndex.ts';
import { buildFrom, realDataDir, realDataCwd } from '../../helpers/realData.ts';

const queries = indexData(buildFrom(realDataCwd, realDataDir));
const { groups } = parseGroups(readFileSync(join(realDataDir, 'groups.json'), 'utf8'), 'data/groups.json');
const group = (id: string) => groups.find((g) => g.id === id)!;

describe('groupFigure', () => {
  it('DGI 2025 (partial) open by default, EU: no average; members whose note does not state it are not "not covered"', () => {
    const eu = groupFigure(queries, group('eu'), 'dgi', '2025', 'open-by-default');
    expect(eu.average).toBeNull();
    expect(eu.covered.length).toBeGreaterThan(0);
    expect(eu.unstated).toEqual(expect.arrayContaining(['BGR', 'ROU']));
    expect(eu.missing).not.toContain('BGR');
    expect(eu.missing).toEqual(expect.arrayContaining(['DEU', 'CZE', 'SVK']));
  });

  it('DGI 2023 (complete), G7: the mean of the members covered; Germany and the United States not covered', () => {
    const g7 = groupFigure(queries, group('g7'), 'dgi', '2023', 'composite');
    expect(g7.average).toBeCloseTo(g7.covered.reduce((s, o) => s + o.value, 0) / g7.covered.length, 12);
    expect(g7.missing).toEqual(['DEU', 'USA']);
    expect(g7.unstated).toEqual([]);
  });
});
