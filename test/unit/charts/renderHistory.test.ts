import { describe, expect, it } from 'vitest';
import { renderHistory, type HistoryPoint } from '../../../src/lib/charts/index.ts';
import { historyRuns } from '../../../src/lib/charts/renderHistory.ts';
import { expectWellFormed } from './helpers.ts';

const base = { id: 'history', title: 'DGI composite', summary: 'By edition.', countryLabel: 'France' };
const p = (edition: string, value: number | null, breakBefore = false, average: number | null = 0.6): HistoryPoint => ({
  edition,
  value,
  average,
  breakBefore,
});

const countryPaths = (markup: string): string[] =>
  [...markup.matchAll(/<path class="chart-series-0 chart-line" fill="none" d="([^"]+)"/g)].map((m) => m[1] as string);
const averagePaths = (markup: string): string[] =>
  [...markup.matchAll(/<path class="chart-avg chart-avg-line" stroke-dasharray="4 3" fill="none" d="([^"]+)"/g)].map((m) => m[1] as string);
const pointsIn = (d: string): number => d.split(/[ML]/).filter(Boolean).length;

describe('renderHistory() breaks the line at a methodology break', () => {
  it.each<[string, HistoryPoint[], number[][]]>([
    ['no break', [p('2019', 0.5), p('2021', 0.6), p('2023', 0.7)], [[0, 1, 2]]],
    ['break before the last edition', [p('2019', 0.5), p('2021', 0.6), p('2023', 0.7, true)], [[0, 1], [2]]],
    ['break in the middle', [p('2017', 0.4), p('2019', 0.5, true), p('2021', 0.6), p('2023', 0.7)], [[0], [1, 2, 3]]],
    ['break on the first edition is ignored', [p('2019', 0.5, true), p('2023', 0.7)], [[0, 1]]],
    ['missing value splits the line', [p('2017', 0.4), p('2019', null), p('2021', 0.6), p('2023', 0.7)], [[0], [2, 3]]],
    ['NaN splits the line', [p('2017', 0.4), p('2019', NaN), p('2021', 0.6)], [[0], [2]]],
  ])('%s', (_name, points, runs) => {
    expect(historyRuns(points, (pt) => pt.value)).toEqual(runs);
    const markup = renderHistory({ ...base, points }).toString();
    const drawn = countryPaths(markup).map(pointsIn);
    expect(drawn).toEqual(runs.filter((r) => r.length > 1).map((r) => r.length));
    expectWellFormed(markup);
  });

  it('draws a dashed vertical break line between the two editions with a text label', () => {
    const markup = renderHistory({ ...base, points: [p('2019', 0.573, false, 0.501), p('2023', 0.665, true, 0.605)] }).toString();
    const xs = [...markup.matchAll(/<circle class="chart-dot" cx="([\d.]+)" cy="[\d.]+" r="4"><title>/g)].map((m) => Number(m[1]));
    const bx = Number(/<line class="chart-break" x1="([\d.]+)" x2="\1"[^>]*stroke-dasharray/.exec(markup)?.[1]);
    expect(xs).toHaveLength(2);
    expect(bx).toBeCloseTo((xs[0]! + xs[1]!) / 2, 1);
    expect(markup).toContain('>methodology break</text>');
    expect(countryPaths(markup)).toEqual([]);
    expect(averagePaths(markup)).toEqual([]);
  });

  it('breaks the OECD average line too', () => {
    const markup = renderHistory({ ...base, points: [p('2017', 0.4), p('2019', 0.5), p('2023', 0.7, true), p('2025', 0.8)] }).toString();
    expect(averagePaths(markup).map(pointsIn)).toEqual([2, 2]);
    expect(markup.match(/class="chart-break"/g)).toHaveLength(1);
  });

  it('uses the caller\'s wording for the break', () => {
    const markup = renderHistory({
      ...base,
      points: [p('2019', 0.5), p('2023', 0.7, true)],
      labels: { methodologyBreak: 'rupture méthodologique' },
    }).toString();
    expect(markup).toContain('>rupture méthodologique</text>');
  });
});

describe('renderHistory() missing editions', () => {
  it('shows "not covered" at the edition and no dot', () => {
    const markup = renderHistory({ ...base, points: [p('2019', null, false, 0.501), p('2023', 0.753, true, 0.605)] }).toString();
    expect(markup.match(/<circle class="chart-dot"[^>]*><title>/g)).toHaveLength(1);
    expect(markup).toContain('>not covered</text>');
    expect(markup.match(/<path class="chart-avg" transform/g)).toHaveLength(2);
  });

  it('throws on duplicate editions', () => {
    expect(() => renderHistory({ ...base, points: [p('2023', 0.5), p('2023', 0.6)] })).toThrow(/unique/);
  });
});

describe('renderHistory() marks a partial edition in words', () => {
  it('writes "partial" under the edition, with no unexplained asterisk', () => {
    const markup = renderHistory({ ...base, points: [p('2023', 0.6), { ...p('2025', 0.7), partial: true }], labels: { partial: 'partielle' } }).toString();
    expect(markup).toMatch(/>2025<tspan x="[\d.]+" dy="1.2em">\(partielle\)<\/tspan><\/text>/);
    expect(markup).not.toContain('*');
    expectWellFormed(markup);
  });
});
