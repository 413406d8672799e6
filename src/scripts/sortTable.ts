// <sort-table>: makes the tables inside sortable by any column, as progressive enhancement. Without JavaScript
// a table keeps the order it was built in. Each column header becomes a button (keyboard operable); the
// sorted column carries aria-sort. A cell's `data-sort` overrides its text as the sort key. With a
// `data-filter` attribute ({"label": …, "all": …, "options": [[id, name], …]}), a select shows only the rows
// whose `data-groups` lists the chosen id.
import { isNumeric, nextDescending, sortKey, sortOrder } from './sortKey.ts';

class SortTable extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset.sortable !== undefined) return;
    this.dataset.sortable = '';
    const tables = [...this.querySelectorAll('table')];
    for (const table of tables) sortable(table);
    if (this.dataset.filter && tables[0]) this.#addFilter(tables[0]);
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

/** Turns each column header of `table` into a sort button; the table remembers which column it is sorted by. */
function sortable(table: HTMLTableElement): void {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead tr:last-child > th')];
  const sorted = { column: -1, descending: false };
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    if (th.querySelector('a, button, input, select')) {
      // A header that holds a link keeps it; a separate button, named after the column, sorts.
      button.setAttribute('aria-label', (document.body.dataset.sortLabel ?? '{column}').replace('{column}', th.textContent?.trim() ?? ''));
    } else {
      button.append(...th.childNodes);
    }
    th.append(button);
    button.addEventListener('click', () => {
      const body = table.tBodies[0];
      if (!body) return;
      const rows = [...body.rows];
      const keys = rows.map((row) => sortKey(row.cells[column]?.dataset.sort ?? row.cells[column]?.textContent ?? ''));
      const numeric = isNumeric(keys);
      sorted.descending = nextDescending(sorted, column, numeric);
      sorted.column = column;
      body.append(...sortOrder(keys, numeric, sorted.descending, document.documentElement.lang).flatMap((i) => rows[i] ?? []));
      headers.forEach((header, i) => {
        if (i === column) header.setAttribute('aria-sort', sorted.descending ? 'descending' : 'ascending');
        else header.removeAttribute('aria-sort');
      });
    });
  });
}

if (!customElements.get('sort-table')) customElements.define('sort-table', SortTable);
