import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useAddedEditionsBuild } from '../helpers/addedEditionsBuild.ts';
import { checkAtom } from '../helpers/atom.ts';
import { decodeEntities } from '../helpers/html.ts';
import { publishedData } from '../helpers/publishedData.ts';
import type { ChangeEntry } from '../../src/lib/manifest/changesSchema.ts';
import { dataVersion } from '../../src/lib/query/changes.ts';

/**
 * A correction recorded in the manifest of a test build (test/helpers/changesFixture.ts: Korea's fixture
 * DGI 2027 digital-by-design score, 0.08 before, 0.8 now) reaches every place a reader or re-user looks.
 */
describe('a correction recorded in the manifest', () => {
  const built = useAddedEditionsBuild();

  const raw = (path: string) => readFileSync(join(built(), path), 'utf8');
  const read = (path: string) => decodeEntities(raw(path).replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
  const sentence = 'Corrected on 1 March 2028: Korea, Digital by design in DGI 2027, is 0.8 (it was 0.08).';

  it("appears on What's new, newest first, with the value before and after and a link to the profile", () => {
    const page = read('whats-new/index.html');
    expect(page).toMatch(/1 March 2028 · Values corrected: DGI 2027 A transcription slip in the fixture edition was fixed\. Korea, Digital by design in DGI 2027, is 0\.8 \(it was 0\.08\) See Korea/);
    expect(page.indexOf('1 March 2028')).toBeLessThan(page.indexOf('20 February 2028'));
    expect(read('fr/whats-new/index.html')).toContain("Corée, Numérique dès la conception dans l'édition DGI 2027, est de 0,8 (au lieu de 0,08)");
  });

  it('appears in the site, country and index feeds, which stay valid Atom', () => {
    for (const path of ['feed.xml', 'countries/kor/feed.xml', 'indices/dgi/feed.xml', 'es/feed.xml']) {
      const { problems, feed } = checkAtom(raw(path));
      expect(problems, path).toEqual([]);
      const correction = feed!.entries.find((e) => e.categories.includes('value-corrected'));
      expect(correction?.updated, path).toBe('2028-03-01T00:00:00Z');
      expect(correction?.href, path).toMatch(/\/countries\/kor\/$/);
    }
    expect(checkAtom(raw('countries/dnk/feed.xml')).feed!.entries.some((e) => e.categories.includes('value-corrected'))).toBe(false);
  });

  it('is said on the profile it touches, and not on another', () => {
    expect(read('countries/kor/index.html')).toContain(sentence);
    expect(read('countries/kor/index.html')).toContain('Data last changed 1 March 2028');
    expect(read('countries/dnk/index.html')).not.toContain('Corrected on');
    expect(read('indices/dgi/digital-by-design/index.html')).toContain('Corrected on 1 March 2028');
  });

  it('raises the patch number of the data version in the data package and the JSON downloads', () => {
    const pkg = JSON.parse(raw('downloads/datapackage.json'));
    // The real record's version (1.5.0 with the six editions), then the fixture DGI 2027 (minor + 1), then one correction (patch 1).
    const { changes } = JSON.parse(readFileSync(join(publishedData(), 'manifest.json'), 'utf8')) as { changes: ChangeEntry[] };
    const minor = Number(dataVersion(changes)?.version.split('.')[1]);
    const expected = `1.${minor + 1}.1`;
    expect(pkg.version).toBe(expected);
    expect(pkg.created).toBe('2028-03-01T00:00:00Z');
    expect(JSON.parse(raw('downloads/countries/kor.json')).version).toBe(expected);
    expect(read('countries/dnk/index.html')).toContain(`Data version v${expected} of 1 March 2028`);
  });

  it('is listed on the data-quality page', () => {
    expect(read('data-quality/index.html')).toContain('Corrections 1 March 2028: A transcription slip in the fixture edition was fixed. Korea, Digital by design in DGI 2027, is 0.8 (it was 0.08). See Korea');
  });
});
