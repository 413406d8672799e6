import { describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../../../src/lib/manifest/changesSchema.ts';
import { citePage } from '../../../src/lib/output/citations.ts';
import { renderAtom, stableId } from '../../../src/lib/output/atom.ts';
import { dataVersion } from '../../../src/lib/query/changes.ts';
import { indexPage } from '../../../src/lib/pages/indexPage.ts';
import { profilePage } from '../../../src/lib/pages/profilePage.ts';
import { checkAtom } from '../../helpers/atom.ts';
import { useDataCopy } from '../../helpers/realData.ts';
import { langs, pageContext, SITE } from '../../helpers/pageInputs.ts';

const text = { en: 'x', fr: 'x', es: 'x' };
const change = (date: string, kind: ChangeEntry['kind']): ChangeEntry =>
  (kind === 'value-corrected'
    ? { date, kind, editions: [{ index: 'dgi', edition: '2023' }], values: [{ country: 'KOR', indicator: 'composite', before: '0.9', after: '0.935' }], text }
    : { date, kind, editions: [{ index: 'dgi', edition: '2023' }], text }) as ChangeEntry;

describe('dataVersion()', () => {
  it.each([
    { what: 'an empty record', changes: [], version: undefined },
    { what: 'one edition added', changes: [change('2026-11-26', 'edition-added')], version: { version: '1.0.0', created: '2026-11-26' } },
    { what: 'three additions', changes: ['2026-11-26', '2026-11-26', '2026-12-01'].map((d) => change(d, 'edition-added')), version: { version: '1.2.0', created: '2026-12-01' } },
    { what: 'a correction after them', changes: [change('2026-11-26', 'edition-added'), change('2026-12-05', 'value-corrected')], version: { version: '1.0.1', created: '2026-12-05' } },
    { what: 'an addition after a correction (patch back to 0)', changes: [change('2026-11-26', 'edition-added'), change('2026-12-05', 'value-corrected'), change('2027-01-02', 'edition-completed')], version: { version: '1.1.0', created: '2027-01-02' } },
    { what: 'entries out of date order (taken by date)', changes: [change('2027-01-02', 'value-corrected'), change('2026-11-26', 'edition-added')], version: { version: '1.0.1', created: '2027-01-02' } },
  ])('$what → $version.version', ({ changes, version }) => {
    expect(dataVersion(changes)).toEqual(version);
  });
});

describe('the Atom writer', () => {
  it('escapes text, keeps the entries in order and parses back', () => {
    const xml = renderAtom({
      id: stableId('feed'), title: 'A & B <c>', updated: '2026-12-01T00:00:00Z', self: 'https://x.org/feed.xml', alternate: 'https://x.org/', lang: 'fr', author: 'OECD',
      entries: [{ id: stableId('e1'), title: '"1"', updated: '2026-12-01T00:00:00Z', href: 'https://x.org/a/?b=1&c=2', summary: 'é < ü' }, { id: stableId('e2'), title: '2', updated: '2026-11-01T00:00:00Z', href: 'https://x.org/b/', summary: 's' }],
    });
    const { problems, feed } = checkAtom(xml, { absolute: true });
    expect(problems).toEqual([]);
    expect(feed!.title).toBe('A & B <c>');
    expect(feed!.entries.map((e) => [e.title, e.href, e.summary])).toEqual([['"1"', 'https://x.org/a/?b=1&c=2', 'é < ü'], ['2', 'https://x.org/b/', 's']]);
  });

  it('gives name-based UUIDs: the same for the same key, version 5, RFC 4122 variant', () => {
    expect(stableId('change|3')).toBe(stableId('change|3'));
    expect(stableId('change|3')).not.toBe(stableId('change|4'));
    expect(stableId('x')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('citePage()', () => {
  it('writes text, BibTeX and RIS with the address, data version and date', () => {
    const cite = citePage({ site: 'Digital Government Profiles', title: 'Korea', key: 'kor', year: '2026', note: 'data version 1.5.0 (1 December 2026)', version: '1.5.0', date: '2026-12-01', url: 'https://x.org/countries/kor/' });
    expect(cite.text).toBe('Digital Government Profiles (2026), Korea, data version 1.5.0 (1 December 2026), https://x.org/countries/kor/');
    expect(cite.bibtex).toContain('@misc{dgprofiles-kor-1-5-0,');
    expect(cite.bibtex).toContain('  version = {1.5.0}');
    expect(cite.ris.split('\n')).toEqual(expect.arrayContaining(['TY  - ELEC', 'ET  - 1.5.0', 'DA  - 2026/12/01', 'UR  - https://x.org/countries/kor/', 'ER  - ']));
  });
});

describe.each(langs)('follow and cite on the pages of the real data (%s)', (lang) => {
  const ctx = pageContext(lang);

  it("Korea's DGI card names DGI 2023's Table A.1 and links its DOI; the rank is said to be computed", () => {
    const page = profilePage(ctx, { iso3: 'KOR' });
    expect(page.provenance.dgi).toEqual({ text: expect.stringContaining('Table A.1'), href: 'https://doi.org/10.1787/1a89ed5e-en', computed: ctx.t('follow.computed') });
    expect(page.follow.cite.cite.text).toContain(`${SITE}${lang === 'en' ? '' : `${lang}/`}countries/kor/`);
    expect(page.follow.cite.figures.map((f) => f.cite.text.split(' ').at(-1))).toContain(`${SITE}${lang === 'en' ? '' : `${lang}/`}countries/kor/#dgi-2023-kor-dims`);
    expect(page.follow.corrections).toEqual([]);
  });

  it('the DGI page says no next edition is announced (none is declared) and that the partial 2025 averages are printed ones', () => {
    const page = indexPage(ctx, { index: 'dgi' });
    expect(page.next).toEqual({ text: ctx.t('follow.nextEdition.none') });
    expect(page.first.map((e) => e.provenance.computed)).toEqual([ctx.t('follow.computedAverage'), ctx.t('follow.computed')]);
    expect(page.past.map((e) => e.provenance.href)).toEqual(['https://doi.org/10.1787/4de9f5bb-en']);
  });
});

describe('the next expected edition', () => {
  const data = useDataCopy();
  it('is shown on the index page as declared, with where the OECD announced it, and no longer once that edition is held', () => {
    data().editManifest((m) => {
      m.nextEditions = [
        { index: 'dgi', edition: '2027', expected: '2027-06', announced: '2026-12-01', source: { title: 'OECD announcement', url: 'https://www.oecd.org/example' } },
        { index: 'ourdata', edition: '2023', expected: '2023', announced: '2023-01-01', source: { title: 'Old announcement', url: 'https://www.oecd.org/old' } },
      ];
    });
    const ctx = pageContext('fr', { dir: data().dir });
    expect(indexPage(ctx, { index: 'dgi' }).next).toEqual({
      text: 'Prochaine édition attendue\u202f: DGI 2027, juin 2027, selon l\'annonce de l\'OCDE.',
      source: { text: 'OECD announcement', href: 'https://www.oecd.org/example' },
    });
    expect(indexPage(ctx, { index: 'ourdata' }).next.text).toBe(ctx.t('follow.nextEdition.none'));
  });
});
