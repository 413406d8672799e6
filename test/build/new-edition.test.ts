import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/buildSite.ts';
import { addEdition, copyData } from '../helpers/dataCopy.ts';

/**
 * A DGI 2027 edition as an editor would add it: one CSV in the long layout plus one manifest entry, no code.
 * Korea and Denmark swap places; Germany appears for the first time.
 */
function dataWithNewEdition(): string {
  const dir = copyData();
  const scores: Record<string, number[]> = {
    KOR: [0.8, 0.8, 0.8, 0.8, 0.8, 0.8],
    DNK: [0.95, 0.9, 0.92, 0.9, 0.93, 0.94],
    DEU: [0.7, 0.6, 0.65, 0.7, 0.6, 0.55],
    PER: [0.99, 0.99, 0.99, 0.99, 0.99, 0.99],
  };
  const variables = ['digital_design', 'data_driven', 'govt_as_platform', 'open_default', 'user_driven', 'proactiveness'];
  const rows = ['"cc_iso3c","ref_year","variable","value"'];
  for (const [iso3, values] of Object.entries(scores)) {
    values.forEach((v, i) => rows.push(`"${iso3}",2027,"${variables[i]}",${v}`));
  }
  writeFileSync(join(dir, 'dgi-2027.csv'), `${rows.join('\n')}\n`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const previous = manifest.editions.find((e: { edition: string; index: string }) => e.index === 'dgi' && e.edition === '2023');
  addEdition(dir, {
    ...previous,
    edition: '2027',
    file: 'dgi-2027.csv',
    published: '2028-02',
    comparableWithPrevious: true,
    source: { citation: 'OECD (2026), fixture edition', doi: '10.1787/00000000-en' },
  });
  return dir;
}

describe('a new edition added as data plus a manifest entry', () => {
  let out: string;
  beforeAll(() => {
    // The tests read pages and the CSV download only: no search index (a test-only option of scripts/build.ts).
    const result = buildSite({ dataDir: dataWithNewEdition(), env: { DGP_TEST_NO_SEARCH_INDEX: '1' } });
    expect(result.status, result.stderr).toBe(0);
    out = result.outDir;
  }, 300_000);

  const read = (path: string) => readFileSync(join(out, path), 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  it('appears on country profiles, ranked among members with a computed composite', () => {
    const dnk = read('countries/dnk/index.html');
    expect(dnk).toContain('DGI 2027');
    expect(dnk).toContain('1st of 3 OECD members');
    expect(dnk).toContain('0.923');
    expect(read('countries/per/index.html')).toMatch(/DGI 2027 0\.990 Composite score · not ranked \(non-member\)/);
    expect(read('countries/deu/index.html')).toContain('DGI 2027 0.633');
  });

  it('appears on policy-area pages with the OECD average and change since the partial 2025 edition', () => {
    const page = read('indices/dgi/open-by-default/index.html');
    expect(page).toContain('DGI 2027: every country ranked');
    expect(page).toContain('Change since 2025');
    expect(page).toMatch(/Denmark 0\.81 0\.900 \+0\.09/);
  });

  it('is in the downloads with rank and average', () => {
    const csv = readFileSync(join(out, 'downloads/observations.csv'), 'utf8');
    expect(csv).toMatch(/^dgi,2027,DNK,Denmark,composite,0\.923,1,3,0\.785,true,computed,0\.093,false,,complete,,,,$/m);
  });
});
