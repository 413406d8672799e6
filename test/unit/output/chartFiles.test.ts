import { describe, expect, it } from 'vitest';
import { chartFile, standaloneSvg, tablesToCsv } from '../../../src/lib/output/chartFiles.ts';

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
    ['<table><caption>IGN 2023\u00a0:\n  score</caption><tr><td>83\u202f%</td></tr></table>', 'IGN 2023\u00a0: score\r\n83\u202f%\r\n'],
  ])('%s', (html, csv) => {
    expect(tablesToCsv(html)).toBe(csv);
  });
});

const FIGURE = { id: 'a-b', title: 'DGI 2025: composite', subtitle: 'DGI 2025 (partial edition)', credit: 'Source: OECD (2026). Licence: CC BY 4.0.', address: 'https://example.org/en/#a-b', svg: SVG };

describe('chartFile()', () => {
  it('makes the files from the figure’s wide drawing and the tables rendered under it', () => {
    const file = chartFile('fr/countries/kor/', { id: 'a-b', title: '', address: '', svg: SVG }, '<table><tr><td>1</td></tr></table>');
    expect(file.page).toBe('fr/countries/kor/');
    expect(file.id).toBe('a-b');
    expect(file.svg).toContain('class="chart chart--x"');
    expect(file.svg, 'no title, no context').not.toContain('chart-context');
    expect(file.csv).toBe('\uFEFF1\r\n');
  });

  it('writes an empty CSV (its byte-order mark only) for a figure without a table', () => {
    expect(chartFile('', FIGURE, '<p>no table</p>').csv).toBe('\uFEFF');
  });
});

describe('chartFile() with the figure’s context', () => {
  const file = chartFile('', FIGURE, '<table><tr><td>1</td></tr></table>');

  it('draws title, subtitle, source, licence and address into the SVG, the chart moved down between them', () => {
    expect(file.svg).toMatch(/<text x="8" y="19" font-size="15" class="chart-context-title" font-weight="700" fill="#1b1f24">DGI 2025: composite<\/text>/);
    expect(file.svg).toContain('>DGI 2025 (partial edition)</text>');
    expect(file.svg).toContain('>Source: OECD (2026). Licence: CC BY 4.0.</text>');
    expect(file.svg).toContain('>https://example.org/en/#a-b</text>');
    expect(file.svg).toMatch(/<g transform="translate\(0,\d+\)">/);
    const [, w, h] = /<svg width="(\d+)" height="(\d+)"/.exec(file.svg) ?? [];
    expect(Number(w)).toBe(640);
    expect(Number(h)).toBeGreaterThan(120 + 60);
  });

  it('keeps the no-break spaces French typography needs in the context and wraps only at breaking spaces', () => {
    const fr = chartFile('', { ...FIGURE, title: 'IGN 2025\u00a0: « indice composite »', subtitle: 'Édition\u202fpartielle' }, '<table><tr><td>1</td></tr></table>');
    expect(fr.svg).toContain('>IGN 2025\u00a0: « indice composite »</text>');
    expect(fr.csv.startsWith('\uFEFFIGN 2025\u00a0: « indice composite »\r\nÉdition\u202fpartielle\r\n')).toBe(true);
  });

  it('writes the same context atop the CSV', () => {
    expect(file.csv).toBe('\uFEFFDGI 2025: composite\r\nDGI 2025 (partial edition)\r\nSource: OECD (2026). Licence: CC BY 4.0.\r\nhttps://example.org/en/#a-b\r\n\r\n1\r\n');
  });
});
