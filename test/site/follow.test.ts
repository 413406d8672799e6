/**
 * Following and citing on the shared build of the real data (built with SITE_URL): the Atom feeds and
 * the pages that announce them, and the provenance beside Korea's DGI 2023 headline score.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_URL, siteDir } from '../helpers/globalSetup.ts';
import { checkAtom } from '../helpers/atom.ts';
import { attributes, decodeEntities } from '../helpers/html.ts';
import { publishedData } from '../helpers/publishedData.ts';
import type { ChangeEntry } from '../../src/lib/manifest/changesSchema.ts';
import { dataVersion } from '../../src/lib/query/changes.ts';

const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');

/** The Atom feeds a built page announces in its head, as absolute URLs. */
function announcedFeeds(page: string): string[] {
  return [...read(page).matchAll(/<link [^>]*type="application\/atom\+xml"[^>]*>/g)].map((m) => attributes(m[0]).href!);
}

describe('Atom feeds of the real data', () => {
  it('the site feed is valid Atom with an entry per edition added, the 2025 editions included', () => {
    const { problems, feed } = checkAtom(read('feed.xml'), { absolute: true });
    expect(problems).toEqual([]);
    const added = feed!.entries.filter((e) => e.categories.includes('edition-added')).map((e) => e.title);
    expect(added.sort()).toEqual(['DGI 2019', 'DGI 2023', 'DGI 2025', 'OURdata 2019', 'OURdata 2023', 'OURdata 2025'].map((e) => `Edition added: ${e}`));
  });

  it.each([
    ['countries/kor/index.html', 'countries/kor/feed.xml'],
    ['indices/dgi/index.html', 'indices/dgi/feed.xml'],
    ['fr/countries/kor/index.html', 'fr/countries/kor/feed.xml'],
  ])('%s announces the site feed and its own, which is valid Atom', (page, own) => {
    expect(announcedFeeds(page)).toEqual([`${SITE_URL}${page.startsWith('fr/') ? 'fr/' : ''}feed.xml`, `${SITE_URL}${own}`]);
    const { problems, feed } = checkAtom(read(own), { absolute: true });
    expect(problems).toEqual([]);
    expect(feed!.links.find((l) => l.rel === 'self')!.href).toBe(`${SITE_URL}${own}`);
  });

  it("Korea's feed leaves out DGI 2025, whose file does not hold Korea", () => {
    const titles = checkAtom(read('countries/kor/feed.xml')).feed!.entries.map((e) => e.title);
    expect(titles).toContain('Edition added: DGI 2023');
    expect(titles).not.toContain('Edition added: DGI 2025');
  });
});

/** The version the real record of changes gives (1.5.0 once the six editions were in), its date and that date in words. */
function recorded(): { version: string; created: string; day: string } {
  const { changes } = JSON.parse(readFileSync(join(publishedData(), 'manifest.json'), 'utf8')) as { changes: ChangeEntry[] };
  const found = dataVersion(changes);
  if (!found) throw new Error('the real data has a record of changes');
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(found.created));
  return { ...found, day };
}

describe('provenance on the spot', () => {
  it("the card showing Korea's DGI 2023 score 0.935 links the 2023 paper and names Table A.1", () => {
    const html = read('countries/kor/index.html');
    const card = html.slice(html.indexOf('<section class="card'), html.indexOf('</section>', html.indexOf('<section class="card')));
    expect(decodeEntities(card.replace(/<[^>]+>/g, ' '))).toContain('0.935');
    const source = /<p class="provenance[^"]*"><a href="([^"]+)">([^<]+)<\/a>/.exec(card);
    expect(source?.[1]).toBe('https://doi.org/10.1787/1a89ed5e-en');
    expect(source?.[2]).toContain('Table A.1');
    expect(card).toContain('Rank and OECD average computed by this site');
  });

  it("the card showing Korea's OURdata 2023 composite 0.91 names the publication that printed it, Government at a Glance 2025 (a second source)", () => {
    const html = read('countries/kor/index.html');
    const start = html.indexOf('<section class="card', html.indexOf('<section class="card') + 1);
    const card = html.slice(start, html.indexOf('</section>', start));
    expect(decodeEntities(card.replace(/<[^>]+>/g, ' '))).toContain('0.91');
    const source = /<p class="provenance[^"]*"><a href="([^"]+)">([^<]+)<\/a>/.exec(card);
    expect(source?.[1]).toBe('https://doi.org/10.1787/0efd0bcd-en');
    expect(source?.[2]).toContain('Government at a Glance 2025');
  });

  it('the profile can be cited with its address, the data version and its date', () => {
    const text = decodeEntities(read('countries/kor/index.html').replace(/<[^>]+>/g, ' '));
    const { version, day } = recorded();
    expect(text).toContain(`Digital Government Profiles (2026), Korea, data version ${version} (${day}), based on OECD data, ${SITE_URL}countries/kor/`);
    expect(text).toContain(`@misc{dgprofiles-kor-${version.replace(/\./g, '-')},`);
    expect(text).toContain(`ET  - ${version}`);
  });

  it('the data package carries the data version and the day of the newest change', () => {
    const pkg = JSON.parse(read('downloads/datapackage.json'));
    const { version, created } = recorded();
    expect([pkg.version, pkg.created]).toEqual([version, `${created}T00:00:00Z`]);
  });
});
