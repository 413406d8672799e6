// Compare page: reads the chosen countries from the URL (`?countries=kor,dnk` or the no-JS form's `?c=kor&c=dnk`),
// draws one dot plot and one table per index with the shared renderer, and keeps the URL in step with the checkboxes.
// CSP: no inline styles or handlers; text goes in with textContent, and the only markup parsed is the chart's
// SafeSvg, whose `svg` template escapes every data value.
import { el } from './dom.ts';
import type { Lang } from '../lib/i18n/languages.ts';
import {
  COMPARE_MAX,
  COMPARE_MIN,
  comparisonChart,
  comparisonQuery,
  comparisonSummary,
  comparisonTable,
  requestedCountries,
  type ComparisonData,
} from '../lib/site/comparison.ts';
import { NARROW_WIDTH } from '../lib/site/chartWidths.ts';

interface Strings {
  selected: string;
  tooFew: string;
  tooMany: string;
  share: string;
  indicator: string;
  average: string;
  result: string;
  peersOf: string;
  filterNone: string;
}

const form = document.getElementById('compare-form') as HTMLFormElement | null;
const dataScript = document.getElementById('compare-data');
const result = document.getElementById('compare-result');
if (form && dataScript && result) init(form, dataScript, result);

function init(form: HTMLFormElement, dataScript: HTMLElement, result: HTMLElement): void {
  // The page renders data-lang from its own language, always one of the site's.
  const lang = form.dataset.lang as Lang;
  const { strings, indexLabels } = JSON.parse(document.getElementById('compare-strings')?.textContent ?? '{}') as { strings: Strings; indexLabels: Record<string, string> };
  const countriesBase = form.dataset.countriesBase ?? '';
  const data = JSON.parse(dataScript.textContent ?? '[]') as ComparisonData[];
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="c"]')];
  const byCode = new Map(boxes.map((box) => [box.value, box]));
  // A box's country name is its label's text (not repeated in an attribute: the page ships light).
  const names = new Map(boxes.map((box) => [box.value.toUpperCase(), box.parentElement?.textContent?.trim() || box.value.toUpperCase()]));
  const count = document.getElementById('compare-count');
  const error = document.getElementById('compare-error');
  const clear = document.getElementById('compare-clear') as HTMLButtonElement | null;
  const all = document.getElementById('compare-all') as HTMLDetailsElement | null;

  document.getElementById('compare-noscript')?.setAttribute('hidden', '');
  form.hidden = false;
  const peers: Record<string, string[]> = Object.fromEntries(
    (form.dataset.peers ?? '').split(',').filter(Boolean).map((entry) => { const [code, ...list] = entry.split(' '); return [code!, list]; }),
  );
  const peersButton = document.getElementById('compare-peers') as HTMLButtonElement | null;
  const filterInput = document.getElementById('compare-filter-input') as HTMLInputElement | null;
  const filterStatus = document.getElementById('compare-filter-status');

  // The order countries were chosen in: the first gets the first colour and symbol.
  let selection = requestedCountries(new URLSearchParams(location.search), new Set(byCode.keys()));
  for (const box of boxes) box.checked = selection.includes(box.value);
  if (location.search !== comparisonQuery(selection)) writeUrl();
  const valid = update(selection.length > 0);
  if (all && valid) all.open = false;

  form.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.name !== 'c') return;
    selection = selection.filter((c) => c !== box.value);
    if (box.checked) selection.push(box.value);
    writeUrl();
    update(true);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (update(true)) result.querySelector<HTMLElement>('h2')?.focus();
  });

  /** Replaces the selection with `codes` (lower-case), as a preset does. */
  function choose(codes: string[]): void {
    selection = codes.filter((c) => byCode.has(c));
    for (const box of boxes) box.checked = selection.includes(box.value);
    writeUrl();
    update(true);
  }

  for (const button of form.querySelectorAll<HTMLButtonElement>('button[data-preset]')) {
    button.addEventListener('click', () => choose((button.dataset.preset ?? '').split(',')));
  }
  peersButton?.addEventListener('click', () => {
    const first = selection[0];
    if (first) choose([first, ...(peers[first] ?? [])]);
  });

  // Filters the checklist as you type; ticked countries stay in view so the choice is never hidden.
  const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
  filterInput?.addEventListener('input', () => {
    const query = fold(filterInput.value.trim());
    let visible = 0;
    for (const box of boxes) {
      const name = fold(names.get(box.value.toUpperCase())!);
      const found = query === '' || name.split(/[\s-]+/).some((w) => w.startsWith(query)) || name.startsWith(query) || box.value.startsWith(query);
      const item = box.closest('li');
      if (item) item.hidden = !found && !box.checked;
      if (found) visible++;
    }
    if (filterStatus) filterStatus.textContent = visible === 0 ? strings.filterNone : query ? `(${visible})` : '';
  });

  clear?.addEventListener('click', () => {
    selection = [];
    for (const box of boxes) box.checked = false;
    writeUrl();
    update(false);
    boxes[0]?.focus();
  });

  function writeUrl(): void {
    history.replaceState(history.state, '', `${location.pathname}${comparisonQuery(selection)}${location.hash}`);
  }

  /** Redraws the comparison; returns whether the selection could be compared. */
  function update(showError: boolean): boolean {
    const n = selection.length;
    if (count) count.textContent = n ? `(${strings.selected.replace('{count}', String(n))})` : '';
    if (clear) clear.hidden = n === 0;
    if (peersButton) {
      const first = selection[0];
      peersButton.disabled = !first || !peers[first];
      if (first) peersButton.textContent = strings.peersOf.replace('{country}', names.get(first.toUpperCase()) ?? first);
    }
    const problem = n < COMPARE_MIN ? strings.tooFew : n > COMPARE_MAX ? strings.tooMany : '';
    if (error) error.textContent = showError ? problem : '';
    form.toggleAttribute('data-invalid', showError && problem !== '');
    if (problem) {
      result.replaceChildren();
      return false;
    }
    render(selection.map((c) => c.toUpperCase()));
    return true;
  }

  function render(codes: string[]): void {
    const heading = el('h2', 'compare-heading', strings.result);
    heading.tabIndex = -1;
    const share = el('a', '', strings.share);
    share.href = `${location.pathname}${comparisonQuery(selection)}`;
    const parts: Node[] = [heading, el('p', 'compare-share', share)];
    for (const d of data) parts.push(indexSection(d, codes));
    result.replaceChildren(...parts);
    for (const chart of result.querySelectorAll<SVGSVGElement>('svg.chart')) fitViewBox(chart);
  }

  function indexSection(d: ComparisonData, codes: string[]): HTMLElement {
    const id = `compare-${d.index}`;
    const section = el('section', 'compare-index');
    section.setAttribute('aria-labelledby', `${id}-heading`);
    const heading = el('h3', '', `${indexLabels[d.index] ?? d.indexLabel} ${d.edition}`);
    heading.id = `${id}-heading`;

    const phone = window.matchMedia('(max-width: 40rem)').matches;
    const chart = comparisonChart(d, codes, lang, `${id}-chart`, phone ? NARROW_WIDTH : undefined);
    const figure = el('figure', 'chart-figure compare-chart');
    const caption = el('figcaption', 'chart-summary', comparisonSummary(d, codes, lang));
    // SafeSvg is escaped markup from the shared renderer; a <template> parses it without running anything.
    const template = document.createElement('template');
    template.innerHTML = chart.toString();
    figure.append(caption, template.content);

    section.append(heading, figure, tableOf(d, codes));
    return section;
  }

  function tableOf(d: ComparisonData, codes: string[]): HTMLElement {
    const t = comparisonTable(d, codes, names, lang);
    const table = document.createElement('table');
    table.className = 'compare-table';
    table.append(el('caption', 'visually-hidden', `${indexLabels[d.index] ?? d.indexLabel} ${d.edition}`));
    const headRow = el('tr');
    headRow.append(th('col', strings.indicator));
    for (const c of t.countries) {
      const cell = th('col', '', 'num');
      const link = el('a', '', c.name);
      link.href = `${countriesBase}${c.iso3.toLowerCase()}/`;
      cell.append(link);
      headRow.append(cell);
    }
    headRow.append(th('col', strings.average, 'num'));
    const body = el('tbody');
    t.rows.forEach((row, i) => {
      const tr = el('tr', i === 0 ? 'compare-composite' : '');
      tr.append(th('row', row.label));
      for (const text of row.cells) tr.append(el('td', 'num', text));
      tr.append(el('td', 'num', row.average));
      body.append(tr);
    });
    const head = el('thead');
    head.append(headRow);
    table.append(head, body);
    // <sort-table> (src/scripts/sortTable.ts) makes the columns sortable once it is in the page.
    const wrapper = document.createElement('sort-table');
    wrapper.className = 'table-scroll';
    wrapper.append(table);
    return wrapper;
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

function th(scope: 'col' | 'row', text: string, className = ''): HTMLTableCellElement {
  const cell = el('th', className, text);
  cell.scope = scope;
  return cell;
}
