import { describe, expect, it } from 'vitest';
import { citeSite, citeSource, parseCitation, sourcesOf } from '../../../src/lib/output/citations.ts';
import type { Edition } from '../../../src/lib/model/types.ts';

const edition = (index: string, name: string, citation: string, doi: string, license: 'oecd-terms' | 'CC-BY-4.0' = 'oecd-terms') =>
  ({ index, edition: name, published: '2026-06', source: { citation, doi, license } }) as unknown as Edition;

describe('parseCitation()', () => {
  it.each([
    ['OECD (2020), "Digital Government Index: 2019 results", OECD Public Governance Policy Papers, No. 03, OECD Publishing, Paris',
      { author: 'OECD', year: '2020', title: 'Digital Government Index: 2019 results', series: 'OECD Public Governance Policy Papers, No. 03', publisher: 'OECD Publishing', place: 'Paris' }],
    ['OECD (2026), *Digital Government Outlook 2026: From Foundations to Transformational Impact*, OECD Publishing, Paris',
      { author: 'OECD', year: '2026', title: 'Digital Government Outlook 2026: From Foundations to Transformational Impact', series: '', publisher: 'OECD Publishing', place: 'Paris' }],
    ['OECD (2023), "2023 OECD Open, Useful and Re-usable data (OURdata) Index: Results and key findings", OECD Public Governance Policy Papers, OECD Publishing, Paris',
      { author: 'OECD', year: '2023', title: '2023 OECD Open, Useful and Re-usable data (OURdata) Index: Results and key findings', series: 'OECD Public Governance Policy Papers', publisher: 'OECD Publishing', place: 'Paris' }],
    ['OECD (2020), Plain title, OECD Publishing, Paris', { author: 'OECD', year: '2020', title: 'Plain title', series: '', publisher: 'OECD Publishing', place: 'Paris' }],
    ['A free-form reference', { author: '', year: '2026', title: 'A free-form reference', series: '', publisher: '', place: '' }],
  ])('%s', (citation, parts) => {
    expect(parseCitation(citation, '2026-06')).toEqual(parts);
  });
});

describe('sourcesOf() and citeSource()', () => {
  const outlook = 'OECD (2026), "Digital Government Outlook 2026", OECD Publishing, Paris';
  const sources = sourcesOf([
    edition('dgi', '2025', outlook, '10.1787/0496b2bc-en', 'CC-BY-4.0'),
    edition('ourdata', '2025', outlook, '10.1787/0496b2bc-en', 'CC-BY-4.0'),
    edition('dgi', '2023', 'OECD (2024), "2023 OECD Digital Government Index", OECD Publishing, Paris', '10.1787/1a89ed5e-en'),
  ]);
  it('gives one source per DOI with every edition it holds', () => {
    expect(sources.map((s) => [s.key, s.license, s.editions.map((e) => `${e.index} ${e.edition}`)])).toEqual([
      ['oecd2026-0496b2bcen', 'CC-BY-4.0', ['dgi 2025', 'ourdata 2025']],
      ['oecd2024-1a89ed5een', 'oecd-terms', ['dgi 2023']],
    ]);
  });
  it('writes text, BibTeX and RIS', () => {
    const cite = citeSource(sources[0]!);
    expect(cite.text).toBe(`${outlook}, https://doi.org/10.1787/0496b2bc-en`);
    expect(cite.bibtex).toBe([
      '@techreport{oecd2026-0496b2bcen,', '  author = {{OECD}},', '  title = {Digital Government Outlook 2026},',
      '  institution = {OECD Publishing},', '  address = {Paris},', '  year = {2026},', '  doi = {10.1787/0496b2bc-en},',
      '  url = {https://doi.org/10.1787/0496b2bc-en}', '}',
    ].join('\n'));
    expect(cite.ris).toBe([
      'TY  - RPRT', 'AU  - OECD', 'PY  - 2026', 'TI  - Digital Government Outlook 2026', 'PB  - OECD Publishing', 'CY  - Paris',
      'DO  - 10.1787/0496b2bc-en', 'UR  - https://doi.org/10.1787/0496b2bc-en', 'ER  - ',
    ].join('\n'));
  });
  it('escapes BibTeX specials', () => {
    const [s] = sourcesOf([edition('dgi', '1', 'OECD (2020), "Data & AI: 50% done", OECD Publishing, Paris', '10.1787/x_y')]);
    expect(citeSource(s!).bibtex).toContain('title = {Data \\& AI: 50\\% done}');
  });
});

describe('citeSite()', () => {
  it('leaves the URL out when the site address is unknown', () => {
    const cite = citeSite({ title: 'Digital Government Profiles', note: 'Based on OECD data', year: '2024', url: undefined });
    expect(cite.text).toBe('Digital Government Profiles (2024), Based on OECD data');
    expect(cite.bibtex).not.toContain('url');
    expect(cite.ris).not.toContain('UR  -');
  });
  it('gives the URL when known', () => {
    expect(citeSite({ title: 'T', note: 'N', year: '2024', url: 'https://x.org/' }).ris).toContain('UR  - https://x.org/');
  });
});
