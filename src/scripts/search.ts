// <site-search>: the search page's form, filters and results. Pagefind loads only once the reader searches
// (a `?q=` on load, or the first focus or keystroke in the field); the query and filters live in the URL so a
// search can be linked. Every URL comes from the element's data attributes, so the site can live under a
// sub-path; what it shows is built from views (view.ts), so nothing is parsed as HTML under the strict CSP.
import { hasFilters, pagefindFilters, readSearchState, searchQuery, showsFilters, statusMessage, withFilter, withoutFilters, withTerm, type SearchState, type SearchStrings } from './searchState.ts';
import { filterCount, filtersView, moreButtonView, noneHelpView, resultView, type FilterCounts, type ResultData } from './searchView.ts';
import { h, toNode } from './view.ts';

interface SearchResponse {
  results: { id: string; data: () => Promise<ResultData> }[];
  totalFilters: FilterCounts;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (term: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<SearchResponse>;
}

interface Parts {
  input: HTMLInputElement;
  status: HTMLElement;
  filters: HTMLElement;
  results: HTMLElement;
  noscript: HTMLElement | null;
}

/** The results listed so far for one search, and where the next page starts. */
interface Listing {
  search: number;
  response: SearchResponse;
  list: HTMLElement;
  next: number;
}

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 200;

class SiteSearch extends HTMLElement {
  #state: SearchState = { term: '', filters: {} };
  #strings = {} as SearchStrings;
  #parts: Parts | null = null;
  #pagefind: Promise<Pagefind> | null = null;
  /** Counts searches, so an answer that arrives after a newer search started is dropped. */
  #search = 0;
  #listing: Listing | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    if (this.#parts) return;
    const input = this.querySelector<HTMLInputElement>('#search-query');
    const form = this.querySelector('form');
    const status = this.querySelector<HTMLElement>('#search-status');
    const filters = this.querySelector<HTMLElement>('#search-filters');
    const results = this.querySelector<HTMLElement>('#search-results');
    if (!input || !form || !status || !filters || !results) return;
    const parts: Parts = { input, status, filters, results, noscript: this.querySelector('#search-noscript') };
    this.#parts = parts;
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as SearchStrings;
    this.#state = readSearchState(new URLSearchParams(location.search));
    parts.noscript?.setAttribute('hidden', '');
    input.value = this.#state.term;

    input.addEventListener('focus', () => void this.#load().catch(() => {}), { once: true });
    input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#run(), DEBOUNCE_MS);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      void this.#run();
    });
    filters.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      this.#setState(withFilter(this.#state, box.name, box.value, box.checked));
      void this.#run();
    });
    this.addEventListener('click', (event) => {
      const target = event.target as HTMLElement;
      if (target.closest('.search-filters-clear')) this.#clearFilters();
      else if (target.closest('.search-more') && this.#listing) void this.#showMore(this.#listing, true);
    });

    if (this.#state.term.trim()) void this.#run();
  }

  /** Loads Pagefind once; the filter checkboxes are built from its filter list. */
  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${this.dataset.bundle ?? ''}pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: this.dataset.base ?? '/', excerptLength: 24 });
      await pagefind.init();
      this.#parts?.filters.replaceChildren(...filtersView(await pagefind.filters(), this.#state, this.#strings).map(toNode));
      return pagefind;
    })();
    return this.#pagefind;
  }

  #setState(state: SearchState): void {
    this.#state = state;
    const clear = this.#parts?.filters.querySelector<HTMLElement>('.search-filters-clear');
    if (clear) clear.hidden = !hasFilters(state);
    history.replaceState(history.state, '', `${location.pathname}${searchQuery(state)}${location.hash}`);
  }

  #clearFilters(): void {
    const parts = this.#parts;
    if (!parts) return;
    for (const box of parts.filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
    this.#setState(withoutFilters(this.#state));
    parts.input.focus();
    void this.#run();
  }

  async #run(): Promise<void> {
    const parts = this.#parts;
    if (!parts) return;
    const search = ++this.#search;
    this.#setState(withTerm(this.#state, parts.input.value));
    const term = this.#state.term.trim();
    this.#listing = null;
    if (!term) {
      parts.status.textContent = '';
      parts.results.replaceChildren();
      parts.filters.hidden = true;
      return;
    }
    let pagefind: Pagefind;
    try {
      if (!this.#pagefind) parts.status.textContent = this.#strings.loading;
      pagefind = await this.#load();
    } catch (error) {
      console.error(error);
      this.#failed();
      return;
    }
    const response = await pagefind.search(term, { filters: pagefindFilters(this.#state) });
    if (search !== this.#search) return;
    for (const box of parts.filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const counter = box.parentElement?.querySelector('.search-filter-count');
      if (counter) counter.textContent = filterCount(response.totalFilters, box.name, box.value);
    }
    const count = response.results.length;
    parts.filters.hidden = !showsFilters(this.#state, count);
    const list = toNode(h('ol', { class: 'search-result-list' })) as HTMLElement;
    parts.results.replaceChildren(count === 0 ? toNode(noneHelpView(this.#strings, this.dataset.countries ?? '')) : list);
    this.#listing = { search, response, list, next: 0 };
    await this.#showMore(this.#listing, false);
    if (search !== this.#search) return;
    parts.status.textContent = statusMessage(this.#strings, count, term);
  }

  /** Appends the next page of results and, if more remain, a button that shows them; `focus` moves to the first new one. */
  async #showMore(listing: Listing, focus: boolean): Promise<void> {
    const { response, next: from } = listing;
    const page = await Promise.all(response.results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    if (listing.search !== this.#search) return;
    const items = page.map((data) => toNode(resultView(data)) as HTMLElement);
    listing.list.append(...items);
    listing.next = from + PAGE_SIZE;
    const results = this.#parts?.results;
    results?.querySelector('.search-more')?.remove();
    if (results && listing.next < response.results.length) results.append(toNode(moreButtonView(this.#strings)));
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  #failed(): void {
    if (!this.#parts) return;
    const { status, noscript } = this.#parts;
    status.textContent = '';
    const link = noscript?.querySelector('a');
    if (noscript && link) {
      link.textContent = this.#strings.failed;
      noscript.hidden = false;
    }
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
