import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, root } from '../helpers/buildSite.ts';
import { addEdition, copyData } from '../helpers/dataCopy.ts';

const hostile: Record<string, string> = {
  KOR: '<img src=x onerror=alert(1)>',
  DNK: '"><script>alert(2)</script>',
  EST: '=HYPERLINK("http://evil.example","x")',
  FRA: '@SUM(A1:A2)',
  ESP: '+1-2',
};

/** The SDMX sample with hostile `Reference area` labels, added as a DGI 2027 edition. */
function hostileData(): string {
  const dir = copyData();
  const lines = readFileSync(join(root, 'test/fixtures/formats/sdmx-dgi-2023-composite.csv'), 'utf8').split('\r\n');
  const out = lines.map((line) => {
    const code = line.split(',')[6];
    if (code && hostile[code]) {
      const cells = line.split(',');
      cells[7] = `"${hostile[code].replace(/"/g, '""')}"`;
      return cells.join(',');
    }
    return line;
  });
  writeFileSync(join(dir, 'dgi-sdmx.csv'), out.join('\r\n'));
  addEdition(dir, {
    index: 'dgi', edition: '2027', file: 'dgi-sdmx.csv', published: '2028-06',
    layout: { type: 'sdmx', variables: { DG: 'composite' } },
    source: { citation: 'Hostile fixture', doi: '10.1787/1a89ed5e-en' },
    rankedSet: 'oecd-members', comparableWithPrevious: true, decimals: { composite: 3, dimension: 3 },
  });
  return dir;
}

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));

describe('hostile labels from an SDMX export', () => {
  let out: string;
  beforeAll(() => {
    // The tests read HTML and the CSV download only: no search index (a test-only option of scripts/build.ts).
    const result = buildSite({ dataDir: hostileData(), env: { DGP_TEST_NO_SEARCH_INDEX: '1' } });
    expect(result.status, result.stderr).toBe(0);
    out = result.outDir;
  }, 300_000);

  it('shows a label with markup as text on the profile', () => {
    const html = readFileSync(join(out, 'countries/kor/index.html'), 'utf8');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
  });

  it('never lets data open a script or img element anywhere in the site', () => {
    for (const file of htmlFiles(out)) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/<img src=x|<script>alert|onerror=alert\(1\)>/);
    }
  });

  it('neutralises formula cells in the CSV download but keeps numbers numeric', () => {
    const csv = readFileSync(join(out, 'downloads/observations.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain(`'@SUM(A1:A2)`);
    expect(csv).toContain(`'+1-2`);
    expect(csv).toContain(`"""><script>alert(2)</script>"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv).toMatch(/^dgi,2027,KOR,Korea,composite,0\.935,1,33,/m);
  });
});
