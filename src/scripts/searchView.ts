// What the search page shows for Pagefind's answers, as views (view.ts): results, their excerpts, the filter
// checkboxes. Pagefind's excerpt is split on its <mark> tags rather than parsed as HTML.
import { filterOrder, hasFilters, isTicked, type SearchState, type SearchStrings } from './searchState.ts';
import { h, type View } from './view.ts';

export type FilterCounts = Record<string, Record<string, number>>;

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Whether an excerpt comes from a profile's list of other spellings (indexed so "Turkey" finds Türkiye):
 * three or more of its comma-separated parts are spellings. Such an excerpt is left out; the result's title,
 * type and key figure say what the page is.
 */
export function isSpellingList(html: string, aliases: string | undefined): boolean {
  if (!aliases) return false;
  const known = new Set(aliases.split(' · ').map((a) => a.trim().toLowerCase()));
  const parts = html.replace(/<[^>]+>/g, '').split(',').map((p) => p.replace(/…|\.\.\./g, '').trim().toLowerCase()).filter(Boolean);
  return parts.filter((p) => known.has(p)).length >= 3;
}

/** Pagefind's excerpt as text, its <mark> highlights as <mark> elements; any other tag stays text. */
export function excerptView(html: string): View {
  const parts: (View | string)[] = [];
  let marked = false;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>';
      continue;
    }
    if (!part) continue;
    const text = part.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
    parts.push(marked ? h('mark', {}, text) : text);
  }
  return h('p', { class: 'search-result-excerpt' }, ...parts);
}

/** One result: its title linked, its page type and key figure, and the excerpt unless it is a spelling list. */
export function resultView(data: ResultData): View {
  const about = [data.meta.type, data.meta.figure].filter(Boolean).join(' · ');
  return h(
    'li',
    { class: 'search-result' },
    h('h2', { class: 'search-result-title' }, h('a', { href: data.url }, data.meta.title || data.url)),
    about && h('p', { class: 'search-result-meta' }, about),
    !isSpellingList(data.excerpt, data.meta.aliases) && excerptView(data.excerpt),
  );
}

export function noneHelpView(strings: Pick<SearchStrings, 'noneHelp' | 'browse'>, countries: string): View {
  return h('p', { class: 'search-none-help' }, `${strings.noneHelp} `, h('a', { href: countries }, strings.browse));
}

export function moreButtonView(strings: Pick<SearchStrings, 'more'>): View {
  return h('button', { type: 'button', class: 'search-more button--ghost' }, strings.more);
}

/** The filter panel: a fieldset of checkboxes per filter (values A to Z, ticked as in `state`), then "clear". */
export function filtersView(all: FilterCounts, state: SearchState, strings: Pick<SearchStrings, 'filters' | 'filter' | 'clear'>): View[] {
  const groups = filterOrder(Object.keys(all)).map((key) => h(
    'fieldset',
    { class: 'search-filter' },
    h('legend', {}, strings.filter[key] ?? key),
    h('ul', {}, ...Object.keys(all[key] ?? {}).sort((a, b) => a.localeCompare(b)).map((value) => h(
      'li',
      {},
      h(
        'label',
        {},
        h('input', { type: 'checkbox', name: key, value, checked: isTicked(state, key, value) }),
        h('span', {}, value, ' ', h('span', { class: 'search-filter-count' })),
      ),
    ))),
  ));
  return [
    h('h2', { class: 'search-filters-heading' }, strings.filters),
    ...groups,
    h('button', { type: 'button', class: 'button--ghost search-filters-clear', hidden: !hasFilters(state) }, strings.clear),
  ];
}

/** The count shown beside a filter value: how many results of the current query carry it. */
export function filterCount(totals: FilterCounts, key: string, value: string): string {
  return `(${totals[key]?.[value] ?? 0})`;
}
