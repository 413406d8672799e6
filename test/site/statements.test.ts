/**
 * Every figure said once, the same way, on the shared build of the real data: each fact names its
 * edition (DGI 2025, OURdata 2023), as a journalist, an official and a researcher would check it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/globalSetup.ts';

const html = (path: string) => readFileSync(join(siteDir, path), 'utf8');
/** The page's text as read, charts left out (their labels are checked on their own). */
const text = (path: string) => html(path).replace(/<svg\b[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
/** The rows of an HTML table whose first header cell is `name`, as "cell cell cell". */
const rowsOf = (page: string, name: string) =>
  [...html(page).matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()).filter((r) => r.startsWith(`${name} `));

describe('DGI 2025: France says the OECD change, +0.13, and nowhere +0.14', () => {
  it.each(['countries/fra/index.html', 'fr/countries/fra/index.html', 'es/countries/fra/index.html'])('%s', (page) => {
    const body = html(page);
    expect(body).not.toMatch(/[+]0[.,]14\b/);
  });

  it('the card says the printed change in words, without a sign', () => {
    expect(text('countries/fra/index.html')).toContain('Up 0.13 since 2023, as printed by the OECD.');
    expect(text('fr/countries/fra/index.html')).toContain("En hausse de 0,13 depuis 2023, selon l'OCDE.");
    expect(text('es/countries/fra/index.html')).toContain('Sube 0,13 desde 2023, según la OCDE.');
  });

  it('the DGI 2025 ranking table gives France +0.13', () => {
    expect(rowsOf('indices/dgi/index.html', 'France').some((r) => /\b0\.80 .*\+0\.13\b/.test(r))).toBe(true);
  });

  it('the OURdata 2025 card gives the printed +0.16 and the computed +0.13 beside it, with the data-quality entry', () => {
    const page = text('countries/fra/index.html');
    expect(page).toContain('The OECD prints a change of +0.16 since 2023; the scores of the two editions give +0.13.');
    expect(html('countries/fra/index.html')).toContain('href="/data-quality/#quality-change"');
  });
});

describe('OURdata 2023: Denmark and Sweden (both 0.66) share their rank on every page', () => {
  it('the index page ranks both 8th, in every table of the edition', () => {
    const rows = [...rowsOf('indices/ourdata/index.html', '8th'), ...rowsOf('indices/ourdata/index.html', '7th'), ...rowsOf('indices/ourdata/index.html', '9th')];
    const place = (country: string) => [...new Set(rows.filter((r) => r.includes(` ${country} 0.66 `)).map((r) => r.split(' ')[0]))];
    expect(place('Denmark')).toEqual(['8th']);
    expect(place('Sweden')).toEqual(['8th']);
  });

  it('the Nordic comparison gives both 8th', () => {
    expect(text('compare/nordic/index.html')).toMatch(/Denmark 0\.66 \(8th\).* Sweden 0\.66 \(8th\)/);
  });

  it.each(['countries/dnk/index.html', 'countries/swe/index.html', 'countries/nor/index.html'])('the Nordic table on %s places both 1st in the group', (page) => {
    expect(rowsOf(page, 'Denmark').find((r) => r.includes('0.66'))).toMatch(/0\.66 \(1st\)$/);
    expect(rowsOf(page, 'Sweden').find((r) => r.includes('0.66'))).toMatch(/0\.66 \(1st\)$/);
  });

  it('among the EU member states, both have the same place', () => {
    const place = (page: string) => /OURdata 2023: (\d+)th of the \d+ members covered/.exec(text(page))![1];
    expect(place('countries/dnk/index.html')).toBe(place('countries/swe/index.html'));
  });
});

describe('DGI 2025 figures have 2 decimals everywhere', () => {
  it('history charts label DGI 2025 with 2 decimals (France 0.80, not 0.800)', () => {
    const labels = [...html('countries/fra/dgi-history-fra.svg').matchAll(/class="chart-value"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(labels).toEqual(['0.573', '0.665', '0.80']);
  });

  it('the history table has no change across the 2019 → 2023 methodology break', () => {
    expect(text('countries/kor/index.html')).toContain('2023 0.935 1st of 33 OECD members 0.605 – (methodology break)');
  });

  it('the policy-area changes give DGI 2023 at 3 decimals and DGI 2025 at 2', () => {
    expect(rowsOf('indices/dgi/open-by-default/index.html', 'Chile')).toContain('Chile 0.250 0.56 +0.31');
  });
});

describe('observations.csv', () => {
  const csv = readFileSync(join(siteDir, 'downloads/observations.csv'), 'utf8').replace(/^\uFEFF/, '');
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  const columns = header!.split(',');
  const rows = lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i], v])));

  it('has no OURdata 2023 pillar change from 2019 (a 0–1/3 scale against 0–1), and no -0.00', () => {
    expect(rows.filter((r) => r.index === 'ourdata' && r.edition === '2023' && r.indicator !== 'composite' && r.change !== '')).toEqual([]);
    expect(csv).not.toMatch(/(^|,)-0(\.0+)?(,|$)/m);
  });

  it('gives France DGI 2025 the printed change, 0.13', () => {
    expect(rows.find((r) => r.index === 'dgi' && r.edition === '2025' && r.iso3 === 'FRA' && r.indicator === 'composite')).toMatchObject({ score: '0.80', change: '0.13' });
  });
});

describe('coverage in the words that are true', () => {
  it('the United States profile says once per index that it did not take part (DGI, OURdata 2019–2025)', () => {
    const page = text('countries/usa/index.html');
    expect(page).toContain('The United States did not take part in DGI 2019, 2023 and 2025.');
    expect(page).toContain('The United States did not take part in OURdata 2019, 2023 and 2025.');
    expect(count(page, 'The United States did not take part')).toBe(2);
  });

  it.each(['countries/kor/index.html', 'fr/countries/kor/index.html', 'es/countries/kor/index.html'])('%s never says "not covered"; DGI 2025 assessed, not transcribed, with the OECD note linked', (page) => {
    const body = text(page) + html(page).match(/<svg\b[\s\S]*?<\/svg>/g)!.join(' ');
    expect(body).not.toMatch(/not covered|non couvert|no cubiert/i);
  });

  it('Korea: assessed by the OECD in DGI 2025, not transcribed here, with a link to the OECD country notes', () => {
    expect(text('countries/kor/index.html')).toContain("The OECD assessed Korea in DGI 2025 (partial edition); its results are not transcribed here.");
    expect(html('countries/kor/index.html')).toMatch(/<a href="https:\/\/doi\.org\/[^"]+">The OECD(&#39;|')s country notes, DGI 2025<\/a>/);
  });

  it('the countries page says Costa Rica was not yet a member at the DGI 2019 membership date', () => {
    expect(rowsOf('countries/index.html', 'Costa Rica').some((r) => r.includes("not an OECD member at this edition&#39;s membership date") || r.includes("not an OECD member at this edition's membership date"))).toBe(true);
  });
});

describe('partial editions: no group average, members stated', () => {
  it('DGI 2025 open by default: no EU average, 19 of 27 stated; Bulgaria, Romania, Thailand not stated (not "not covered")', () => {
    const page = text('indices/dgi/open-by-default/index.html');
    expect(page).toMatch(/EU member states – – 19 of 27/);
    expect(page).toContain('Not stated in the source: Bulgaria, Romania, Thailand');
    expect(page).toContain('OECD average, as printed by the OECD 0.59');
  });
});

describe('licences and citations per edition', () => {
  it('the footer gives the 2025 editions under CC BY 4.0', () => {
    expect(text('index.html')).toContain('DGI 2025 and OURdata 2025: Creative Commons Attribution 4.0 (CC BY 4.0)');
  });

  it('a profile cites the Outlook 2026 once, for DGI 2025 and OURdata 2025, without claiming computed ranks', () => {
    const page = text('countries/fra/index.html');
    // Once in the sources cited; the provenance beside each figure names it too (issue 25), but cites nothing.
    const cited = /<ul class="citations">[\s\S]*?<\/ul>/.exec(html('countries/fra/index.html'))?.[0] ?? '';
    expect(count(cited, 'Digital Government Outlook 2026')).toBe(1);
    const line = page.slice(page.indexOf('DGI 2025 and OURdata 2025: OECD (2026), Digital Government Outlook 2026'));
    expect(line).toMatch(/^[^]*?Licence: CC BY 4\.0\. OURdata 2019:/);
    expect(line.slice(0, line.indexOf('OURdata 2019:'))).not.toContain('computed');
    expect(page).toContain('Ranks and OECD averages of DGI 2019, DGI 2023, OURdata 2019 and OURdata 2023 computed by Digital Government Profiles.');
  });

  it('Cite this site gives the address, the data version and the build date', () => {
    expect(text('downloads/index.html')).toMatch(/Digital Government Profiles \(\d{4}\), Based on OECD data; data version v\d+\.\d+\.\d+; built [^,]+, https:\/\/profiles\.example\.org\//);
  });
});

describe('search excerpts come from the page, not its print masthead', () => {
  it('the print masthead is left out of the search index', () => {
    expect(html('countries/kor/index.html')).toMatch(/<div class="print-only print-meta" data-pagefind-ignore/);
  });
});
