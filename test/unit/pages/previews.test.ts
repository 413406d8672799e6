import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { encodePalettePng, pngSize, renderPng } from '../../../src/lib/output/renderPng.ts';
import { previewSvg, wrapText, type PreviewCard } from '../../../src/lib/output/previewSvg.ts';

const card: PreviewCard = {
  path: 'countries/civ/', eyebrow: 'Profil de pays', heading: "Côte d'Ivoire & <Sénégal>",
  rows: [{ label: 'DGI 2023', value: '0,935', detail: '1er sur 33 membres de l’OCDE', share: 0.935 }, { label: 'OURdata 2023', value: 'Non couvert', detail: '', share: null }],
  footer: "Profils de l'administration numérique",
};

describe('wrapText()', () => {
  it.each([
    ['Korea', 20, 2, ['Korea']],
    ['Digital by design and more', 12, 2, ['Digital by', 'design and…']],
    ['Stakeholder engagement for data quality and completeness', 30, 2, ['Stakeholder engagement for', 'data quality and completeness']],
    ['Supercalifragilistic', 8, 2, ['Superca…']],
  ])('%j at %i characters, %i lines → %j', (text, perLine, lines, expected) => {
    expect(wrapText(text, perLine, lines)).toEqual(expected);
  });
});

describe('previewSvg()', () => {
  it('escapes text and draws a bar only where there is a score', () => {
    const svg = previewSvg(card);
    expect(svg).toContain('Côte d&apos;Ivoire'.replace('&apos;', "'"));
    expect(svg).toContain('&amp; &lt;Sénégal&gt;');
    expect(svg.match(/rx="5"/g)).toHaveLength(2);
  });
});

describe('renderPng()', () => {
  it('gives a 1200×630 PNG with the bundled font, identical bytes on every run', () => {
    const a = renderPng(previewSvg(card));
    const b = renderPng(previewSvg(card));
    expect(pngSize(a)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.compare(a, b)).toBe(0);
  });
  it('draws the text (not an empty card): a card with text differs from one without', () => {
    const blank = renderPng(previewSvg({ ...card, eyebrow: '', heading: '', rows: [], footer: '' }));
    expect(Buffer.compare(renderPng(previewSvg(card)), blank)).not.toBe(0);
  });
  it('pngSize() rejects what is no PNG', () => {
    expect(pngSize(Buffer.from('GIF89a……………………………………'))).toBeUndefined();
  });
});

describe('encodePalettePng()', () => {
  const pixels = (colours: number[][]) => Uint8Array.from(colours.flat());
  it('writes the same pixels as an 8-bit palette PNG, colours in first-seen order', () => {
    const png = encodePalettePng(pixels([[11, 57, 84, 255], [255, 255, 255, 255], [11, 57, 84, 255], [1, 2, 3, 255]]), 2, 2)!;
    expect(pngSize(png)).toEqual({ width: 2, height: 2 });
    expect(png[24]).toBe(8);
    expect(png[25]).toBe(3);
    const plte = png.indexOf('PLTE');
    expect([...png.subarray(plte + 4, plte + 13)]).toEqual([11, 57, 84, 255, 255, 255, 1, 2, 3]);
    const idat = png.indexOf('IDAT');
    const length = png.readUInt32BE(idat - 4);
    expect([...inflateSync(png.subarray(idat + 4, idat + 4 + length))]).toEqual([0, 0, 1, 0, 0, 2]);
  });
  it('declines transparent pixels and more than 256 colours (renderPng then keeps the true-colour PNG)', () => {
    expect(encodePalettePng(pixels([[0, 0, 0, 128]]), 1, 1)).toBeUndefined();
    expect(encodePalettePng(pixels(Array.from({ length: 257 }, (_, i) => [i >> 8, i & 255, 0, 255])), 257, 1)).toBeUndefined();
  });
});
