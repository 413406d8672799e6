// <sort-table>: makes the table inside sortable by any column, as progressive enhancement. Without JavaScript
// the table keeps the order it was built in. Each column header becomes a button (keyboard operable); the
// sorted column carries aria-sort. A cell's `data-sort` overrides its text as the sort key. With a
// `data-filter` attribute ({"label": …, "all": …, "options": [[id, name], …]}), a select shows only the rows
// whose `data-groups` lists the chosen id.

const MISSING = Number.NEGATIVE_INFINITY;

/**
 * A cell's numeric key: the number it starts with ("0.935", "0,935", "−0.012", "1st", "12e (…)"); MISSING for a
 * cell without digits ("–", "not covered"); undefined for other text.
 */
export function numericKey(text: string): number | undefined {
  const clean = text.trim().replace(/\u2212/g, '-').replace(/\s/g, '');
  const m = /^([+-]?\d+(?:[.,]\d+)?)/.exec(clean);
  if (m) return Number(m[1]!.replace(',', '.'));
  return /\d/.test(clean) ? undefined : MISSING;
}

function sortBy(table: HTMLTableElement, headers: HTMLTableCellElement[], column: number, state: { column: number; descending: boolean }): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = [...body.rows];
  const keys = new Map(rows.map((row) => {
    const cell = row.cells[column];
    const raw = cell?.dataset.sort ?? cell?.textContent ?? '';
    return [row, { text: raw.trim(), number: numericKey(raw) }];
  }));
  const numbers = rows.map((row) => keys.get(row)!.number);
  const numeric = numbers.some((n) => n !== undefined && n !== MISSING) && numbers.every((n) => n !== undefined);
  // A first press sorts numbers high to low and text A to Z; pressing again reverses.
  state.descending = state.column === column ? !state.descending : numeric;
  state.column = column;
  const lang = document.documentElement.lang;
  const sign = state.descending ? -1 : 1;
  rows.sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    if (numeric) {
      // Missing values stay last in either direction.
      if (ka.number === MISSING || kb.number === MISSING) return (ka.number === MISSING ? 1 : 0) - (kb.number === MISSING ? 1 : 0);
      return sign * (ka.number! - kb.number!);
    }
    return sign * ka.text.localeCompare(kb.text, lang, { numeric: true });
  });
  body.append(...rows);
  headers.forEach((th, i) => {
    if (i === column) th.setAttribute('aria-sort', state.descending ? 'descending' : 'ascending');
    else th.removeAttribute('aria-sort');
  });
}

/** Turns each column header of the tables in `root` into a sort button (once). */
function makeSortable(root: HTMLElement): void {
  if (root.dataset.sortable !== undefined) return;
  root.dataset.sortable = '';
  for (const table of root.querySelectorAll('table')) {
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead tr:last-child > th')];
    const state = { column: -1, descending: false };
    headers.forEach((th, i) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      if (th.querySelector('a, button, input, select')) {
        // A header that holds a link keeps it; a separate button, named after the column, sorts.
        button.setAttribute('aria-label', (document.body.dataset.sortLabel ?? '{column}').replace('{column}', th.textContent?.trim() ?? ''));
        th.append(button);
      } else {
        button.append(...th.childNodes);
        th.append(button);
      }
      button.addEventListener('click', () => sortBy(table, headers, i, state));
    });
  }
}

class SortTable extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset.sortable !== undefined) return;
    makeSortable(this);
    const first = this.querySelector('table');
    if (this.dataset.filter && first) this.#addFilter(first);
  }

  #addFilter(table: HTMLTableElement): void {
    const spec = JSON.parse(this.dataset.filter ?? '{}') as { label: string; all: string; options: [string, string][] };
    const label = document.createElement('label');
    label.className = 'table-filter';
    const select = document.createElement('select');
    select.append(new Option(spec.all, ''), ...spec.options.map(([id, name]) => new Option(name, id)));
    label.append(`${spec.label} `, select);
    this.before(label);
    select.addEventListener('change', () => {
      for (const row of table.tBodies[0]?.rows ?? []) {
        row.hidden = select.value !== '' && !(row.dataset.groups ?? '').split(' ').includes(select.value);
      }
    });
  }
}

if (!customElements.get('sort-table')) customElements.define('sort-table', SortTable);
// Tables still wrapped in a plain `div.table-scroll` get the same behaviour.
for (const div of document.querySelectorAll<HTMLElement>('div.table-scroll')) makeSortable(div);
