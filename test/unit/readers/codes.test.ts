/** `layout.codes`: which codes of a coded export an entry takes, on the OECD's real export layouts. */
import { describe, expect, it } from 'vitest';
import { readCsv, type CsvTable } from '../../../src/lib/csv/readCsv.ts';
import { layoutSchema } from '../../../src/lib/manifest/schema.ts';
import { readRecords } from '../../../src/lib/readers/readRecords.ts';
import { readFormat } from '../../helpers/realData.ts';

function table(name: string): CsvTable {
  const csv = readCsv(readFormat(name), `data/${name}`);
  expect(csv.issues).toEqual([]);
  return csv.table!;
}
const codesRead = (name: string, layout: unknown) => [...new Set(readRecords(table(name), layoutSchema.parse(layout)).records.map((r) => r.variable))];

describe('layout.codes', () => {
  it.each([
    { codes: 'all', read: ['UPRP', 'MSPS', 'MSPS_UTLC', 'MSPS_UPAT'] },
    { codes: 'mapped', read: ['MSPS'] },
    { codes: { prefix: 'MSPS' }, read: ['MSPS', 'MSPS_UTLC', 'MSPS_UPAT'] },
  ])('takes $read from the OECD.Stat export with codes $codes', ({ codes, read }) => {
    const found = codesRead('oecd-stat-gov-2021-excerpt.csv', { type: 'oecd-stat', codes, variables: { MSPS: 'composite' } });
    expect(found.filter((code) => read.includes(code)).sort()).toEqual([...read].sort());
    expect(found.every((code) => read.includes(code) || codes === 'all')).toBe(true);
  });

  it('takes only the prefixed codes of the SDMX-CSV export (codes only)', () => {
    const found = codesRead('sdmx-csv-gov-reg-2023-excerpt.csv', { type: 'sdmx', codes: { prefix: 'EP' }, variables: { EPE: 'composite' } });
    expect(found.every((code) => code.startsWith('EP'))).toBe(true);
    expect(found).toContain('EPE');
  });

  it('refuses a prefix that is not text, naming the field', () => {
    const result = layoutSchema.safeParse({ type: 'sdmx', codes: { prefix: '' }, variables: {} });
    expect(result.success).toBe(false);
  });
});
