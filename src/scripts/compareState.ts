// The compare picker's choices as plain data: the selection (lower-case ISO3 codes, in the order chosen: the
// first gets the first colour and symbol), its peers and the list filter.
import { COMPARE_MAX, COMPARE_MIN } from '../lib/shared/comparison.ts';

export interface CompareStrings {
  selected: string;
  tooFew: string;
  tooMany: string;
  share: string;
  indicator: string;
  average: string;
  averagePrinted: string;
  result: string;
  peersOf: string;
  filterNone: string;
}

/** The selection with `code` added at the end (`on`) or taken out. */
export function toggled(selection: readonly string[], code: string, on: boolean): string[] {
  const rest = selection.filter((c) => c !== code);
  return on ? [...rest, code] : rest;
}

/** A preset's countries that the picker offers, in the preset's order, without repeats. */
export function presetSelection(codes: readonly string[], known: ReadonlySet<string>): string[] {
  return [...new Set(codes.filter((c) => known.has(c)))];
}

/** `kor jpn aus,fra deu …` (each country, then its peers) as a table by country. */
export function parsePeers(attribute: string): Record<string, string[]> {
  return Object.fromEntries(attribute.split(',').filter(Boolean).map((entry) => {
    const [code, ...peers] = entry.split(' ').filter(Boolean);
    return [code!, peers];
  }));
}

/** Why a selection cannot be compared ('' when it can). */
export function selectionProblem(count: number, strings: Pick<CompareStrings, 'tooFew' | 'tooMany'>): string {
  return count < COMPARE_MIN ? strings.tooFew : count > COMPARE_MAX ? strings.tooMany : '';
}

export function selectedText(count: number, strings: Pick<CompareStrings, 'selected'>): string {
  return count ? `(${strings.selected.replace('{count}', String(count))})` : '';
}

/** Lower-case text without accents, so "cote" finds "Côte d'Ivoire". */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Whether a country matches the list filter (`query` already folded): a word or the name starts with it, or the code does. */
export function matchesFilter(name: string, code: string, query: string): boolean {
  const n = folded(name);
  return query === '' || n.split(/[\s-]+/).some((w) => w.startsWith(query)) || n.startsWith(query) || code.startsWith(query);
}

/** What the filter's live region says: nothing matches, how many do, or nothing without a query. */
export function filterStatus(visible: number, query: string, strings: Pick<CompareStrings, 'filterNone'>): string {
  return visible === 0 ? strings.filterNone : query ? `(${visible})` : '';
}
