import { describe, expect, it } from 'vitest';
import { pngSize, renderPng } from '../../src/lib/output/renderPng.ts';
import { previewSvg, wrapText, type PreviewCard } from '../../src/lib/output/previewSvg.ts';

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
