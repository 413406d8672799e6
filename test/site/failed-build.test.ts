import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ownership } from '../../scripts/build/ownership.ts';
import { buildSite, root } from '../helpers/buildSite.ts';
import { setCell } from '../helpers/csvRows.ts';
import { copyData } from '../helpers/dataCopy.ts';
import { publishedDataOption } from '../helpers/publishedData.ts';
import { SITE_URL, siteDir } from '../helpers/globalSetup.ts';

/** Hash of every file's path and bytes under `dir`, in a stable order. */
function digest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  for (const file of walk(dir).sort()) hash.update(relative(dir, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

describe('the build', () => {
  let first: string;
  beforeAll(() => {
    // Built like the shared site (with SITE_URL), so link-preview PNGs and the sitemap are compared too.
    const result = buildSite({ env: { SITE_URL }, ...publishedDataOption() });
    expect(result.status, result.stderr).toBe(0);
    first = result.outDir;
  }, 300_000);

  it('marks its output with a marker only this project can sign', () => {
    expect(ownership(join(root, '.build')).owns(first)).toBe(true);
    expect(readFileSync(join(first, '.profiles-build'), 'utf8'), 'the key itself is not in the output').not.toContain(readFileSync(join(root, '.build/owner.key'), 'utf8').trim());
  });

  it('gives byte-identical output for two builds of the same inputs', () => {
    expect(digest(first)).toBe(digest(siteDir));
  });

  it('fails with file:line messages and leaves the last good site untouched', () => {
    const before = digest(first);
    const data = copyData();
    const path = join(data, 'dgi-2023.csv');
    const high = setCell(readFileSync(path, 'utf8'), { cc_iso3c: 'GBR', variable: 'data_driven' }, 'value', '1.7');
    const word = setCell(high.text, { cc_iso3c: 'GBR', variable: 'proactiveness' }, 'value', 'abc');
    writeFileSync(path, word.text);
    const result = buildSite({ outDir: first, dataDir: data });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`dgi-2023.csv:${high.line}: value "1.7" is above the index maximum 1; dgi scores run from 0 to 1`);
    expect(result.stderr).toContain(`dgi-2023.csv:${word.line}: value "abc" is not a number`);
    expect(result.stderr).toContain('2 problems found');
    expect(digest(first)).toBe(before);
  }, 300_000);
});
