// The search page's state (the query and the ticked filters) and its address: `?q=korea&type=Country+profile`.
// Plain data and pure functions; <site-search> (search.ts) holds one state and replaces it on each change.

/** Filters the pages set (`data-pagefind-filter`), in the order they are offered. */
const FILTER_KEYS = ['type', 'index', 'membership'];

export interface SearchState {
  term: string;
  /** Ticked values per filter, in the order they were ticked. */
  filters: Readonly<Record<string, readonly string[]>>;
}

export interface SearchStrings {
  results: string;
  one: string;
  none: string;
  noneHelp: string;
  browse: string;
  loading: string;
  more: string;
  failed: string;
  clear: string;
  filters: string;
  filter: Record<string, string>;
}

/** The state a search address asks for; filters other than FILTER_KEYS are ignored, repeats dropped. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
    if (values.length) filters[key] = values;
  }
  return { term: params.get('q') ?? '', filters };
}

/** The query string of a state: `?q=…` (trimmed, left out when empty) then each ticked filter in filterOrder; '' for none. */
export function searchQuery(state: SearchState): string {
  const params = new URLSearchParams();
  const term = state.term.trim();
  if (term) params.set('q', term);
  for (const key of filterOrder(Object.keys(state.filters))) for (const value of state.filters[key] ?? []) params.append(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function withTerm(state: SearchState, term: string): SearchState {
  return { ...state, term };
}

/** The state with `value` of filter `key` ticked (`on`) or unticked. */
export function withFilter(state: SearchState, key: string, value: string, on: boolean): SearchState {
  const rest = (state.filters[key] ?? []).filter((v) => v !== value);
  const values = on ? [...rest, value] : rest;
  const filters = { ...state.filters };
  if (values.length) filters[key] = values;
  else delete filters[key];
  return { ...state, filters };
}

export function withoutFilters(state: SearchState): SearchState {
  return { ...state, filters: {} };
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((values) => values.length > 0);
}

export function isTicked(state: SearchState, key: string, value: string): boolean {
  return state.filters[key]?.includes(value) ?? false;
}

/** The filters in Pagefind's form: a page matches if it has any of a filter's ticked values. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(state.filters)) if (values.length) filters[key] = { any: [...values] };
  return filters;
}

/** The filters Pagefind reports, ours first in FILTER_KEYS order, then any others in the order given. */
export function filterOrder(available: readonly string[]): string[] {
  return [...FILTER_KEYS.filter((k) => available.includes(k)), ...available.filter((k) => !FILTER_KEYS.includes(k))];
}

/** What the live region says once a search has finished. */
export function statusMessage(strings: Pick<SearchStrings, 'results' | 'one' | 'none'>, count: number, term: string): string {
  const message = count === 0 ? strings.none : count === 1 ? strings.one : strings.results;
  return message.replace('{count}', String(count)).replace('{query}', term);
}

/**
 * Whether the filters are worth showing: not when nothing was found and nothing is ticked, where they would
 * only be noise.
 */
export function showsFilters(state: SearchState, count: number): boolean {
  return count > 0 || hasFilters(state);
}
