import { describe, expect, it } from 'vitest';
import { rowLabel, wrapLabel } from '../../../src/lib/charts/frame.ts';

describe('wrapLabel()', () => {
  it.each([
    ['Open by default', 200, ['Open by default']],
    ['Soutien public à la réutilisation des données', 200, ['Soutien public à la', 'réutilisation des données']],
    ['Government support for data re-use', 150, ['Government support', 'for data re-use']],
    ['Unbreakablelabelwithoutanyspacesatall', 50, ['Unbreakablelabelwithoutanyspacesatall']],
  ])('wraps %j to fit %i units at the space nearest the middle', (text, width, lines) => {
    expect(wrapLabel(text, width)).toEqual(lines);
  });
});

describe('rowLabel()', () => {
  it('puts a wrapped label on two escaped tspans, with a space between them so the words do not run together', () => {
    const markup = rowLabel(100, 20, '<b>long label</b> that wraps', 60).toString();
    expect(markup).toBe(
      '<text class="chart-label" x="100" y="20" text-anchor="end"><tspan x="100" dy="-0.25em">&lt;b&gt;long label&lt;/b&gt;</tspan> <tspan x="100" dy="1.1em">that wraps</tspan></text>',
    );
    expect(markup.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>')).toBe('<b>long label</b> that wraps');
  });
});
