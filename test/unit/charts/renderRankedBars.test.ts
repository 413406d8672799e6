import { describe, expect, it } from 'vitest';
import { localeFormatValue, renderRankedBars, sortRankedRows, type RankedBarRow } from '../../../src/lib/charts/index.ts';
import { averageSegments } from '../../../src/lib/charts/renderRankedBars.ts';
import { expectInert, expectWellFormed } from './helpers.ts';

const base = { id: 'bars', title: 'DGI 2023', summary: 'Composite scores.' };
const KOR: RankedBarRow = { code: 'KOR', label: 'Korea', value: 0.935, rank: 1 };
const DNK: RankedBarRow = { code: 'DNK', label: 'Denmark', value: 0.811, rank: 2 };
const PER: RankedBarRow = { code: 'PER', label: 'Peru', value: 0.62, rank: null };
const DEU: RankedBarRow = { code: 'DEU', label: 'Germany', value: null, rank: null };

const labelsInOrder = (markup: string): string[] =>
  [...markup.matchAll(/<text class="chart-label"[^>]*text-anchor="end"[^>]*>(?:<tspan[^>]*>[^<]*<\/tspan>)?([^<]*)<\/text>/g)].map(
    (m) => m[1] as string,
  );

describe('renderRankedBars() draws no bar for a missing value and says not covered', () => {
  it.each<[string, number | null]>([
    ['null', null],
    ['NaN', NaN],
    ['Infinity', Infinity],
  ])('value %s', (_name, value) => {
    const markup = renderRankedBars({ ...base, rows: [KOR, { ...DEU, value }] }).toString();
    expect(markup.match(/<rect class="chart-bar/g)).toHaveLength(1);
    expect(markup).not.toContain('Germany: ');
    expect(markup).toMatch(/>Germany<\/text><text class="chart-value"[^>]*>not covered<\/text>/);
    expect(labelsInOrder(markup)).toEqual(['1 Korea', 'Germany']);
  });

  it('uses the caller\'s wording for "not covered"', () => {
    const markup = renderRankedBars({ ...base, rows: [DEU], labels: { notCovered: 'non couvert' } }).toString();
    expect(markup).toContain('>non couvert</text>');
  });
});

describe('renderRankedBars() sorts ties by label', () => {
  const IRL: RankedBarRow = { code: 'IRL', label: 'Ireland', value: 0.411, rank: 23 };
  const CHL: RankedBarRow = { code: 'CHL', label: 'Chile', value: 0.411, rank: 23 };
  const BEL: RankedBarRow = { code: 'BEL', label: 'Belgium', value: 0.406, rank: 25 };
  const X1: RankedBarRow = { code: 'XB', label: 'Same', value: 0.5, rank: null };
  const X2: RankedBarRow = { code: 'XA', label: 'Same', value: 0.5, rank: null };

  it.each<[string, RankedBarRow[], string[]]>([
    ['tied pair, label order', [CHL, IRL, BEL], ['CHL', 'IRL', 'BEL']],
    ['tied pair, reversed input', [BEL, IRL, CHL], ['CHL', 'IRL', 'BEL']],
    ['equal labels fall back to code', [X1, X2], ['XA', 'XB']],
    ['accented labels collate naturally', [
      { code: 'TUR', label: 'Türkiye', value: 0.5, rank: 1 },
      { code: 'TUN', label: 'Tunisia', value: 0.5, rank: 1 },
      { code: 'TUV', label: 'Tuvalu', value: 0.5, rank: 1 },
    ], ['TUN', 'TUR', 'TUV']],
  ])('%s', (_name, rows, expected) => {
    expect(sortRankedRows(rows).map((r) => r.code)).toEqual(expected);
  });

  it('puts ranked rows first, then unranked by value, then missing by label', () => {
    const rows: RankedBarRow[] = [DEU, PER, { code: 'ROU', label: 'Romania', value: 0.198, rank: null }, DNK, { code: 'CHE', label: 'Switzerland', value: null, rank: null }, KOR];
    expect(sortRankedRows(rows).map((r) => r.code)).toEqual(['KOR', 'DNK', 'PER', 'ROU', 'DEU', 'CHE']);
  });

  it('renders tied rows in label order with their shared rank', () => {
    const markup = renderRankedBars({ ...base, rows: [IRL, BEL, CHL] }).toString();
    expect(labelsInOrder(markup)).toEqual(['23 Chile', '23 Ireland', '25 Belgium']);
  });
});

describe('renderRankedBars() marks meaning without relying on colour', () => {
  const markup = renderRankedBars({ ...base, rows: [KOR, { ...DNK, highlight: true }, PER], average: 0.605 }).toString();

  it('gives the highlighted row a class, a bold label and a ▶ marker', () => {
    expect(markup).toContain('class="chart-bar chart-bar--highlight"');
    expect(markup).toMatch(/font-weight="700"><tspan aria-hidden="true">▶ <\/tspan>2 Denmark<\/text>/);
    expect(markup.match(/▶/g)).toHaveLength(1);
  });

  it('draws unranked rows with their own class and a text suffix', () => {
    expect(markup).toContain('class="chart-bar chart-bar--unranked"');
    expect(markup).toContain('>Peru (not ranked)</text>');
    expect(labelsInOrder(markup)).toEqual(['1 Korea', '2 Denmark', 'Peru (not ranked)']);
  });

  it('draws the OECD average as a labelled line', () => {
    expect(markup).toMatch(/<line class="chart-avg" x1="([\d.]+)" x2="\1"/);
    expect(markup).toContain('>OECD average 0.605</text>');
  });

  it('omits the average line when there is no average', () => {
    const none = renderRankedBars({ ...base, rows: [KOR], average: null }).toString();
    expect(none).not.toContain('chart-avg');
  });
});

describe('renderRankedBars() formats numbers for the caller\'s locale', () => {
  it('uses the caller\'s formatter for values, average and ticks', () => {
    const markup = renderRankedBars({
      ...base,
      rows: [KOR, PER],
      average: 0.605,
      formatValue: localeFormatValue('fr-FR'),
      labels: { average: 'Moyenne OCDE', notRanked: 'non classé' },
    }).toString();
    expect(markup).toContain('>0,935</text>');
    expect(markup).toContain('>Moyenne OCDE 0,605</text>');
    expect(markup).toContain('>0,4</text>');
    expect(markup).toContain('>Peru (non classé)</text>');
    expectWellFormed(markup);
  });

  it.each<[number | undefined, string]>([
    [undefined, '>0.2</text>'],
    [2, '>0.20</text>'],
    [0, '>0</text>'],
  ])('uses tickDecimals %s for axis ticks', (tickDecimals, expected) => {
    const markup = renderRankedBars({ ...base, rows: [KOR], ...(tickDecimals === undefined ? {} : { tickDecimals }) }).toString();
    expect(markup).toContain(expected);
  });
});

describe('renderRankedBars() geometry', () => {
  it('clamps bars to the domain and keeps coordinates to 2 decimals', () => {
    const markup = renderRankedBars({ ...base, rows: [{ ...KOR, value: 1.7 }], domain: [0, 1] }).toString();
    expectInert(markup);
    expect(markup).not.toMatch(/="-?\d+\.\d{3,}"/);
    const width = Number(/<rect class="chart-bar"[^>]*width="([\d.]+)"/.exec(markup)?.[1]);
    const x = Number(/<rect class="chart-bar" x="([\d.]+)"/.exec(markup)?.[1]);
    expect(x + width).toBe(640 - 52);
    expect(markup).toContain('>1.700</text>');
  });

  it('rejects an invalid domain', () => {
    expect(() => renderRankedBars({ ...base, rows: [KOR], domain: [1, 0] })).toThrow(/Invalid chart domain/);
  });
});

describe('renderRankedBars() for a partial edition (unranked)', () => {
  const rows = [KOR, DNK, { ...PER, rank: null }];
  const markup = renderRankedBars({ ...base, rows, unranked: true, mark: 'DGI 2025: partial edition', footnote: 'Assessed by the OECD, not transcribed here: Korea.' }).toString();

  it('is a dot plot in alphabetical order, not bars sorted by score', () => {
    expect(markup).not.toContain('class="chart-bar');
    expect(markup.match(/<circle class="chart-dot"/g)).toHaveLength(3);
    expect(labelsInOrder(markup)).toEqual(['Denmark', 'Korea', 'Peru']);
    expectWellFormed(markup);
  });

  it('draws its partial mark above and its footnote below, inside the picture', () => {
    expect(markup).toMatch(/<text class="chart-mark"[^>]*font-weight="700"><tspan[^>]*>DGI 2025: partial edition<\/tspan><\/text><g transform="translate\(0,22\)">/);
    expect(markup).toMatch(/<text class="chart-footnote"[^>]*><tspan[^>]*>Assessed by the OECD, not transcribed here: Korea.<\/tspan><\/text>\s*<\/svg>$/);
  });
});

describe('averageSegments()', () => {
  it('leaves a gap at each row whose value label the average line would cross', () => {
    const rowTop = (i: number) => 10 + i * 20;
    expect(averageSegments(100, 0, rowTop, 20, [[50, 90], [95, 130], null, [98, 120]], 100)).toEqual([[0, 32], [48, 72], [88, 100]]);
    expect(averageSegments(100, 0, rowTop, 20, [[95, 130], [95, 130]], 60), 'no 4-unit stub between two crossed labels').toEqual([[0, 12], [48, 60]]);
    expect(averageSegments(100, 0, rowTop, 20, [[10, 20]], 30)).toEqual([[0, 30]]);
  });
});
