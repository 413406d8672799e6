/** The search page's pure parts: URL ↔ state, filter changes, the live region's text, and result views. */
import { describe, expect, it } from 'vitest';
import {
  filterOrder,
  hasFilters,
  pagefindFilters,
  readSearchState,
  searchQuery,
  showsFilters,
  statusMessage,
  withFilter,
  withoutFilters,
  withTerm,
  type SearchState,
} from '../../../src/scripts/searchState.ts';
import { excerptView, filterCount, filtersView, isSpellingList, noneHelpView, resultView } from '../../../src/scripts/searchView.ts';
import type { View } from '../../../src/scripts/view.ts';

const EMPTY: SearchState = { term: '', filters: {} };
const strings = { results: '{count} results for “{query}”', one: '1 result for “{query}”', none: 'No results for “{query}”.' };

/** A view's text, as textContent would give it. */
const text = (view: View | string): string => (typeof view === 'string' ? view : view.children.map(text).join(''));
/** Every element of a view with this tag, depth first. */
const all = (view: View | string, tag: string): View[] =>
  typeof view === 'string' ? [] : [...(view.tag === tag ? [view] : []), ...view.children.flatMap((c) => all(c, tag))];

describe.each<[string, string, SearchState]>([
  ['nothing', '', EMPTY],
  ['a query', '?q=Korea', { term: 'Korea', filters: {} }],
  ['an empty query', '?q=', EMPTY],
  ['a query with spaces', '?q=South+Korea', { term: 'South Korea', filters: {} }],
  ['filters in the known order', '?q=x&index=DGI&type=Country+profile', { term: 'x', filters: { type: ['Country profile'], index: ['DGI'] } }],
  ['two values of a filter, a repeat dropped', '?type=A&type=B&type=A', { term: '', filters: { type: ['A', 'B'] } }],
  ['an unknown parameter ignored', '?q=x&colour=red', { term: 'x', filters: {} }],
  ['an empty filter value ignored', '?q=x&type=', { term: 'x', filters: {} }],
])('readSearchState: %s', (_, query, expected) => {
  it(`reads ${query || '(none)'}`, () => {
    expect(readSearchState(new URLSearchParams(query))).toEqual(expected);
  });
});

describe.each<[string, SearchState, string]>([
  ['nothing', EMPTY, ''],
  ['a query', { term: 'Korea', filters: {} }, '?q=Korea'],
  ['a query trimmed', { term: '  Korea ', filters: {} }, '?q=Korea'],
  ['a blank query left out', { term: '   ', filters: { type: ['Country profile'] } }, '?type=Country+profile'],
  ['filters in the offered order, whatever order they were ticked in', { term: 'x', filters: { membership: ['OECD'], type: ['A', 'B'] } }, '?q=x&type=A&type=B&membership=OECD'],
  ['an unknown filter after the known ones', { term: 'x', filters: { region: ['Asia'], index: ['DGI'] } }, '?q=x&index=DGI&region=Asia'],
  ['characters escaped', { term: 'Côte & co', filters: {} }, '?q=C%C3%B4te+%26+co'],
])('searchQuery: %s', (_, state, expected) => {
  it(`gives ${expected || '(none)'}`, () => {
    expect(searchQuery(state)).toBe(expected);
  });
});

describe('URL ↔ state round trip', () => {
  it.each(['?q=Korea', '?q=South+Korea&type=Country+profile', '?q=x&type=A&type=B&index=DGI&membership=OECD', '?type=A'])('%s', (query) => {
    expect(searchQuery(readSearchState(new URLSearchParams(query)))).toBe(query);
  });
});

describe('filter changes make new states', () => {
  const ticked = withFilter(withFilter(EMPTY, 'type', 'A', true), 'type', 'B', true);

  it('ticks values in order, without changing the state it was given', () => {
    expect(ticked.filters).toEqual({ type: ['A', 'B'] });
    expect(EMPTY.filters).toEqual({});
    expect(hasFilters(ticked)).toBe(true);
  });

  it.each<[string, SearchState, Record<string, string[]>]>([
    ['unticking one value keeps the other', withFilter(ticked, 'type', 'A', false), { type: ['B'] }],
    ['unticking the last value drops the filter', withFilter(withFilter(ticked, 'type', 'A', false), 'type', 'B', false), {}],
    ['ticking a ticked value again moves it last, once', withFilter(ticked, 'type', 'A', true), { type: ['B', 'A'] }],
    ['unticking a value that is not ticked changes nothing', withFilter(ticked, 'index', 'DGI', false), { type: ['A', 'B'] }],
    ['clearing drops every filter', withoutFilters(ticked), {}],
  ])('%s', (_, state, expected) => {
    expect(state.filters).toEqual(expected);
  });

  it('keeps the term through filter changes and the filters through term changes', () => {
    const state = withTerm(withFilter({ term: 'Korea', filters: {} }, 'index', 'DGI', true), 'Japan');
    expect(state).toEqual({ term: 'Japan', filters: { index: ['DGI'] } });
    expect(hasFilters(withoutFilters(state))).toBe(false);
  });

  it('gives Pagefind the ticked values as `any`', () => {
    expect(pagefindFilters(withFilter(ticked, 'index', 'DGI', true))).toEqual({ type: { any: ['A', 'B'] }, index: { any: ['DGI'] } });
    expect(pagefindFilters(EMPTY)).toEqual({});
  });
});

describe.each<[string[], string[]]>([
  [[], []],
  [['membership', 'index', 'type'], ['type', 'index', 'membership']],
  [['region', 'index'], ['index', 'region']],
  [['b', 'a'], ['b', 'a']],
])('filterOrder(%j)', (available, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => {
    expect(filterOrder(available)).toEqual(expected);
  });
});

describe.each<[number, string, string]>([
  [0, 'Korea', 'No results for “Korea”.'],
  [1, 'Korea', '1 result for “Korea”'],
  [2, 'Korea', '2 results for “Korea”'],
  [37, 'data availability', '37 results for “data availability”'],
])('statusMessage(%i, %s)', (count, term, expected) => {
  it(`says ${expected}`, () => {
    expect(statusMessage(strings, count, term)).toBe(expected);
  });
});

describe.each<[string, SearchState, number, boolean]>([
  ['results, no filters', EMPTY, 3, true],
  ['no results, no filters: the filters would only be noise', EMPTY, 0, false],
  ['no results with a filter ticked: it can be unticked', { term: 'x', filters: { type: ['A'] } }, 0, true],
])('showsFilters: %s', (_, state, count, expected) => {
  it(`is ${expected}`, () => {
    expect(showsFilters(state, count)).toBe(expected);
  });
});

describe.each<[string, string, string | undefined, boolean]>([
  ['three spellings', 'Türkiye, <mark>Turkey</mark>, Turkiye, Republic of Türkiye', 'Türkiye · Turkey · Turkiye · Republic of Türkiye', true],
  ['cut short with an ellipsis', '… Korea, <mark>South Korea</mark>, Republic of Korea…', 'Korea · South Korea · Republic of Korea', true],
  ['only two spellings', 'Korea, <mark>South Korea</mark> leads', 'Korea · South Korea · Republic of Korea', false],
  ['prose', 'Korea leads the <mark>DGI</mark>, ahead of Denmark, and the UK', 'Korea · South Korea', false],
  ['no aliases', 'a, b, c', undefined, false],
])('isSpellingList: %s', (_, html, aliases, expected) => {
  it(`is ${expected}`, () => {
    expect(isSpellingList(html, aliases)).toBe(expected);
  });
});

describe.each<[string, string, (string | [string])[]]>([
  ['plain text', 'Korea leads', ['Korea leads']],
  ['a highlight', 'the <mark>Korea</mark> profile', ['the ', ['Korea'], ' profile']],
  ['two highlights', '<mark>South</mark> <mark>Korea</mark>', [['South'], ' ', ['Korea']]],
  ['entities decoded once', 'R&amp;D &lt;b&gt; &quot;x&quot; &#39;y&#x27; &amp;lt;', ['R&D <b> "x" \'y\' &lt;']],
  ['other tags stay text', '<b>bold</b> <img src=x onerror=alert(1)>', ['<b>bold</b> <img src=x onerror=alert(1)>']],
  ['an unclosed mark', 'a <mark>b', ['a ', ['b']]],
])('excerptView: %s', (_, html, expected) => {
  it('splits on <mark> only', () => {
    const view = excerptView(html);
    expect(view.tag).toBe('p');
    expect(view.attrs).toEqual({ class: 'search-result-excerpt' });
    expect(view.children.map((c) => (typeof c === 'string' ? c : (expect(c.tag).toBe('mark'), [text(c)])))).toEqual(expected);
  });
});

describe('resultView', () => {
  const data = { url: '/countries/kor/', excerpt: 'the <mark>Korea</mark> profile', meta: { title: 'Korea', type: 'Country profile', figure: 'DGI 2023 0.935, 1st of 33 OECD members' } };

  it('links the title and lists the page type, key figure and excerpt', () => {
    const view = resultView(data);
    expect(view).toMatchObject({ tag: 'li', attrs: { class: 'search-result' } });
    const [title, meta, excerpt] = view.children as View[];
    expect(title).toMatchObject({ tag: 'h2', attrs: { class: 'search-result-title' } });
    expect(all(title!, 'a')).toEqual([{ tag: 'a', attrs: { href: '/countries/kor/' }, children: ['Korea'] }]);
    expect(meta).toEqual({ tag: 'p', attrs: { class: 'search-result-meta' }, children: ['Country profile · DGI 2023 0.935, 1st of 33 OECD members'] });
    expect(excerpt?.attrs.class).toBe('search-result-excerpt');
    expect(view.children).toHaveLength(3);
  });

  it.each<[string, ResultMeta, string, number]>([
    ['no title: the address stands in', { type: 'Page' }, '/countries/kor/', 3],
    ['no type or figure: no meta line', { title: 'Korea' }, 'Korea', 2],
    ['only a type', { title: 'Korea', type: 'Country profile' }, 'Korea', 3],
    ['an excerpt of spellings is left out', { title: 'Korea', aliases: 'Korea · South Korea · Republic of Korea' }, 'Korea', 1],
  ])('%s', (_, meta, title, children) => {
    const excerpt = meta.aliases ? 'Korea, <mark>South Korea</mark>, Republic of Korea' : data.excerpt;
    const view = resultView({ url: data.url, excerpt, meta });
    expect(text(all(view, 'a')[0]!)).toBe(title);
    expect(view.children).toHaveLength(children);
  });
});

type ResultMeta = Record<string, string | undefined>;

describe('filtersView', () => {
  const counts = { membership: { OECD: 38, Accession: 5 }, type: { 'Policy area': 12, 'Country profile': 44 } };
  const labels = { filters: 'Filter results', clear: 'Clear filters', filter: { type: 'Page type' } };

  it('offers a fieldset per filter in the known order, values A to Z, ticked as in the state, and a hidden clear button', () => {
    const views = filtersView(counts, EMPTY, labels);
    expect(views.map((v) => v.tag)).toEqual(['h2', 'fieldset', 'fieldset', 'button']);
    expect(views.slice(1, 3).map((v) => text(all(v, 'legend')[0]!))).toEqual(['Page type', 'membership']);
    expect(all(views[1]!, 'input').map((i) => i.attrs)).toEqual([
      { type: 'checkbox', name: 'type', value: 'Country profile' },
      { type: 'checkbox', name: 'type', value: 'Policy area' },
    ]);
    expect(text(all(views[1]!, 'label')[0]!)).toBe('Country profile ');
    expect(views[3]).toMatchObject({ tag: 'button', attrs: { type: 'button', hidden: '' }, children: ['Clear filters'] });
  });

  it('ticks the values a linked search chose and shows the clear button', () => {
    const views = filtersView(counts, { term: 'x', filters: { type: ['Policy area'] } }, labels);
    expect(all(views[1]!, 'input').map((i) => 'checked' in i.attrs)).toEqual([false, true]);
    expect(views[3]!.attrs.hidden).toBeUndefined();
  });

  it.each<[string, string, string]>([['type', 'Country profile', '(44)'], ['membership', 'Partner', '(0)'], ['index', 'DGI', '(0)']])('filterCount %s %s is %s', (key, value, expected) => {
    expect(filterCount(counts, key, value)).toBe(expected);
  });
});

it('noneHelpView links to the country list', () => {
  expect(noneHelpView({ noneHelp: 'Check the spelling.', browse: 'Browse all countries' }, '/fr/countries/')).toEqual({
    tag: 'p',
    attrs: { class: 'search-none-help' },
    children: ['Check the spelling. ', { tag: 'a', attrs: { href: '/fr/countries/' }, children: ['Browse all countries'] }],
  });
});
