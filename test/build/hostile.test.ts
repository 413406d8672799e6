import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useAddedEditionsBuild } from '../helpers/addedEditionsBuild.ts';
import { htmlFiles } from '../helpers/html.ts';

/** Hostile labels arrive with an OURdata 2027 edition in the SDMX layout (test/helpers/addedEditionsBuild.ts). */
describe('hostile labels from an SDMX export', () => {
  const built = useAddedEditionsBuild();

  it('shows a label with markup as text on the profile', () => {
    const html = readFileSync(join(built(), 'countries/kor/index.html'), 'utf8');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
  });

  it('never lets data open a script or img element anywhere in the site', () => {
    for (const file of htmlFiles(built())) {
      const html = readFileSync(join(built(), file), 'utf8');
      expect(html, file).not.toMatch(/<img src=x|<script>alert|onerror=alert\(1\)>/);
    }
  });

  it('neutralises formula cells in the CSV download but keeps numbers numeric', () => {
    const csv = readFileSync(join(built(), 'downloads/observations.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain(`'@SUM(A1:A2)`);
    expect(csv).toContain(`'+1-2`);
    expect(csv).toContain(`"""><script>alert(2)</script>"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv).toMatch(/^ourdata,2027,KOR,Korea,composite,0\.935,1,33,/m);
  });
});
