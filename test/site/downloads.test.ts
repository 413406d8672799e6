import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/buildSite.ts';
import { siteDir } from '../helpers/globalSetup.ts';

const parse = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
let observations: string[][] | undefined;
/** The download's rows, parsed once per file (the tests only read them). */
const csv = () => (observations ??= parse(readFileSync(join(siteDir, 'downloads/observations.csv'), 'utf8')));

describe('downloads/observations.csv', () => {
  it('has the documented columns', () => {
    expect(csv()[0]).toEqual(['index', 'edition', 'iso3', 'country', 'indicator', 'score', 'rank', 'ranked_of', 'oecd_average', 'oecd_member', 'origin', 'change', 'methodology_break', 'source_label', 'status', 'printed_rank', 'printed_change', 'printed_change_since', 'oecd_average_printed', 'source', 'source_doi']);
  });

  it('repeats every value of the long input files unchanged', () => {
    const rows = csv();
    const scores = new Map(rows.slice(1).map((r) => [`${r[0]}|${r[1]}|${r[2]}|${r[4]}`, r[5]]));
    const variables: Record<string, string> = { digital_design: 'digital-by-design', data_driven: 'data-driven-public-sector', govt_as_platform: 'government-as-a-platform', open_default: 'open-by-default', user_driven: 'user-driven', proactiveness: 'proactiveness', composite_index: 'composite' };
    let checked = 0;
    for (const [iso3, , variable, value] of parse(readFileSync(join(root, 'data/dgi-2023.csv'), 'utf8')).slice(1)) {
      if (iso3 === 'OECD') continue;
      expect(scores.get(`dgi|2023|${iso3}|${variables[variable!]}`), `${iso3} ${variable}`).toBe(value);
      checked++;
    }
    expect(checked).toBe(38 * 7);
  });

  it('repeats every value of the wide 2019 file as printed (0.90 stays 0.90)', () => {
    const rows = csv();
    const korea = rows.filter((r) => r[0] === 'dgi' && r[1] === '2019' && r[2] === 'KOR').map((r) => r[5]);
    expect(korea).toEqual(['0.742', '0.82', '0.68', '0.89', '0.90', '0.67', '0.5']);
  });

  it('leaves rank and ranked_of empty for unranked countries and fills them for members', () => {
    const rows = csv();
    const peru = rows.find((r) => r[0] === 'dgi' && r[1] === '2023' && r[2] === 'PER' && r[4] === 'composite')!;
    expect([peru[6], peru[7], peru[9]]).toEqual(['', '', 'false']);
    const costaRica = rows.find((r) => r[0] === 'dgi' && r[1] === '2023' && r[2] === 'CRI' && r[4] === 'composite')!;
    expect([costaRica[5], costaRica[6], costaRica[7], costaRica[8]]).toEqual(['0.224', '33', '33', '0.605']);
  });

  // Issue 23 (a behaviour change): the OURdata 2023 composite is the OECD's printed one, from its second source.
  it('gives the OURdata 2023 composite as Government at a Glance 2025 prints it, naming that source, and no change across the 2019→2023 methodology breaks', () => {
    const rows = csv();
    const poland = rows.find((r) => r[0] === 'ourdata' && r[1] === '2023' && r[2] === 'POL' && r[4] === 'composite')!;
    expect([poland[5], poland[10], poland[19], poland[20]]).toEqual(['0.79', 'published', 'OECD (2025), Government at a Glance 2025, OECD Publishing, Paris, OECD Data Explorer, dataflow DSD_GOV@DF_GOV_DGOGD_2025', '10.1787/0efd0bcd-en']);
    const korea = rows.find((r) => r[0] === 'dgi' && r[1] === '2023' && r[2] === 'KOR' && r[4] === 'composite')!;
    expect([korea[5], korea[11], korea[12], korea[20]]).toEqual(['0.935', '', 'true', '10.1787/1a89ed5e-en']);
    expect(korea[19]).toMatch(/^OECD \(2024\), "2023 OECD Digital Government Index: Results and key findings".*, Table A\.1$/);
  });

  it('has no OURdata 2023 change from 2019 (another method, pillars on another scale) and no -0.00', () => {
    const rows = csv();
    expect(rows.filter((r) => r[0] === 'ourdata' && r[1] === '2023' && r[11] !== '')).toEqual([]);
    expect(rows.filter((r) => r.some((cell) => /^-0(\.0+)?$/.test(cell)))).toEqual([]);
  });

  it('gives the change the OECD printed: France DGI 2025 +0.13, not the +0.14 of 0.80 − 0.665', () => {
    const france = csv().find((r) => r[0] === 'dgi' && r[1] === '2025' && r[2] === 'FRA' && r[4] === 'composite')!;
    expect([france[11], france[16]]).toEqual(['0.13', '0.13']);
  });
});

describe('downloads/observations.csv: every edition as the OECD published it', () => {
  const column = (name: string) => csv()[0]!.indexOf(name);
  const row = (index: string, edition: string, iso3: string, indicator = 'composite') =>
    csv().find((r) => r[0] === index && r[1] === edition && r[2] === iso3 && r[4] === indicator);
  const cells = (r: string[] | undefined, ...names: string[]) => names.map((n) => r?.[column(n)]);

  it('OURdata 2019: Korea 0.93, ranked 1st, OECD average 0.60 computed (0.604) and printed', () => {
    expect(cells(row('ourdata', '2019', 'KOR'), 'score', 'rank', 'printed_rank', 'oecd_average', 'oecd_average_printed', 'status')).toEqual(['0.93', '1', '1', '0.60', '0.60', 'complete']);
  });

  it('OURdata 2019: Spain and Greece share computed rank 8; their printed ranks 8 and 9 are kept', () => {
    expect(cells(row('ourdata', '2019', 'ESP'), 'score', 'rank', 'printed_rank')).toEqual(['0.70', '8', '8']);
    expect(cells(row('ourdata', '2019', 'GRC'), 'score', 'rank', 'printed_rank')).toEqual(['0.70', '8', '9']);
  });

  it('OURdata 2019: printed changes since 2017 repeated as printed; Luxembourg has none', () => {
    expect(cells(row('ourdata', '2019', 'KOR'), 'printed_change', 'printed_change_since', 'change')).toEqual(['-0.01', '2017', '']);
    expect(cells(row('ourdata', '2019', 'LUX'), 'score', 'printed_change')).toEqual(['0.53', '']);
  });

  it('DGI and OURdata 2025: partial, no computed rank or average, the printed average and change kept', () => {
    const rows = csv().filter((r) => r[1] === '2025');
    expect(rows.length).toBeGreaterThan(300);
    expect(rows.every((r) => r[column('status')] === 'partial' && r[column('rank')] === '' && r[column('oecd_average')] === '')).toBe(true);
    expect(cells(row('dgi', '2025', 'DNK'), 'score', 'rank', 'oecd_average_printed', 'printed_change', 'change', 'methodology_break')).toEqual(['0.83', '', '0.70', '0.02', '0.02', 'false']);
  });

  it('holds no row for a value the partial source does not state (Poland: open by default)', () => {
    expect(row('dgi', '2025', 'POL', 'open-by-default')).toBeUndefined();
    expect(row('dgi', '2025', 'KOR')).toBeUndefined();
  });
});

describe('MDX components on the built site', () => {
  const text = (path: string) => readFileSync(join(siteDir, path), 'utf8');

  it('show the same figures as the profile pages', () => {
    const note = text('countries/kor/index.html');
    const figures = [...note.matchAll(/<data class="figure" value="([^"]+)">([^<]+)<\/data>/g)].map((m) => m[2]);
    expect(figures).toContain('0.935');
    expect(note).toMatch(/<dd class="stat">0\.935<\/dd>/);
    const french = text('fr/countries/kor/index.html');
    expect(french).toMatch(/<data class="figure" value="0\.935">0,935<\/data>/);
    expect(french).toMatch(/<dd class="stat">0,935<\/dd>/);
  });

  it('render the starter pages', () => {
    for (const path of ['about/index.html', 'methodology/index.html', 'digital-government/index.html', 'fr/methodology/index.html', 'indices/dgi/open-by-default/index.html']) {
      expect(text(path), path).toMatch(/<div class="prose" lang="(en|fr)">\s*<(h2|p)[ >]/);
    }
  });

  it('show a notice where the text exists in the other language only', () => {
    const page = text('fr/countries/deu/index.html');
    expect(page).toContain('<p class="notice" lang="fr">Ce texte n&#39;est pas encore disponible en français');
    expect(page).toContain('<div class="prose" lang="en">');
  });
});

describe('_headers', () => {
  it('repeats the pages\' CSP with security headers and long caching for hashed assets', () => {
    const headers = readFileSync(join(siteDir, '_headers'), 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(join(siteDir, 'countries/kor/index.html'), 'utf8'))![1]!;
    const csp = /Content-Security-Policy: (.*)/.exec(headers)![1]!;
    for (const directive of meta.split(';').map((d) => d.trim()).filter(Boolean)) {
      const [name, ...sources] = directive.split(/\s+/);
      const line = csp.split('; ').find((d) => d.startsWith(`${name} `))!;
      for (const source of sources) expect(line, `${name} ${source}`).toContain(source);
    }
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  });

  it('lets other sites frame the embed pages only', () => {
    const headers = readFileSync(join(siteDir, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/embed\/\*\n {2}Content-Security-Policy: [^\n]*; frame-ancestors \*\n(?! {2}X-Frame-Options)/m);
    expect(headers).toMatch(/^\/fr\/embed\/\*\n {2}Content-Security-Policy: [^\n]*; frame-ancestors \*$/m);
    expect(headers).toMatch(/^\/countries\/\*\n {2}Content-Security-Policy: [^\n]*; frame-ancestors 'none'\n {2}X-Frame-Options: DENY$/m);
    expect(headers).toMatch(/^\/\n {2}Content-Security-Policy: [^\n]*; frame-ancestors 'none'\n {2}X-Frame-Options: DENY$/m);
    expect(readFileSync(join(siteDir, 'embed/countries/dnk/index.html'), 'utf8')).toContain('<svg');
  });
});
