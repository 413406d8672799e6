// <country-compare>: reads the chosen countries from the URL (`?countries=kor,dnk` or the no-JS form's
// `?c=kor&c=dnk`), draws one dot plot and one table per index with the shared renderer, and keeps the URL in
// step with the checkboxes. CSP: no inline styles or handlers; text goes in with textContent, and the only markup
// parsed is the chart's SafeSvg, whose `svg` template escapes every data value.
import type { Lang } from '../lib/i18n/languages.ts';
import { comparisonChart, comparisonQuery, comparisonSummary, comparisonTable, requestedCountries, type ComparisonData, type ComparisonTable } from '../lib/shared/comparison.ts';
import { NARROW_WIDTH } from '../lib/shared/chartWidths.ts';
import { filterStatus, folded, matchesFilter, parsePeers, presetSelection, selectedText, selectionProblem, toggled, type CompareStrings } from './compareState.ts';

class CountryCompare extends HTMLElement {
  /** The chosen countries, lower-case, in the order chosen. */
  #selection: string[] = [];
  #form?: HTMLFormElement;
  #result!: HTMLElement;
  #boxes!: HTMLInputElement[];
  #known!: Set<string>;
  /** A country's name by upper-case ISO3: its checkbox label's text (not repeated in an attribute: the page ships light). */
  #names!: Map<string, string>;
  #peers!: Record<string, string[]>;
  #data!: ComparisonData[];
  #strings!: CompareStrings;
  #indexLabels!: Record<string, string>;
  #lang!: Lang;
  #count!: HTMLElement | null;
  #error!: HTMLElement | null;
  #clear!: HTMLButtonElement | null;
  #peersButton!: HTMLButtonElement | null;
  #filterStatus!: HTMLElement | null;

  connectedCallback(): void {
    if (this.#form) return;
    const find = <T extends HTMLElement>(id: string) => this.querySelector<T>(`#${id}`);
    const form = find<HTMLFormElement>('compare-form');
    const dataScript = find('compare-data');
    const result = find('compare-result');
    if (!form || !dataScript || !result) return;
    this.#form = form;
    this.#result = result;
    this.#boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="c"]')];
    this.#known = new Set(this.#boxes.map((box) => box.value));
    this.#names = new Map(this.#boxes.map((box) => [box.value.toUpperCase(), box.parentElement?.textContent?.trim() || box.value.toUpperCase()]));
    this.#peers = parsePeers(form.dataset.peers ?? '');
    this.#data = JSON.parse(dataScript.textContent ?? '[]') as ComparisonData[];
    const words = JSON.parse(find('compare-strings')?.textContent ?? '{}') as { strings: CompareStrings; indexLabels: Record<string, string> };
    this.#strings = words.strings;
    this.#indexLabels = words.indexLabels;
    // The page renders data-lang from its own language, always one of the site's.
    this.#lang = form.dataset.lang as Lang;
    this.#count = find('compare-count');
    this.#error = find('compare-error');
    this.#clear = find('compare-clear');
    this.#peersButton = find('compare-peers');
    this.#filterStatus = find('compare-filter-status');

    find('compare-noscript')?.setAttribute('hidden', '');
    form.hidden = false;
    this.#selection = requestedCountries(new URLSearchParams(location.search), this.#known);
    this.#syncBoxes();
    this.#writeUrl();
    const all = find<HTMLDetailsElement>('compare-all');
    if (this.#update(this.#selection.length > 0) && all) all.open = false;

    form.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (box.name === 'c') this.#choose(toggled(this.#selection, box.value, box.checked));
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.#update(true)) result.querySelector<HTMLElement>('h2')?.focus();
    });
    form.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest('button');
      const preset = button?.dataset.preset;
      if (preset !== undefined) this.#choose(presetSelection(preset.split(','), this.#known));
      else if (button && button === this.#peersButton) this.#choosePeers();
      else if (button && button === this.#clear) {
        this.#choose([], false);
        this.#boxes[0]?.focus();
      }
    });
    find<HTMLInputElement>('compare-filter-input')?.addEventListener('input', (event) => this.#filterList((event.target as HTMLInputElement).value));
  }

  /** Makes `selection` the comparison: ticks its boxes, rewrites the URL and redraws. */
  #choose(selection: string[], showError = true): void {
    this.#selection = selection;
    this.#syncBoxes();
    this.#writeUrl();
    this.#update(showError);
  }

  #choosePeers(): void {
    const first = this.#selection[0];
    if (first) this.#choose(presetSelection([first, ...(this.#peers[first] ?? [])], this.#known));
  }

  #syncBoxes(): void {
    for (const box of this.#boxes) box.checked = this.#selection.includes(box.value);
  }

  /** Keeps the URL, and the links to the other editions, in step with the selection. */
  #writeUrl(): void {
    const query = comparisonQuery(this.#selection);
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a.compare-edition')) link.setAttribute('href', `${(link.getAttribute('href') ?? '').split('?')[0]}${query}`);
  }

  /** Filters the checklist as you type; ticked countries stay in view so the choice is never hidden. */
  #filterList(text: string): void {
    const query = folded(text.trim());
    let visible = 0;
    for (const box of this.#boxes) {
      const found = matchesFilter(this.#names.get(box.value.toUpperCase())!, box.value, query);
      const item = box.closest('li');
      if (item) item.hidden = !found && !box.checked;
      if (found) visible++;
    }
    if (this.#filterStatus) this.#filterStatus.textContent = filterStatus(visible, query, this.#strings);
  }

  /** Redraws the comparison; returns whether the selection could be compared. */
  #update(showError: boolean): boolean {
    const n = this.#selection.length;
    if (this.#count) this.#count.textContent = selectedText(n, this.#strings);
    if (this.#clear) this.#clear.hidden = n === 0;
    const first = this.#selection[0];
    const peers = this.#peersButton;
    if (peers) {
      peers.disabled = !first || !this.#peers[first];
      if (first) peers.textContent = this.#strings.peersOf.replace('{country}', this.#names.get(first.toUpperCase()) ?? first);
    }
    const problem = selectionProblem(n, this.#strings);
    if (this.#error) this.#error.textContent = showError ? problem : '';
    this.#form!.toggleAttribute('data-invalid', showError && problem !== '');
    if (problem) {
      this.#result.replaceChildren();
      return false;
    }
    this.#render(this.#selection.map((c) => c.toUpperCase()));
    return true;
  }

  #render(codes: string[]): void {
    const result = this.#result;
    const heading = el('h2', 'compare-heading', this.#strings.result);
    heading.tabIndex = -1;
    const share = el('a', '', this.#strings.share);
    share.href = `${location.pathname}${comparisonQuery(this.#selection)}`;
    result.replaceChildren(heading, el('p', 'compare-share', share), ...this.#data.map((d) => this.#indexSection(d, codes)));
    for (const chart of result.querySelectorAll<SVGSVGElement>('svg.chart')) fitViewBox(chart);
  }

  #indexSection(d: ComparisonData, codes: string[]): HTMLElement {
    const id = `compare-${d.index}`;
    const title = `${this.#indexLabels[d.index] ?? d.indexLabel} ${d.editionTitle}`;
    const section = el('section', 'compare-index');
    section.setAttribute('aria-labelledby', `${id}-heading`);
    const heading = el('h3', '', title);
    heading.id = `${id}-heading`;
    const phone = window.matchMedia('(max-width: 40rem)').matches;
    const chart = comparisonChart(d, codes, this.#lang, `${id}-chart`, phone ? NARROW_WIDTH : undefined);
    const figure = el('figure', 'chart-figure compare-chart', el('figcaption', 'chart-summary', comparisonSummary(d, codes, this.#lang)));
    // SafeSvg is escaped markup from the shared renderer; a <template> parses it without running anything.
    const template = document.createElement('template');
    template.innerHTML = chart.toString();
    figure.append(template.content);
    section.append(heading, figure, this.#table(comparisonTable(d, codes, this.#names, this.#lang), title, d.partial ? this.#strings.averagePrinted : this.#strings.average));
    return section;
  }

  /** The table beside a chart, in a <sort-table> (sortTable.ts) that makes its columns sortable; each country's heading links to its profile. */
  #table(t: ComparisonTable, title: string, average: string): HTMLElement {
    const head = el('tr', '', th('col', this.#strings.indicator));
    for (const c of t.countries) {
      const link = el('a', '', c.name);
      link.href = (this.#form!.dataset.countryUrl ?? '').replace('{iso3}', c.iso3.toLowerCase());
      head.append(th('col', link, 'num'));
    }
    head.append(th('col', average, 'num'));
    const body = el('tbody');
    t.rows.forEach((row, i) => {
      const tr = el('tr', i === 0 ? 'compare-composite' : '', th('row', row.label));
      for (const text of [...row.cells, row.average]) tr.append(el('td', 'num', text));
      body.append(tr);
    });
    const table = el('table', 'compare-table', el('caption', 'visually-hidden', title));
    table.append(el('thead', '', head), body);
    const wrapper = document.createElement('sort-table');
    wrapper.className = 'table-scroll';
    wrapper.append(table);
    return wrapper;
  }
}

/**
 * An element with an optional class and text (set as textContent, never parsed) or child node. Kept here
 * rather than shared with the search page: a module two pages share becomes its own file, which cost this
 * page 0.2 kB gzip.
 */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', content?: string | Node): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (typeof content === 'string') node.textContent = content;
  else if (content) node.append(content);
  return node;
}

function th(scope: 'col' | 'row', content: string | Node, className = ''): HTMLTableCellElement {
  const cell = el('th', className, content);
  cell.scope = scope;
  return cell;
}

/** Widens a chart's viewBox to take in labels longer than the renderer's estimate, instead of clipping them. */
function fitViewBox(chart: SVGSVGElement): void {
  const [x = 0, y = 0, width = 0, height = 0] = (chart.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const box = chart.getBBox();
  const left = Math.min(x, Math.floor(box.x) - 2);
  const right = Math.max(x + width, Math.ceil(box.x + box.width) + 2);
  if (left < x || right > x + width) chart.setAttribute('viewBox', `${left} ${y} ${right - left} ${height}`);
}

if (!customElements.get('country-compare')) customElements.define('country-compare', CountryCompare);
