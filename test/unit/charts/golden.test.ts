import { describe, expect, it } from 'vitest';
import {
  renderCompareDots,
  renderDimensionDots,
  renderDistribution,
  renderHistory,
  renderRankedBars,
  renderScatter,
  renderWorldMap,
  type SafeSvg,
} from '../../../src/lib/charts/index.ts';
import {
  DGI_2019_AVERAGE,
  DGI_2019_COMPOSITE,
  DGI_2023_AVERAGE,
  DGI_2023_COMPOSITE,
  DGI_2023_DIMENSIONS,
  DGI_2023_SD,
} from './fixtures.ts';
import { box, expectInert, expectWellFormed } from './helpers.ts';

/** Boxes where the countries lie, two of them in Europe (drawn again in the inset), one not in the data. */
const GOLDEN_SHAPES = [
  { code: 'KOR', geometry: box(126, 34, 4) },
  { code: 'FRA', geometry: box(-2, 43, 7) },
  { code: 'DEU', geometry: box(6, 48, 6) },
  { code: 'ROU', geometry: box(22, 44, 6) },
  { code: 'COL', geometry: box(-77, 0, 10) },
  { code: 'BRA', geometry: box(-60, -25, 20) },
];

const countryHref = (code: string) => `/en/countries/${code.toLowerCase()}/`;
const members = DGI_2023_COMPOSITE.filter((r) => r.rank !== null || r.value === null);
const nameOf = (code: string) => DGI_2023_COMPOSITE.find((r) => r.code === code)?.label ?? code;
const COMPARED = ['KOR', 'DNK', 'GBR', 'FRA', 'CRI', 'DEU'];

const goldens: [string, () => SafeSvg][] = [
  [
    'ranked-bars',
    () =>
      renderRankedBars({
        id: 'dgi-2023-ranking',
        title: 'Digital Government Index 2023: composite score by country',
        summary: 'France ranks 9th of 33 OECD members with 0.665, above the OECD average of 0.605; Korea leads with 0.935.',
        rows: DGI_2023_COMPOSITE.map((r) => ({ ...r, href: countryHref(r.code), highlight: r.code === 'FRA' })),
        average: DGI_2023_AVERAGE,
      }),
  ],
  [
    'ranked-bars-2019-tie',
    () =>
      renderRankedBars({
        id: 'dgi-2019-ranking',
        title: 'Digital Government Index 2019 (pilot): composite score by country',
        summary: 'Korea leads with 0.742; Ireland and Chile share rank 23 with 0.411.',
        rows: DGI_2019_COMPOSITE,
        average: DGI_2019_AVERAGE,
      }),
  ],
  [
    'dimension-dots',
    () =>
      renderDimensionDots({
        id: 'fra-dgi-2023-dimensions',
        title: 'France: Digital Government Index 2023 by dimension',
        summary: 'France scores above the OECD average in four of six dimensions, highest in data-driven public sector (0.816).',
        countryLabel: 'France',
        rows: [
          ...DGI_2023_DIMENSIONS.map((d) => ({
            label: d.label,
            value: d.values['FRA'] ?? null,
            average: d.average,
            min: d.min,
            max: d.max,
            rankText: `rank ${d.ranks['FRA']} of 33`,
            href: `/en/indicators/dgi/${d.id}/`,
          })),
          { label: 'Composite (2019 pilot)', value: null, average: 0.501 },
        ],
      }),
  ],
  [
    'history',
    () =>
      renderHistory({
        id: 'fra-dgi-history',
        title: 'France: Digital Government Index composite, 2019 and 2023',
        summary: 'France scored 0.573 in the 2019 pilot and 0.665 in 2023; the two editions are not comparable.',
        countryLabel: 'France',
        points: [
          { edition: '2019', value: 0.573, average: 0.501, breakBefore: false },
          { edition: '2023', value: 0.665, average: 0.605, breakBefore: true },
        ],
      }),
  ],
  [
    'history-gap',
    () =>
      renderHistory({
        id: 'aus-dgi-history',
        title: 'Australia: Digital Government Index composite by edition',
        summary: 'Australia was not covered in the 2019 pilot and scored 0.753 in 2023.',
        countryLabel: 'Australia',
        points: [
          { edition: '2019', value: null, average: 0.501, breakBefore: false },
          { edition: '2023', value: 0.753, average: 0.605, breakBefore: true },
        ],
      }),
  ],
  [
    'compare-dots',
    () =>
      renderCompareDots({
        id: 'compare-dgi-2023',
        title: 'Digital Government Index 2023: six countries by dimension',
        summary: 'Korea leads in four of six dimensions; Germany was not covered in 2023.',
        dimensions: DGI_2023_DIMENSIONS.map((d) => ({ id: d.id, label: d.label })),
        series: COMPARED.map((code) => ({
          code,
          label: nameOf(code),
          values: DGI_2023_DIMENSIONS.map((d) => d.values[code] ?? null),
        })),
        averages: DGI_2023_DIMENSIONS.map((d) => d.average),
      }),
  ],
  [
    'world-map',
    () =>
      renderWorldMap({
        id: 'dgi-2023-map',
        title: 'World map: DGI 2023',
        summary: 'Korea scores highest; Germany and Iceland are in the data but not covered; other land is hatched.',
        shapes: GOLDEN_SHAPES,
        countries: [
          { code: 'KOR', label: 'Korea', value: 0.935, href: countryHref('KOR') },
          { code: 'FRA', label: 'France', value: 0.665, href: countryHref('FRA') },
          { code: 'DEU', label: 'Germany', value: null, href: countryHref('DEU') },
          { code: 'ISL', label: 'Iceland', value: null },
          { code: 'ROU', label: 'Romania', value: 0.198, href: countryHref('ROU') },
          { code: 'COL', label: 'Colombia', value: 0.729 },
        ],
        thresholds: [0.5, 0.6, 0.7, 0.8],
      }),
  ],
  [
    'world-map-partial',
    () =>
      renderWorldMap({
        id: 'dgi-map-2025',
        title: 'World map: DGI 2025 (partial edition)',
        summary: 'Made up for the test: three countries with a score as published, Korea assessed but not transcribed, Germany not covered.',
        shapes: GOLDEN_SHAPES,
        countries: [
          { code: 'KOR', label: 'Korea', value: null, untranscribed: true, href: countryHref('KOR') },
          { code: 'FRA', label: 'France', value: 0.8, href: countryHref('FRA') },
          { code: 'DEU', label: 'Germany', value: null, href: countryHref('DEU') },
          { code: 'ROU', label: 'Romania', value: 0.24, href: countryHref('ROU') },
          { code: 'COL', label: 'Colombia', value: 0.71 },
        ],
        thresholds: [0.5, 0.6, 0.7, 0.8],
        untranscribedLabel: 'assessed by the OECD, not transcribed here',
        mark: 'DGI 2025: partial edition, scores as published, not ranked',
        footnote: 'Assessed by the OECD, not transcribed here: Korea.',
      }),
  ],
  [
    'scatter',
    () =>
      renderScatter({
        id: 'dgi-ourdata-scatter',
        title: 'DGI and OURdata: each country placed by both scores',
        summary: 'Eight countries, made up for the test; Korea is above both averages, Romania below both.',
        xLabel: 'DGI 2023 composite score',
        yLabel: 'OURdata 2023 composite score',
        xAverage: 0.605,
        yAverage: 0.48,
        quadrants: { high: 'above both averages', low: 'below both averages' },
        // Two pairs close together, so the label placement has to move or drop labels.
        points: [
          ['KOR', 'Korea', 0.935, 0.91], ['DNK', 'Denmark', 0.811, 0.66], ['GBR', 'United Kingdom', 0.775, 0.7],
          ['FRA', 'France', 0.665, 0.83], ['DEU', 'Germany', 0.57, 0.44], ['AUT', 'Austria', 0.572, 0.45],
          ['ROU', 'Romania', 0.198, 0.2], ['COL', 'Colombia', 0.729, 0.55],
        ].map(([code, label, x, y]) => ({ code: code as string, label: label as string, short: code as string, x: x as number, y: y as number, href: countryHref(code as string) })),
      }),
  ],
  [
    'distribution',
    () =>
      renderDistribution({
        id: 'dgi-2023-distribution',
        title: 'Digital Government Index 2023: distribution across OECD members',
        summary: 'Member scores range from 0.224 to 0.935 around an average of 0.605; France scores 0.665.',
        values: members.map((r) => ({ code: r.code, label: r.label, value: r.value })),
        average: DGI_2023_AVERAGE,
        sd: DGI_2023_SD,
        min: 0.224,
        max: 0.935,
        highlightCode: 'FRA',
      }),
  ],
];

describe.each(goldens)('golden %s', (name, render) => {
  it('matches the golden SVG', async () => {
    await expect(render().toString()).toMatchFileSnapshot(`./__golden__/${name}.svg`);
  });

  it('is well-formed, inline-style-free and script-free', () => {
    const markup = render().toString();
    expectWellFormed(markup);
    expectInert(markup);
  });

  it('renders identically twice', () => {
    expect(render().toString()).toBe(render().toString());
  });
});
