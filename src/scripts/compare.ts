// <country-compare>: reads the chosen countries from the URL (`?countries=kor,dnk` or the no-JS form's
// `?c=kor&c=dnk`), draws one dot plot and one table per index with the shared renderer, and keeps the URL in
// step with the checkboxes. CSP: no inline styles or handlers; text goes in as text nodes, and the only markup
// parsed is the chart's SafeSvg, whose `svg` template escapes every data value.
import type { Lang } from '../lib/i18n/languages.ts';
import { comparisonChart, comparisonQuery, comparisonSummary, comparisonTable, requestedCountries, type ComparisonData } from '../lib/site/comparison.ts';
import { NARROW_WIDTH } from '../lib/site/chartWidths.ts';
import { comparisonTableView, filterStatus, folded, matchesFilter, parsePeers, presetSelection, selectedText, selectionProblem, toggled, type CompareStrings } from './compareState.ts';
import { h, toNode } from './view.ts';

interface Parts {
  form: HTMLFormElement;
  result: HTMLElement;
  boxes: HTMLInputElement[];
  count: HTMLElement | null;
  error: HTMLElement | null;
  clear: HTMLButtonElement | null;
  peersButton: HTMLButtonElement | null;
  filterStatus: HTMLElement | null;
}

class CountryCompare extends HTMLElement {
  /** The chosen countries, lower-case, in the order chosen. */
  #selection: string[] = [];
  #parts: Parts | null = null;
  #lang = 'en' as Lang;
  #strings = {} as CompareStrings;
  #indexLabels: Record<string, string> = {};
  #data: ComparisonData[] = [];
  #peers: Record<string, string[]> = {};
  /** A country's name by lower-case code: its checkbox label's text (not repeated in an attribute: the page ships light). */
  #names = new Map<string, string>();
  /** The same names by upper-case ISO3, as the comparison data keys countries. */
  #namesByIso3 = new Map<string, string>();

  connectedCallback(): void {
    if (this.#parts) return;
    const form = this.querySelector<HTMLFormElement>('#compare-form');
    const dataScript = this.querySelector('#compare-data');
    const result = this.querySelector<HTMLElement>('#compare-result');
    if (!form || !dataScript || !result) return;
    const find = <T extends HTMLElement>(id: string) => this.querySelector<T>(`#${id}`);
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="c"]')];
    const parts: Parts = {
      form, result, boxes,
      count: find('compare-count'),
      error: find('compare-error'),
      clear: find('compare-clear'),
      peersButton: find('compare-peers'),
      filterStatus: find('compare-filter-status'),
    };
    this.#parts = parts;
    // The page renders data-lang from its own language, always one of the site's.
    this.#lang = form.dataset.lang as Lang;
    const words = JSON.parse(find('compare-strings')?.textContent ?? '{}') as { strings: CompareStrings; indexLabels: Record<string, string> };
    this.#strings = words.strings;
    this.#indexLabels = words.indexLabels;
    this.#data = JSON.parse(dataScript.textContent ?? '[]') as ComparisonData[];
    this.#peers = parsePeers(form.dataset.peers ?? '');
    this.#names = new Map(boxes.map((box) => [box.value, box.parentElement?.textContent?.trim() || box.value.toUpperCase()]));
    this.#namesByIso3 = new Map([...this.#names].map(([code, name]) => [code.toUpperCase(), name]));

    find('compare-noscript')?.setAttribute('hidden', '');
    form.hidden = false;
    this.#selection = requestedCountries(new URLSearchParams(location.search), new Set(this.#names.keys()));
    this.#syncBoxes();
    if (location.search !== comparisonQuery(this.#selection)) this.#writeUrl();
    const all = find<HTMLDetailsElement>('compare-all');
    if (this.#update(this.#selection.length > 0) && all) all.open = false;

    form.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (box.name === 'c') this.#choose(toggled(this.#selection, box.value, box.checked), { syncBoxes: false });
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.#update(true)) result.querySelector<HTMLElement>('h2')?.focus();
    });
    form.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest('button');
      const preset = button?.dataset.preset;
      if (preset !== undefined) this.#choose(presetSelection(preset.split(','), new Set(this.#names.keys())));
      else if (button && button === parts.peersButton) this.#choosePeers();
      else if (button && button === parts.clear) {
        this.#choose([], { showError: false });
        boxes[0]?.focus();
      }
    });
    find<HTMLInputElement>('compare-filter-input')?.addEventListener('input', (event) => this.#filterList((event.target as HTMLInputElement).value));
  }

  /** Makes `selection` the comparison: ticks its boxes (unless the reader just did), rewrites the URL and redraws. */
  #choose(selection: string[], { syncBoxes = true, showError = true } = {}): void {
    this.#selection = selection;
    if (syncBoxes) this.#syncBoxes();
    this.#writeUrl();
    this.#update(showError);
  }

  #choosePeers(): void {
    const first = this.#selection[0];
    if (first) this.#choose(presetSelection([first, ...(this.#peers[first] ?? [])], new Set(this.#names.keys())));
  }

  #syncBoxes(): void {
    for (const box of this.#parts!.boxes) box.checked = this.#selection.includes(box.value);
  }

  #writeUrl(): void {
    history.replaceState(history.state, '', `${location.pathname}${comparisonQuery(this.#selection)}${location.hash}`);
  }

  /** Filters the checklist as you type; ticked countries stay in view so the choice is never hidden. */
  #filterList(text: string): void {
    const query = folded(text.trim());
    let visible = 0;
    for (const box of this.#parts!.boxes) {
      const found = matchesFilter(this.#names.get(box.value)!, box.value, query);
      const item = box.closest('li');
      if (item) item.hidden = !found && !box.checked;
      if (found) visible++;
    }
    const status = this.#parts!.filterStatus;
    if (status) status.textContent = filterStatus(visible, query, this.#strings);
  }

  /** Redraws the comparison; returns whether the selection could be compared. */
  #update(showError: boolean): boolean {
    const { form, result, count, error, clear, peersButton } = this.#parts!;
    const n = this.#selection.length;
    if (count) count.textContent = selectedText(n, this.#strings);
    if (clear) clear.hidden = n === 0;
    const first = this.#selection[0];
    if (peersButton) {
      peersButton.disabled = !first || !this.#peers[first];
      if (first) peersButton.textContent = this.#strings.peersOf.replace('{country}', this.#names.get(first) ?? first);
    }
    const problem = selectionProblem(n, this.#strings);
    if (error) error.textContent = showError ? problem : '';
    form.toggleAttribute('data-invalid', showError && problem !== '');
    if (problem) {
      result.replaceChildren();
      return false;
    }
    this.#render(this.#selection.map((c) => c.toUpperCase()));
    return true;
  }

  #render(codes: string[]): void {
    const { result } = this.#parts!;
    const heading = h('h2', { class: 'compare-heading', tabindex: '-1' }, this.#strings.result);
    const share = h('p', { class: 'compare-share' }, h('a', { href: `${location.pathname}${comparisonQuery(this.#selection)}` }, this.#strings.share));
    result.replaceChildren(toNode(heading), toNode(share), ...this.#data.map((d) => this.#indexSection(d, codes)));
    for (const chart of result.querySelectorAll<SVGSVGElement>('svg.chart')) fitViewBox(chart);
  }

  #indexSection(d: ComparisonData, codes: string[]): Node {
    const id = `compare-${d.index}`;
    const title = `${this.#indexLabels[d.index] ?? d.indexLabel} ${d.edition}`;
    const phone = window.matchMedia('(max-width: 40rem)').matches;
    const chart = comparisonChart(d, codes, this.#lang, `${id}-chart`, phone ? NARROW_WIDTH : undefined);
    const section = toNode(h(
      'section',
      { class: 'compare-index', 'aria-labelledby': `${id}-heading` },
      h('h3', { id: `${id}-heading` }, title),
      h('figure', { class: 'chart-figure compare-chart' }, h('figcaption', { class: 'chart-summary' }, comparisonSummary(d, codes, this.#lang))),
      comparisonTableView(comparisonTable(d, codes, this.#namesByIso3, this.#lang), title, this.#parts!.form.dataset.countriesBase ?? '', this.#strings),
    )) as HTMLElement;
    // SafeSvg is escaped markup from the shared renderer; a <template> parses it without running anything.
    const template = document.createElement('template');
    template.innerHTML = chart.toString();
    section.querySelector('figure')!.append(template.content);
    return section;
  }
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
