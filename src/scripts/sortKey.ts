// How <sort-table> (sortTable.ts) orders a column: pure functions of the cells' texts.

/** A cell's key in a column without digits, such as "–" or "not covered"; it stays last in either direction. */
export const MISSING = Number.NEGATIVE_INFINITY;

interface SortKey {
  text: string;
  /** The cell's number, MISSING without digits, undefined for text that is not a number. */
  number: number | undefined;
}

/**
 * A cell's numeric key: the number it starts with ("0.935", "0,935", "−0.012", "1st", "12e (…)"); MISSING for a
 * cell without digits ("–", "not covered"); undefined for other text.
 */
export function numericKey(text: string): number | undefined {
  const clean = text.trim().replace(/\u2212/g, '-').replace(/\s/g, '');
  const m = /^([+-]?\d+(?:[.,]\d+)?)/.exec(clean);
  if (m?.[1]) return Number(m[1].replace(',', '.'));
  return /\d/.test(clean) ? undefined : MISSING;
}

export function sortKey(raw: string): SortKey {
  return { text: raw.trim(), number: numericKey(raw) };
}

/** A column sorts as numbers if some cell holds one and every cell is a number or missing. */
export function isNumeric(keys: readonly SortKey[]): boolean {
  return keys.some((k) => k.number !== undefined && k.number !== MISSING) && keys.every((k) => k.number !== undefined);
}

/** The direction a press sorts in: a first press numbers high to low and text A to Z; pressing again reverses. */
export function nextDescending(sorted: { column: number; descending: boolean }, column: number, numeric: boolean): boolean {
  return sorted.column === column ? !sorted.descending : numeric;
}

/** The rows' positions in sorted order (a stable sort: equal keys keep the built order). */
export function sortOrder(keys: readonly SortKey[], numeric: boolean, descending: boolean, lang: string): number[] {
  const sign = descending ? -1 : 1;
  return keys.map((_, i) => i).sort((a, b) => {
    const ka = keys[a];
    const kb = keys[b];
    if (!ka || !kb) return 0;
    if (numeric) {
      if (ka.number === MISSING || kb.number === MISSING) return (ka.number === MISSING ? 1 : 0) - (kb.number === MISSING ? 1 : 0);
      return sign * ((ka.number ?? 0) - (kb.number ?? 0));
    }
    return sign * ka.text.localeCompare(kb.text, lang, { numeric: true });
  });
}
