import { describe, expect, it } from 'vitest';
import { chartFiles, standaloneSvg, tablesToCsv } from '../../src/lib/output/chartFiles.ts';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--x" role="img" aria-labelledby="c-title c-desc" viewBox="0 0 640 120" width="100%" font-size="12">\n<title id="c-title">T</title>\n<desc id="c-desc">D</desc>\n<rect class="chart-bar chart-bar--highlight" x="1" y="2" width="3" height="4"/><path class="map-blank" fill="url(#h)" d="M0 0z"/><text class="chart-value" x="1" y="2">0.5</text><text x="1" y="2">n</text>\n</svg>';

describe('standaloneSvg()', () => {
  const out = standaloneSvg(SVG);
  it('sizes the file, paints a white background and turns classes into presentation attributes', () => {
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg width="640" height="120" xmlns=')).toBe(true);
    expect(out).not.toContain('width="100%" font-size');
    expect(out).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(out).toContain('<rect class="chart-bar chart-bar--highlight" x="1" y="2" width="3" height="4" fill="#0a4a94"/>');
    expect(out, 'the element’s own fill wins').toContain('<path class="map-blank" fill="url(#h)" d="M0 0z" stroke="#cfd6df" stroke-width="0.5"/>');
    expect(out).toContain('<text class="chart-value" x="1" y="2" fill="#4a5361" paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round">0.5</text>');
    expect(out).toContain('<text x="1" y="2" fill="#1b1f24">n</text>');
    expect(out).not.toMatch(/<style|style=/);
  });
});

describe('tablesToCsv()', () => {
  it.each<[string, string]>([
    ['<table><caption>Cap &amp; more</caption><tr><th>A</th><th>B</th></tr><tr><td>x, y</td><td>+0.167</td></tr></table>', 'Cap & more\r\nA,B\r\n"x, y",0.167\r\n'],
    ['<table><tr><th scope="row"><a href="/x/">Korea</a> <span>(not ranked)</span></th><td>\u22120.05</td><td>=1+1</td></tr></table>', "Korea (not ranked),-0.05,'=1+1\r\n"],
    ['<table><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table>', '1\r\n\r\n2\r\n'],
    ['<p>no table</p>', ''],
  ])('%s', (html, csv) => {
    expect(tablesToCsv(html)).toBe(csv);
  });
});

describe('chartFiles()', () => {
  it('finds each marked figure with its wide drawing and table, and skips unmarked ones', () => {
    const page = `<figure class="chart-figure" id="a-b" data-chart-file=""><div class="chart-wide">${SVG}</div><div class="chart-narrow"><svg class="narrow"></svg></div><table><tr><td>1</td></tr></table></figure><figure id="plain"><div class="chart-any">${SVG}</div></figure>`;
    const files = chartFiles(page);
    expect(files.map((f) => f.id)).toEqual(['a-b']);
    expect(files[0]!.svg).toContain('class="chart chart--x"');
    expect(files[0]!.csv).toBe('1\r\n');
  });
});

describe('chartFiles() with the figure’s context', () => {
  const page = `<figure class="chart-figure" id="a-b" data-chart-file="" data-chart-title="DGI 2025: composite" data-chart-subtitle="DGI 2025 (partial edition)" data-chart-credit="Source: OECD (2026). Licence: CC BY 4.0." data-chart-address="https://example.org/en/#a-b"><div class="chart-wide">${SVG}</div><table><tr><td>1</td></tr></table></figure>`;
  const [file] = chartFiles(page);

  it('draws title, subtitle, source, licence and address into the SVG, the chart moved down between them', () => {
    expect(file!.svg).toMatch(/<text x="8" y="19" font-size="15" class="chart-context-title" font-weight="700" fill="#1b1f24">DGI 2025: composite<\/text>/);
    expect(file!.svg).toContain('>DGI 2025 (partial edition)</text>');
    expect(file!.svg).toContain('>Source: OECD (2026). Licence: CC BY 4.0.</text>');
    expect(file!.svg).toContain('>https://example.org/en/#a-b</text>');
    expect(file!.svg).toMatch(/<g transform="translate\(0,\d+\)">/);
    const [, w, h] = /<svg width="(\d+)" height="(\d+)"/.exec(file!.svg)!;
    expect(Number(w)).toBe(640);
    expect(Number(h)).toBeGreaterThan(120 + 60);
  });

  it('writes the same context atop the CSV', () => {
    expect(file!.csv).toBe('DGI 2025: composite\r\nDGI 2025 (partial edition)\r\nSource: OECD (2026). Licence: CC BY 4.0.\r\nhttps://example.org/en/#a-b\r\n\r\n1\r\n');
  });
});
