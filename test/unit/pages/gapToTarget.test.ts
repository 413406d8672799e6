/**
 * The gap-to-target panel (lib/pages/gapToTarget.ts) on the fixture (test/helpers/gapToTargetFixture.ts):
 * its sentences and cells as golden files in three languages, and the edge cases as tables.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/lib/i18n/languages.ts';
import { gapToTargetView, type GapToTargetView } from '../../../src/lib/pages/gapToTarget.ts';
import type { DataIndex } from '../../../src/lib/query/dataIndex.ts';
import { gapFixtureDir, withoutValue } from '../../helpers/gapToTargetFixture.ts';
import { langs, pageContext } from '../../helpers/pageInputs.ts';

const ctxOf = (lang: Lang, data?: DataIndex) => {
  const ctx = pageContext(lang, { dir: gapFixtureDir });
  return data ? { ...ctx, data } : ctx;
};

/** The panel as a reader reads it: title, summary, caption, one line per row, the notes. */
function text(view: GapToTargetView): string {
  const cell = (c: { text: string; target?: string }) => (c.target ? `${c.text} (${c.target})` : c.text);
  return [
    view.title,
    `  ${view.summary}`,
    `  [${view.caption}]`,
    `  ${view.columns.join(' | ')}`,
    ...view.rows.map((r) => `  ${[r.label, r.score, ...view.targets.map((target) => cell(r[target]))].join(' | ')}`),
    ...view.notes.map((n) => `  * ${n}`),
  ].join('\n');
}

/** Each case: a label, the country, the edition asked for (default: the newest complete one covering it), and a value removed from the data. */
const CASES: [string, string, string | undefined, [string, string, string]?][] = [
  ['first country', 'KOR', undefined],
  ['in the top quarter, not first', 'DNK', undefined],
  ['just below the top quarter', 'GBR', undefined],
  ['tied 5th (with Germany)', 'FRA', undefined],
  ['tied 5th (with France)', 'DEU', undefined],
  ['last country', 'JPN', undefined],
  ['scored but not ranked (non-member)', 'BRA', undefined],
  ['fewer than four ranked countries (FIX 2021)', 'USA', undefined],
  ['first of three (FIX 2021)', 'KOR', '2021'],
  ['a dimension not stated in the source', 'DEU', undefined, ['DEU', '2023', 'data-driven']],
  ['in the top quarter, one dimension not stated', 'KOR', undefined, ['KOR', '2023', 'data-driven']],
];

describe.each(langs)('golden panels in %s', (lang) => {
  it('every case of the fixture', async () => {
    const out = CASES.map(([label, iso3, edition, removed]) => {
      const view = gapToTargetView(ctxOf(lang, removed && withoutValue(...removed)), iso3, 'fix', edition)!;
      return `# ${label}: ${iso3}\n${text(view)}`;
    });
    await expect(`${out.join('\n\n')}\n`).toMatchFileSnapshot(`./__golden__/gap/fixture.${lang}.txt`);
  });
});

describe('which edition', () => {
  it.each([
    ['KOR', undefined, '2023'],
    ['USA', undefined, '2021'],
    ['KOR', '2021', '2021'],
  ])('%s, asked %s: %s', (iso3, edition, shown) => {
    const view = gapToTargetView(ctxOf('en'), iso3, 'fix', edition)!;
    expect(view.edition).toBe(shown);
    expect(view.title).toBe(`Gap to target, FIX ${shown}`);
    expect(view.id).toBe(`gap-fix-${shown}`);
  });

  it.each([
    ['a partial edition: no ranks, so no gaps', 'KOR', '2025'],
    ['a partial edition, for a country it states', 'DEU', '2025'],
    ['an edition the country took no part in', 'USA', '2023'],
    ['a country no edition covers', 'PER', undefined],
    ['an edition the data does not hold', 'KOR', '2099'],
  ])('none for %s', (_, iso3, edition) => expect(gapToTargetView(ctxOf('en'), iso3, 'fix', edition)).toBeUndefined());
});

describe('cells', () => {
  const deu = (lang: Lang = 'en', data?: DataIndex) => gapToTargetView(ctxOf(lang, data), 'DEU', 'fix')!;

  it('the composite first, then the dimensions, each linked to its index page in the reader\'s language', () => {
    expect(deu('fr').rows.map((r) => [r.label, r.href])).toEqual([
      ['Score composite', '/fr/indices/fix/'],
      ['Numérique dès la conception', '/fr/indices/fix/digital-by-design/'],
      ['Secteur public guidé par les données', '/fr/indices/fix/data-driven/'],
      ['Ouverture par défaut', '/fr/indices/fix/open-by-default/'],
    ]);
  });

  it('a gap is signed with the minus sign, at the edition\'s decimals, in the reader\'s locale', () => {
    const composite = deu('fr').rows[0]!;
    expect(composite.nextRank).toEqual({ text: '\u22120,05', state: 'short', target: '4e rang, 0,75' });
    expect(composite.average).toEqual({ text: 'atteint', state: 'reached', target: 'moyenne 0,68' });
  });

  it('a dimension not stated in the source says so and has no gap', () => {
    const row = deu('en', withoutValue('DEU', '2023', 'data-driven')).rows.find((r) => r.indicator === 'data-driven')!;
    expect(row.score).toBe('not stated in the source');
    for (const c of [row.average, row.nextRank, row.topQuarter]) expect(c).toEqual({ text: '–', state: 'none' });
  });

  it('the first country is "already 1st" on the next rank and has reached the top quarter', () => {
    const composite = gapToTargetView(ctxOf('en'), 'KOR', 'fix')!.rows[0]!;
    expect(composite.nextRank).toEqual({ text: 'already 1st', state: 'first' });
    expect(composite.topQuarter).toEqual({ text: 'reached', state: 'reached', target: '2nd place, 0.85' });
  });

  it('a country with no rank has no rank columns; its rank cells would say why', () => {
    const view = gapToTargetView(ctxOf('es'), 'BRA', 'fix')!;
    expect(view.targets).toEqual(['average']);
    expect(view.columns).toEqual(['Dimensión', 'Puntuación', 'Al promedio de la OCDE']);
    const composite = view.rows[0]!;
    expect(composite.average.state).toBe('short');
    expect(composite.nextRank).toEqual({ text: 'sin clasificar (no miembro)', state: 'none' });
    expect(composite.topQuarter).toEqual({ text: 'sin clasificar (no miembro)', state: 'none' });
  });

  it('the top-quarter note names the ranks it covers, or first place alone with fewer than four ranked', () => {
    expect(deu().notes[1]).toContain('ranks 1 to 2');
    expect(gapToTargetView(ctxOf('en'), 'USA', 'fix')!.notes[1]).toMatch(/^Top quarter: with 3 ranked countries .* first place alone/);
  });
});
