/** The compare picker's pure parts: selection changes, presets, peers, the list filter and the URL. */
import { describe, expect, it } from 'vitest';
import { comparisonQuery, requestedCountries } from '../../../src/lib/shared/comparison.ts';
import {
  filterStatus,
  folded,
  matchesFilter,
  parsePeers,
  presetSelection,
  selectedText,
  selectionProblem,
  toggled,
} from '../../../src/scripts/compareState.ts';

describe.each<[string, string[], string, boolean, string[]]>([
  ['ticking adds at the end', ['kor', 'dnk'], 'est', true, ['kor', 'dnk', 'est']],
  ['unticking keeps the others in order', ['kor', 'dnk', 'est'], 'dnk', false, ['kor', 'est']],
  ['unticking the first makes the next one first', ['kor', 'dnk'], 'kor', false, ['dnk']],
  ['ticking a chosen country moves it last, once', ['kor', 'dnk'], 'kor', true, ['dnk', 'kor']],
  ['unticking a country not chosen changes nothing', ['kor'], 'fra', false, ['kor']],
  ['ticking into an empty selection', [], 'fra', true, ['fra']],
])('toggled: %s', (_, selection, code, on, expected) => {
  it(`gives ${expected.join(',') || '(none)'}`, () => {
    const before = [...selection];
    expect(toggled(selection, code, on)).toEqual(expected);
    expect(selection, 'the selection given is not changed').toEqual(before);
  });
});

describe.each<[string, string[], string[]]>([
  ['known codes in the preset order', ['nor', 'kor', 'dnk'], ['nor', 'kor', 'dnk']],
  ['unknown codes dropped', ['kor', 'xyz', 'dnk'], ['kor', 'dnk']],
  ['repeats dropped', ['kor', 'dnk', 'kor'], ['kor', 'dnk']],
  ['an empty preset', [''], []],
])('presetSelection: %s', (_, codes, expected) => {
  it(`gives ${expected.join(',') || '(none)'}`, () => {
    expect(presetSelection(codes, new Set(['kor', 'dnk', 'nor', 'fra']))).toEqual(expected);
  });
});

describe.each<[string, string, Record<string, string[]>]>([
  ['nothing', '', {}],
  ['one country', 'fra deu bel', { fra: ['deu', 'bel'] }],
  ['several', 'arg chl hrv jpn,aus est col nor', { arg: ['chl', 'hrv', 'jpn'], aus: ['est', 'col', 'nor'] }],
  ['a country without peers', 'isl', { isl: [] }],
  ['stray separators', ',fra  deu,', { fra: ['deu'] }],
])('parsePeers: %s', (_, attribute, expected) => {
  it('reads each country and its peers', () => {
    expect(parsePeers(attribute)).toEqual(expected);
  });
});

describe.each<[number, string]>([
  [0, 'few'],
  [1, 'few'],
  [2, ''],
  [6, ''],
  [7, 'many'],
])('selectionProblem(%i)', (count, expected) => {
  it(`is ${expected || '(none)'}`, () => {
    expect(selectionProblem(count, { tooFew: 'few', tooMany: 'many' })).toBe(expected);
  });
});

describe.each<[number, string]>([
  [0, ''],
  [1, '(1 selected)'],
  [3, '(3 selected)'],
])('selectedText(%i)', (count, expected) => {
  it(`is ${expected || '(empty)'}`, () => {
    expect(selectedText(count, { selected: '{count} selected' })).toBe(expected);
  });
});

describe.each<[string, string, string, boolean]>([
  ['Denmark', 'dnk', 'den', true],
  ['Denmark', 'dnk', 'dnk', true],
  ['Denmark', 'dnk', 'mark', false],
  ['New Zealand', 'nzl', 'zea', true],
  ['Korea', 'kor', '', true],
  ['Türkiye', 'tur', 'turk', true],
  ['Côte d’Ivoire', 'civ', 'cote', true],
  ['Bosnia-Herzegovina', 'bih', 'herz', true],
  ['Corée', 'kor', 'coree', true],
  ['France', 'fra', 'xyz', false],
])('matchesFilter(%s, %s, %s)', (name, code, query, expected) => {
  it(`is ${expected}`, () => {
    expect(matchesFilter(name, code, folded(query))).toBe(expected);
  });
});

describe.each<[number, string, string]>([
  [0, 'xyz', 'No country matches.'],
  [0, '', 'No country matches.'],
  [3, 'den', '(3)'],
  [38, '', ''],
])('filterStatus(%i, %s)', (visible, query, expected) => {
  it(`says ${expected || '(nothing)'}`, () => {
    expect(filterStatus(visible, query, { filterNone: 'No country matches.' })).toBe(expected);
  });
});

describe('the URL the picker reads and writes', () => {
  const known = new Set(['kor', 'dnk', 'est']);
  it.each<[string, string[], string]>([
    ['?countries=kor,dnk,est', ['kor', 'dnk', 'est'], '?countries=kor,dnk,est'],
    ['?c=kor&c=xyz&c=DNK', ['kor', 'dnk'], '?countries=kor,dnk'],
    ['', [], ''],
  ])('%s', (query, selection, written) => {
    expect(requestedCountries(new URLSearchParams(query), known)).toEqual(selection);
    expect(comparisonQuery(selection)).toBe(written);
  });
});
