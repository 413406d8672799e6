import { describe, expect, it } from 'vitest';
import { checkTable, type TableSchema } from '../../../src/lib/output/checkTable.ts';

const schema: TableSchema = {
  fields: [
    { name: 'iso3', type: 'string', constraints: { required: true, pattern: '[A-Z]{3}' } },
    { name: 'edition', type: 'string', constraints: { required: true, enum: ['2019', '2023'] } },
    { name: 'score', type: 'number', constraints: { required: true } },
    { name: 'rank', type: 'integer', constraints: { minimum: 1 } },
    { name: 'member', type: 'boolean', trueValues: ['true'], falseValues: ['false'] },
  ],
  primaryKey: ['iso3', 'edition'],
  missingValues: [''],
};
const header = 'iso3,edition,score,rank,member';

describe('checkTable()', () => {
  it('accepts a conforming file, empty optional cells included', () => {
    expect(checkTable(`${header}\nKOR,2023,0.935,1,true\nBRA,2023,.5,,false\nFRA,2019,-1e-3,,\n`, 'ok.csv', schema)).toEqual([]);
  });
  it.each([
    ['KOR,2023,high,1,true', 'x.csv:2: score "high" is not a number'],
    ['KOR,2023,0.9,1.5,true', 'x.csv:2: rank "1.5" is not an integer'],
    ['KOR,2023,0.9,0,true', 'x.csv:2: rank "0" is below the minimum 1'],
    ['KOR,2023,0.9,1,yes', 'x.csv:2: member "yes" is not one of true/false'],
    ['kor,2023,0.9,1,true', 'x.csv:2: iso3 "kor" does not match the pattern [A-Z]{3}'],
    ['KORE,2023,0.9,1,true', 'x.csv:2: iso3 "KORE" does not match the pattern [A-Z]{3}'],
    ['KOR,2025,0.9,1,true', 'x.csv:2: edition "2025" is not one of 2019, 2023'],
    ['KOR,2023,,1,true', 'x.csv:2: score "" is empty but required'],
  ])('reports %j', (row, problem) => {
    expect(checkTable(`${header}\n${row}\n`, 'x.csv', schema)).toEqual([problem]);
  });
  it('accepts a header with no rows (an empty table)', () => {
    expect(checkTable(`${header}\n`, 'empty.csv', schema)).toEqual([]);
  });
  it('reports a repeated primary key with both lines', () => {
    expect(checkTable(`${header}\nKOR,2023,0.9,1,true\nKOR,2023,0.8,2,true\n`, 'x.csv', schema)).toEqual([
      'x.csv:3: the primary key (iso3, edition) "KOR|2023" repeats line 2',
    ]);
  });
  it('reports a header that differs from the schema', () => {
    expect(checkTable('iso3,score\nKOR,1\n', 'x.csv', schema)).toEqual([
      `x.csv:1: the header is "iso3,score" but the schema's fields are "${header.replace(/,/g, ',')}"`,
    ]);
  });
});
