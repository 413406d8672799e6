import { describe, expect, it } from 'vitest';
import { renderDistribution, type DistributionOptions, type DistributionValue } from '../../../src/lib/charts/index.ts';
import { expectWellFormed } from './helpers.ts';

const values: DistributionValue[] = [
  { code: 'KOR', label: 'Korea', value: 0.935 },
  { code: 'IRL', label: 'Ireland', value: 0.411 },
  { code: 'CHL', label: 'Chile', value: 0.411 },
  { code: 'BEL', label: 'Belgium', value: 0.412 },
  { code: 'FRA', label: 'France', value: 0.665 },
  { code: 'DEU', label: 'Germany', value: null },
  { code: 'GRC', label: 'Greece', value: NaN },
];
const base: DistributionOptions = { id: 'dist', title: 'Distribution', summary: 'All members.', values, average: 0.605, sd: 0.13, min: 0.224, max: 0.935 };

const dots = (markup: string) =>
  [...markup.matchAll(/<circle class="(chart-dot[^"]*)" cx="([\d.]+)" cy="([\d.]+)" r="(\d+)"><title>([^<]*)<\/title>/g)].map((m) => ({
    cls: m[1],
    cx: Number(m[2]),
    cy: Number(m[3]),
    r: Number(m[4]),
    title: m[5],
  }));

describe('renderDistribution() stacks equal values instead of overlapping them', () => {
  const markup = renderDistribution({ ...base, highlightCode: 'FRA' }).toString();
  const placed = dots(markup);

  it('draws one dot per covered member', () => {
    expect(placed.map((d) => d.title)).toEqual(['Chile: 0.411', 'Ireland: 0.411', 'Belgium: 0.412', 'France: 0.665', 'Korea: 0.935']);
  });

  it('puts near-equal values in the same column at different heights', () => {
    const column = placed.filter((d) => d.title!.includes('0.41'));
    expect(new Set(column.map((d) => d.cx)).size).toBe(1);
    expect(new Set(column.map((d) => d.cy)).size).toBe(3);
    const [a, b] = column;
    expect(Math.abs(a!.cy - b!.cy)).toBeGreaterThanOrEqual(a!.r + b!.r);
  });

  it('highlights one country with a larger dot and a bold label', () => {
    const fra = placed.find((d) => d.title === 'France: 0.665')!;
    expect(fra.cls).toBe('chart-dot chart-dot--highlight');
    expect(fra.r).toBeGreaterThan(placed[0]!.r);
    expect(markup).toMatch(/font-weight="700">France 0.665<\/text>/);
  });

  it('marks the mean, the ±1 SD band, the minimum and the maximum', () => {
    expect(markup).toContain('>OECD average 0.605</text>');
    expect(markup).toMatch(/<rect class="chart-range" x="[\d.]+" y="[\d.]+" width="[\d.]+"/);
    expect(markup).toContain('>±1 standard deviation: 0.475–0.735</text>');
    expect(markup).toContain('>min 0.224</text>');
    expect(markup).toContain('>max 0.935</text>');
  });

  it('lists members without a value as not covered', () => {
    expect(markup).toContain('>not covered: Germany, Greece</text>');
    expectWellFormed(markup);
  });
});

describe('renderDistribution() optional statistics', () => {
  it.each<[string, Partial<DistributionOptions>, string[]]>([
    ['no SD', { sd: null }, ['rect class="chart-range"', 'standard deviation']],
    ['no average', { average: null }, ['chart-avg', 'rect class="chart-range"']],
    ['no min or max', { min: null, max: null }, ['>min ', '>max ']],
  ])('omits what is missing: %s', (_name, override, absent) => {
    const markup = renderDistribution({ ...base, ...override }).toString();
    for (const text of absent) expect(markup).not.toContain(text);
    expectWellFormed(markup);
  });
});
