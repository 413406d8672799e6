// Search page: Pagefind in the browser, loaded only once the reader searches (a `?q=` on load, or the first
// focus or keystroke in the search field). The query and filters live in the URL so a search can be linked.
// CSP: results are built with DOM APIs and textContent; Pagefind's excerpt is split on its <mark> tags
// rather than parsed as HTML. Every URL comes from the page's data attributes, so the site can live under a sub-path.
import { el } from './dom.ts';

interface Strings {
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

type FilterCounts = Record<string, Record<string, number>>;

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface SearchResponse {
  results: { id: string; data: () => Promise<ResultData> }[];
  unfilteredResultCount: number;
  totalFilters: FilterCounts;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (term: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<SearchResponse>;
}

/** Filters the pages set (`data-pagefind-filter`), in the order they are offered. */
const FILTER_KEYS = ['type', 'index', 'membership'];
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 200;

const app = document.getElementById('search-app');
if (app) init(app);

function init(app: HTMLElement): void {
  const input = document.getElementById('search-query') as HTMLInputElement;
  const form = document.getElementById('search-page-form') as HTMLFormElement;
  const status = document.getElementById('search-status')!;
  const filtersBox = document.getElementById('search-filters')!;
  const resultsBox = document.getElementById('search-results')!;
  const noscript = document.getElementById('search-noscript');
  const strings = JSON.parse(app.dataset.strings ?? '{}') as Strings;
  const bundle = app.dataset.bundle ?? '';
  const baseUrl = app.dataset.base ?? '/';

  noscript?.setAttribute('hidden', '');

  const params = new URLSearchParams(location.search);
  const chosen = new Map(FILTER_KEYS.map((key) => [key, new Set(params.getAll(key))]));
  input.value = params.get('q') ?? '';

  let loading: Promise<Pagefind> | null = null;
  let searchId = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Loads Pagefind once; the filter checkboxes are built from its filter list. */
  function load(): Promise<Pagefind> {
    loading ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl, excerptLength: 24 });
      await pagefind.init();
      buildFilters(await pagefind.filters());
      return pagefind;
    })();
    return loading;
  }

  input.addEventListener('focus', () => void load().catch(() => {}), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });

  if (input.value.trim()) void run();

  async function run(): Promise<void> {
    const id = ++searchId;
    const term = input.value.trim();
    writeUrl(term);
    if (!term) {
      status.textContent = '';
      resultsBox.replaceChildren();
      filtersBox.hidden = true;
      return;
    }
    let pagefind: Pagefind;
    try {
      if (!loading) status.textContent = strings.loading;
      pagefind = await load();
    } catch (error) {
      console.error(error);
      failed();
      return;
    }
    const response = await pagefind.search(term, { filters: activeFilters() });
    if (id !== searchId) return;
    updateCounts(response.totalFilters);
    const count = response.results.length;
    // With nothing found and no filter to untick, the filters would only be noise.
    filtersBox.hidden = count === 0 && Object.keys(activeFilters()).length === 0;
    const message = count === 0 ? strings.none : count === 1 ? strings.one : strings.results;
    const list = el('ol', 'search-result-list');
    resultsBox.replaceChildren(count === 0 ? noneHelp() : list);
    await showMore(response, list, 0, id);
    if (id !== searchId) return;
    status.textContent = message.replace('{count}', String(count)).replace('{query}', term);
  }

  /** Appends the next page of results and, if more remain, a button that shows them. */
  async function showMore(response: SearchResponse, list: HTMLOListElement, from: number, id: number): Promise<HTMLAnchorElement | null> {
    const page = await Promise.all(response.results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    if (id !== searchId) return null;
    const items = page.map(resultItem);
    list.append(...items);
    resultsBox.querySelector('.search-more')?.remove();
    const next = from + PAGE_SIZE;
    if (next < response.results.length) {
      const button = el('button', 'search-more button--ghost', strings.more);
      button.type = 'button';
      button.addEventListener('click', async () => {
        const first = await showMore(response, list, next, id);
        first?.focus();
      });
      resultsBox.append(button);
    }
    return items[0]?.querySelector('a') ?? null;
  }

  function noneHelp(): HTMLParagraphElement {
    const link = el('a', '', strings.browse);
    link.href = app.dataset.countries ?? '';
    const p = el('p', 'search-none-help', `${strings.noneHelp} `);
    p.append(link);
    return p;
  }

  function resultItem(data: ResultData): HTMLLIElement {
    const item = el('li', 'search-result');
    const link = el('a', '', data.meta.title || data.url);
    link.href = data.url;
    const title = el('h2', 'search-result-title', link);
    const about = [data.meta.type, data.meta.figure].filter(Boolean).join(' · ');
    item.append(title);
    if (about) item.append(el('p', 'search-result-meta', about));
    if (!isSpellingList(data.excerpt, data.meta.aliases)) item.append(excerpt(data.excerpt));
    return item;
  }

  function buildFilters(all: FilterCounts): void {
    const keys = [...FILTER_KEYS.filter((k) => k in all), ...Object.keys(all).filter((k) => !FILTER_KEYS.includes(k))];
    const heading = el('h2', 'search-filters-heading', strings.filters);
    const groups = keys.map((key) => {
      const fieldset = el('fieldset', 'search-filter');
      fieldset.append(el('legend', '', strings.filter[key] ?? key));
      const list = el('ul');
      for (const value of Object.keys(all[key]!).sort((a, b) => a.localeCompare(b))) {
        const box = el('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        box.checked = chosen.get(key)?.has(value) ?? false;
        const label = el('label', '', box);
        const text = el('span', '', value);
        text.append(' ', el('span', 'search-filter-count'));
        label.append(text);
        list.append(el('li', '', label));
      }
      fieldset.append(list);
      return fieldset;
    });
    const clear = el('button', 'button--ghost search-filters-clear', strings.clear);
    clear.type = 'button';
    clear.addEventListener('click', () => {
      for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
      for (const set of chosen.values()) set.clear();
      input.focus();
      void run();
    });
    filtersBox.replaceChildren(heading, ...groups, clear);
    syncClear();
    filtersBox.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (!chosen.has(box.name)) chosen.set(box.name, new Set());
      const set = chosen.get(box.name)!;
      if (box.checked) set.add(box.value);
      else set.delete(box.value);
      syncClear();
      void run();
    });
  }

  function syncClear(): void {
    const any = [...chosen.values()].some((set) => set.size > 0);
    const clear = filtersBox.querySelector<HTMLButtonElement>('.search-filters-clear');
    if (clear) clear.hidden = !any;
  }

  /** Shows, next to each filter value, how many results of the current query carry it. */
  function updateCounts(totals: FilterCounts): void {
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const counter = box.parentElement?.querySelector('.search-filter-count');
      if (counter) counter.textContent = `(${totals[box.name]?.[box.value] ?? 0})`;
    }
  }

  function activeFilters(): Record<string, { any: string[] }> {
    const filters: Record<string, { any: string[] }> = {};
    for (const [key, set] of chosen) if (set.size) filters[key] = { any: [...set] };
    return filters;
  }

  function writeUrl(term: string): void {
    const next = new URLSearchParams();
    if (term) next.set('q', term);
    for (const [key, set] of chosen) for (const value of set) next.append(key, value);
    const query = next.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  function failed(): void {
    status.textContent = '';
    const link = noscript?.querySelector('a');
    if (noscript && link) {
      link.textContent = strings.failed;
      noscript.hidden = false;
    }
  }
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

/** Pagefind's excerpt as text, its <mark> highlights as <mark> elements; nothing in it is parsed as HTML. */
function excerpt(html: string): HTMLParagraphElement {
  const p = el('p', 'search-result-excerpt');
  html.split(/(<mark>|<\/mark>)/).reduce((marked, part) => {
    if (part === '<mark>') return true;
    if (part === '</mark>') return false;
    if (part) {
      const text = part.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
      p.append(marked ? el('mark', '', text) : document.createTextNode(text));
    }
    return marked;
  }, false);
  return p;
}
