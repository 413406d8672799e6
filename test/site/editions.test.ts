/** Every edition as the OECD published it, as a reader meets it on the shared build of the real data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/globalSetup.ts';

const html = (path: string) => readFileSync(join(siteDir, path), 'utf8');
const text = (path: string) => html(path).replace(/<svg\b[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

describe('partial editions on the built site', () => {
  it('the OURdata index page shows 2025 (partial, unranked), 2023 ranked, 2019 and the editions it does not hold', () => {
    const page = text('indices/ourdata/index.html');
    // The partial edition's heading names it; its mark ("scores as published, not ranked") is said in the chart.
    expect(page).toContain('OURdata 2025 (partial edition) The OECD reports change since 2023');
    expect(page).toContain('OURdata 2023: composite ranking');
    expect(page).toContain('Edition 2019');
    expect(page).toMatch(/2015 · Published July 2015 .* not held here/);
  });

  it('draws the partial OURdata 2025 scores in alphabetical order (no ranking look), without rank numbers, with its partial mark and the countries not transcribed, and labels its average as printed', () => {
    const svg = /<svg[^>]*aria-labelledby="ourdata-2025-title[\s\S]*?<\/svg>/.exec(html('indices/ourdata/index.html'))![0];
    const labels = [...svg.matchAll(/<text class="chart-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(labels.slice(0, 3)).toEqual(['Argentina', 'Australia', 'Austria']);
    expect(svg).not.toContain('class="chart-bar');
    expect(svg).toContain('>OURdata 2025: partial edition, scores as published, not ranked</tspan>');
    expect(svg).toMatch(/Assessed by the OECD, not transcribed here: [^<]*Korea/);
    expect(labels.some((l) => /^\d+ /.test(l) || /not ranked/.test(l))).toBe(false);
    expect(svg).toContain('OECD average (as printed) 0.53');
  });

  it('lists no change across the 2019 → 2023 break on a sub-pillar page, and says why', () => {
    const page = text('indices/ourdata/availability-policy/index.html');
    expect(page).toContain('Methodology break: the OECD says 2019 and 2023 cannot be compared, so no changes between them are listed or sorted here.');
    expect(page).not.toContain('Change since 2019 Country');
  });

  it('shows OURdata 2019 pillars with their share of the maximum', () => {
    expect(text('indices/ourdata/data-availability/index.html')).toMatch(/Share of maximum \(0\.33\) .* 1st Korea 0\.31 0\.93 /);
  });

  it('the countries page has a coverage matrix with every status, each absence in its true words', () => {
    const page = text('countries/index.html');
    for (const status of ['in partial edition', 'did not take part', 'not in this edition', 'assessed by the OECD, not transcribed here', "not an OECD member at this edition's membership date"]) expect(page).toContain(status);
    expect(page).toContain('DGI 2025 (partial edition)');
  });

  it('the data-quality page has one table per kind of difference in every language', () => {
    expect(text('data-quality/index.html')).toMatch(/Printed and computed OECD averages .* Printed and computed ranks .* Printed and computed changes .* Given composites and their parts .* Partial editions .* Coverage/);
    expect(text('fr/data-quality/index.html')).toContain('Rangs imprimés et calculés');
    expect(text('es/data-quality/index.html')).toContain('Puestos impresos y calculados');
    expect(text('data-quality/index.html')).toMatch(/OURdata 2019 Greece Composite score 9 8 \+1 both The OECD ranked on unrounded scores: Spain, Greece all print 0\.70/);
  });
});
