import { describe, expect, it } from 'vitest';
import { renderIcicle, type IcicleNode } from '../../../src/lib/charts/index.ts';
import { expectInert, expectWellFormed } from './helpers.ts';

/** Two dimensions of a made-up index: one with a tiny facet (no room for its label), one even. */
const NODES: IcicleNode[] = [
  {
    label: 'Open by default',
    figure: '50.00 %',
    value: 50,
    href: '/indices/fix/d1/#how-built',
    children: [
      { label: 'Strategic approach', figure: '2.00 %', value: 2, href: '/indices/fix/d1/#how-built', children: [{ label: '1 Open data strategy', figure: '2.00 %', value: 2 }] },
      { label: 'Implementation', figure: '48.00 %', value: 48, href: '/indices/fix/d1/#how-built', children: [{ label: '2 High-value datasets', figure: '40.00 %', value: 40 }, { label: '3 Catalogue <of> services & co', figure: '8.00 %', value: 8 }] },
    ],
  },
  {
    label: 'Data-driven public sector',
    figure: '50.00 %',
    value: 50,
    href: '/indices/fix/d2/#how-built',
    children: [
      { label: 'Policy levers', figure: '25.00 %', value: 25, children: [{ label: '4 Data strategy', figure: '25.00 %', value: 25 }] },
      { label: 'Monitoring', figure: '25.00 %', value: 25, children: [{ label: '5 KPIs', figure: '12.50 %', value: 12.5 }, { label: '6 Impact', figure: '12.50 %', value: 12.5 }] },
    ],
  },
];

const draw = (width?: number) =>
  renderIcicle({ id: 'fix-tree', title: 'FIX 2023: dimensions, facets and questions', summary: 'Each band is sized by its weight within its parent.', nodes: NODES, levels: ['Dimension', 'Facet', 'Questions'], height: 400, ...(width ? { width } : {}) }).toString();

describe('renderIcicle', () => {
  it('matches its golden file', async () => {
    await expect(draw()).toMatchFileSnapshot('./__golden__/icicle.svg');
  });

  it('is well formed and inert, escapes labels, links dimensions and facets', () => {
    const markup = draw();
    expectWellFormed(markup);
    expectInert(markup);
    expect(markup).toContain('3 Catalogue &lt;of&gt; services &amp; co: 8.00 %');
    expect(markup.match(/<a href="\/indices\/fix\/d1\/#how-built">/g)).toHaveLength(3);
    expect(markup).toContain('role="group"');
  });

  it('sizes bands by weight among siblings and labels only the bands tall enough', () => {
    const markup = draw();
    expect(markup).not.toMatch(/<tspan[^>]*>Strategic approach</);
    expect(markup).toMatch(/<tspan[^>]*>Implementation 48.00 %</);
    expect(markup).toMatch(/<tspan[^>]*>Data-driven public sector</);
  });

  it('draws a narrow version and an empty chart without nodes', () => {
    expectWellFormed(draw(360));
    expect(renderIcicle({ id: 'none', title: 't', summary: 's', nodes: [], levels: ['a', 'b', 'c'] }).toString()).toContain('No data available');
  });
});
