/**
 * The OECD Data Explorer export of Government at a Glance 2025 (`DSD_GOV@DF_GOV_DGOGD_2025`), read as it
 * comes: both indices in one file, DGI dimensions on 0–1/6 and OURdata pillars on 0–1/3 with the composites
 * as sums, the OECD average coded `OECD_REP`. The fixture folder holds the file byte for byte and a manifest.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/model/types.ts';
import { buildFrom, rejectionOf, repoRoot } from '../../helpers/realData.ts';

const fixture = join(repoRoot, 'test', 'fixtures', 'gaag-export');
const FILE = 'gaag-2025-dgi-ourdata.csv';

const composite = (data: Dataset, index: string, iso3: string, indicator = 'composite') =>
  data.observations.find((o) => o.index === index && o.edition === '2023' && o.iso3 === iso3 && o.indicator === indicator)!;

describe('a data folder holding only the Data Explorer export and a manifest', () => {
  const data = buildFrom(repoRoot, fixture);

  it('keeps the export byte for byte as the OECD published it', () => {
    expect(readFileSync(join(fixture, FILE))).toEqual(readFileSync('/work/shared/data/oecd/gaag-2025-dgi-ourdata.csv'));
  });

  it('gives DGI 2023 Korea 0.93, ranked 1st, and the printed OECD average 0.61', () => {
    expect(composite(data, 'dgi', 'KOR')).toMatchObject({ text: '0.93', rank: 1, origin: 'published' });
    expect(data.stats.find((s) => s.index === 'dgi' && s.edition === '2023' && s.indicator === 'composite')!.printed).toEqual({ value: 0.61, text: '0.61' });
  });

  it('gives OURdata 2023 Korea 0.91 1st and Poland 0.79 as printed, and the printed OECD average 0.48', () => {
    expect(composite(data, 'ourdata', 'KOR')).toMatchObject({ text: '0.91', rank: 1, origin: 'published' });
    expect(composite(data, 'ourdata', 'POL')).toMatchObject({ text: '0.79', origin: 'published' });
    expect(data.stats.find((s) => s.index === 'ourdata' && s.edition === '2023' && s.indicator === 'composite')!.printed).toEqual({ value: 0.48, text: '0.48' });
  });

  it('accepts a top score on the 1/6 scale printed as 0.17 (within rounding)', () => {
    expect(composite(data, 'dgi', 'KOR', 'data-driven-public-sector')).toMatchObject({ text: '0.17', rank: 1 });
  });

  it('reports no warning: every composite agrees with the sum of its parts within rounding', () => {
    expect(data.warnings).toEqual([]);
  });
});

describe('the rules of an export, one exact message each', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  /** A copy of the fixture folder under `<tmp>/data`, its manifest changed by `edit` and its CSV by `csv`. */
  const copy = (edit: (manifest: any) => void, csv: (text: string) => string = (t) => t) => {
    dir = mkdtempSync(join(tmpdir(), 'gaag-'));
    const data = join(dir, 'data');
    cpSync(fixture, data, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8'));
    edit(manifest);
    writeFileSync(join(data, 'manifest.json'), JSON.stringify(manifest, null, 2));
    writeFileSync(join(data, FILE), csv(readFileSync(join(data, FILE), 'utf8')));
    return { cwd: dir, data };
  };
  const lineOf = (text: string, ...parts: string[]) => text.split('\n').findIndex((row) => parts.every((p) => row.includes(p))) + 1;

  it('two indices in one file: each entry must say which codes it takes', () => {
    const { cwd, data } = copy((m) => delete m.editions[1].layout.codes);
    expect(rejectionOf(cwd, data).lines).toEqual([
      'data/manifest.json: editions[1].layout.codes: "gaag-2025-dgi-ourdata.csv" is also read by editions[0] (dgi 2023); a file holding several indices feeds each edition only the codes it names: add "codes": "mapped" (only the codes in variables) or "codes": {"prefix": "DG"} to the layout of editions[1] (ourdata 2023)',
    ]);
  });

  it('"codes": "mapped" takes only the mapped codes and skips the other index', () => {
    const { cwd, data } = copy((m) => (m.editions[1].layout.codes = 'mapped'));
    expect(composite(buildFrom(cwd, data), 'ourdata', 'KOR')).toMatchObject({ text: '0.91', rank: 1 });
  });

  it('an aggregate code the build does not know is named as such, with the alias that fixes it', () => {
    const original = readFileSync(join(fixture, FILE), 'utf8');
    const line = lineOf(original, ',OECD_REP,', ',OUR,');
    const { cwd, data } = copy(() => {}, (text) => text.replaceAll(',OECD_REP,', ',OECD_TOT,'));
    expect(rejectionOf(cwd, data).lines).toContain(
      `data/gaag-2025-dgi-ourdata.csv:${line}: unknown aggregate code "OECD_TOT": it names an OECD group, not a country; if its row is the OECD average, map it in countryAliases of ourdata 2023 in data/manifest.json, {"OECD_TOT": "OECD"}; otherwise remove its rows (also on 3 other lines)`,
    );
  });

  it('an aggregate code mapped to "OECD" in countryAliases is read as the printed average', () => {
    const { cwd, data } = copy(
      (m) => m.editions.forEach((e: any) => (e.countryAliases = { OECD_TOT: 'OECD' })),
      (text) => text.replaceAll(',OECD_REP,', ',OECD_TOT,'),
    );
    const stats = buildFrom(cwd, data).stats.find((s) => s.index === 'ourdata' && s.indicator === 'composite')!;
    expect(stats.printed).toEqual({ value: 0.48, text: '0.48' });
  });

  it('a value above the scale beyond the published rounding, with the bound written readably', () => {
    const original = readFileSync(join(fixture, FILE), 'utf8');
    const line = lineOf(original, ',KOR,', ',DG_DD,');
    const { cwd, data } = copy(() => {}, (text) => text.split('\n').map((row, i) => (i + 1 === line ? row.replace(',0.17,', ',0.18,') : row)).join('\n'));
    expect(rejectionOf(cwd, data).lines).toEqual([
      `data/gaag-2025-dgi-ourdata.csv:${line}: value "0.18" is above the index maximum 1/6 ≈ 0.167; dgi scores run from 0 to 1/6 ≈ 0.167; printed with 2 decimals, 0.17 is the highest value rounding allows`,
    ]);
  });

  it('a missing required manifest field names the field, where it is, and the fix', () => {
    const { cwd, data } = copy((m) => delete m.editions[0].source.doi);
    expect(rejectionOf(cwd, data).lines).toEqual([
      'data/manifest.json: editions[0].source.doi: the required field "doi" is missing from editions[0].source; add it, e.g. "doi": "10.1787/1a89ed5e-en"',
    ]);
  });
});
