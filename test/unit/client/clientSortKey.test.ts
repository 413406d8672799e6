/** How <sort-table> orders a column, and the view builder the client scripts share. */
import { describe, expect, it } from 'vitest';
import { isNumeric, MISSING, nextDescending, numericKey, sortKey, sortOrder } from '../../../src/scripts/sortKey.ts';
import { h } from '../../../src/scripts/view.ts';

describe.each<[string, number | undefined]>([
  ['0.935', 0.935],
  ['0,935', 0.935],
  ['  0.5 ', 0.5],
  ['\u22120.012', -0.012],
  ['-3', -3],
  ['+2', 2],
  ['1st', 1],
  ['12e (sur 38)', 12],
  ['0.935 (1st)', 0.935],
  ['1 234', 1234],
  ['–', MISSING],
  ['not covered', MISSING],
  ['', MISSING],
  ['DGI 2023', undefined],
  ['v2', undefined],
])('numericKey(%j)', (text, expected) => {
  it(`is ${expected}`, () => {
    expect(numericKey(text)).toBe(expected);
  });
});

describe.each<[string, string[], boolean]>([
  ['scores', ['0.9', '0.5', '0.7'], true],
  ['scores with gaps', ['0.9', '–', 'not covered'], true],
  ['only gaps', ['–', 'not covered'], false],
  ['names', ['Korea', 'Denmark'], false],
  ['numbers and a label with digits', ['0.9', 'DGI 2023'], false],
  ['no rows', [], false],
])('isNumeric: %s', (_, cells, expected) => {
  it(`is ${expected}`, () => {
    expect(isNumeric(cells.map(sortKey))).toBe(expected);
  });
});

describe.each<[string, { column: number; descending: boolean }, number, boolean, boolean]>([
  ['a first press on numbers sorts high to low', { column: -1, descending: false }, 2, true, true],
  ['a first press on text sorts A to Z', { column: -1, descending: false }, 0, false, false],
  ['a second press reverses', { column: 2, descending: true }, 2, true, false],
  ['a third press reverses again', { column: 0, descending: false }, 0, false, true],
  ['another column starts afresh', { column: 0, descending: true }, 1, false, false],
])('nextDescending: %s', (_, sorted, column, numeric, expected) => {
  it(`is ${expected}`, () => {
    expect(nextDescending(sorted, column, numeric)).toBe(expected);
  });
});

describe.each<[string, string[], boolean, boolean, string, number[]]>([
  ['numbers high to low', ['0.5', '0.9', '0.7'], true, true, 'en', [1, 2, 0]],
  ['numbers low to high', ['0.5', '0.9', '0.7'], true, false, 'en', [0, 2, 1]],
  ['gaps last going down', ['–', '0.9', 'not covered', '0.7'], true, true, 'en', [1, 3, 0, 2]],
  ['gaps last going up', ['–', '0.9', 'not covered', '0.7'], true, false, 'en', [3, 1, 0, 2]],
  ['ties keep the built order', ['0.5', '0.9', '0.5'], true, true, 'en', [1, 0, 2]],
  ['text A to Z in the page language', ['Österreich', 'Norway', 'Zypern'], false, false, 'de', [1, 0, 2]],
  ['text Z to A', ['b', 'a', 'c'], false, true, 'en', [2, 0, 1]],
  ['digits in text compare as numbers', ['item 10', 'item 9'], false, false, 'en', [1, 0]],
])('sortOrder: %s', (_, cells, numeric, descending, lang, expected) => {
  it(`is ${expected.join(',')}`, () => {
    expect(sortOrder(cells.map(sortKey), numeric, descending, lang)).toEqual(expected);
  });
});

describe('h', () => {
  it.each<[string, Parameters<typeof h>[1], Record<string, string>]>([
    ['strings kept', { href: '/x/', class: 'a b' }, { href: '/x/', class: 'a b' }],
    ['true as an empty attribute', { hidden: true, checked: true }, { hidden: '', checked: '' }],
    ['false and undefined left out', { hidden: false, class: undefined }, {}],
    ['an empty string kept', { value: '' }, { value: '' }],
  ])('attributes: %s', (_, attrs, expected) => {
    expect(h('p', attrs).attrs).toEqual(expected);
  });

  it('keeps text and element children in order and drops empty text, false, null and undefined', () => {
    const child = h('mark', {}, 'b');
    expect(h('p', {}, 'a', false, child, '', null, undefined, ' ', 'c').children).toEqual(['a', child, ' ', 'c']);
  });
});
