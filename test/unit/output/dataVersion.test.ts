/**
 * The data version without a record of changes (a manifest with no `changes`, as the statement fixture):
 * a short fingerprint of the figures, said the same in the footer, the citations, the data package and the
 * JSON downloads; the same for the same figures, another when a figure changes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataPackage } from '../../../src/lib/output/dataPackage.ts';
import { countryFile, observationsJson } from '../../../src/lib/output/downloadFiles.ts';
import { versionOfData } from '../../../src/lib/output/version.ts';
import { citeThis } from '../../../src/lib/pages/citeThis.ts';
import { dataVersion } from '../../../src/lib/pages/downloads.ts';
import { pageHead } from '../../../src/lib/pages/head.ts';
import { buildFrom, repoRoot } from '../../helpers/realData.ts';
import { langs, pageContext } from '../../helpers/pageInputs.ts';

const fixture = join(repoRoot, 'test', 'fixtures', 'statements');

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('the data version without a record of changes', () => {
  const ctx = pageContext('en', { dir: fixture });
  const version = dataVersion(ctx);

  it('is a 12-hex-digit fingerprint of the figures, the same on every build of the same data', () => {
    expect(ctx.data.dataset.changes).toEqual([]);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(versionOfData(buildFrom(repoRoot, fixture))).toEqual({ version, text: version });
  });

  it.each(langs)('is said the same in the footer, the citation, the data package and the JSON downloads (%s)', (lang) => {
    const c = pageContext(lang, { dir: fixture });
    const footer = pageHead(c, { title: 't', description: 'd', path: 'countries/kor/' }).dataVersion!;
    expect(footer.text).toBe({ en: `Data version ${version}`, fr: `Version des données ${version}`, es: `Versión de los datos ${version}` }[lang]);
    expect(citeThis(c, 'Korea', 'countries/kor/', 'kor').cite.text).toContain(version);
    expect(dataPackage(c.data, undefined)).toMatchObject({ version });
    expect(dataPackage(c.data, undefined)).not.toHaveProperty('created');
    expect(JSON.parse(observationsJson(c.data))).toMatchObject({ version });
    expect(JSON.parse(countryFile(c.data, 'KOR', 'json'))).toMatchObject({ version });
  });

  it('changes when a figure changes', () => {
    dir = mkdtempSync(join(tmpdir(), 'version-'));
    const data = join(dir, 'data');
    cpSync(fixture, data, { recursive: true });
    writeFileSync(join(data, 'fix-2023.csv'), readFileSync(join(data, 'fix-2023.csv'), 'utf8').replace('NLD,2023,d1,0.740', 'NLD,2023,d1,0.741').replace('NLD,2023,comp,0.740', 'NLD,2023,comp,0.741'));
    const changed = versionOfData(buildFrom(dir, data)).version;
    expect(changed).toMatch(/^[0-9a-f]{12}$/);
    expect(changed).not.toBe(version);
  });
});
