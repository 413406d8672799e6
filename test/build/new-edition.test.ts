import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useAddedEditionsBuild } from '../helpers/addedEditionsBuild.ts';

/** A DGI 2027 edition, one CSV plus one manifest entry (test/helpers/addedEditionsBuild.ts). */
describe('a new edition added as data plus a manifest entry', () => {
  const built = useAddedEditionsBuild();

  const read = (path: string) => readFileSync(join(built(), path), 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  it('appears on country profiles, ranked among members with a computed composite', () => {
    const dnk = read('countries/dnk/index.html');
    expect(dnk).toContain('DGI 2027');
    expect(dnk).toContain('1st of 3 OECD members');
    expect(dnk).toContain('0.923');
    // The verdict's key figures (issue 21): score, then the rank or why there is none.
    expect(read('countries/per/index.html')).toMatch(/DGI 2027 Score 0\.990 .*Rank not ranked \(non-member\)/);
    expect(read('countries/deu/index.html')).toContain('DGI 2027 Score 0.633');
  });

  it('appears on policy-area pages with the OECD average and change since the partial 2025 edition', () => {
    const page = read('indices/dgi/open-by-default/index.html');
    expect(page).toContain('DGI 2027: every country ranked');
    expect(page).toContain('Change since 2025');
    expect(page).toMatch(/Denmark 0\.81 0\.900 \+0\.09/);
  });

  it('is named by the texts without an edit to them: the home page lists it and says rankings now use it', () => {
    const home = read('index.html');
    expect(home).toContain('DGI 2027 , published February 2028; 4 countries: the 3 OECD members ranked, 1 other country shown without a rank.');
    expect(home).toContain('the latest complete editions, DGI 2027 and');
    expect(read('indices/dgi/open-by-default/index.html')).toMatch(/The OECD average for this dimension is 0\.\d+ \(DGI 2027\); in the latest complete edition, where members are ranked, it is 0\.\d+ \(DGI 2027\)\./);
  });

  it('is in the downloads with rank and average, and the change at the fewer decimals of the two editions, as the pages show it', () => {
    const csv = readFileSync(join(built(), 'downloads/observations.csv'), 'utf8');
    // The last two columns name the publication (issue 23): a computed composite, that of its parts.
    expect(csv).toMatch(/^dgi,2027,DNK,Denmark,composite,0\.923,1,3,0\.785,true,computed,0\.09,false,,complete,,,,,"?OECD \(2026\), fixture edition"?,10\.1787\/00000000-en$/m);
  });
});
