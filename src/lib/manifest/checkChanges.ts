import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { isCountryCode } from '../countries/registry.ts';
import { quote, type DataIssue } from '../issues.ts';
import type { ChangeEntry } from './changesSchema.ts';
import { isCalendarDate, isFuture } from './checkDates.ts';
import type { Manifest } from './schema.ts';

/** A value of the data, as the check needs it: the figure of one country, indicator and edition. */
export interface CheckedValue {
  index: string;
  edition: string;
  iso3: string;
  indicator: string;
  value: number;
  text: string;
  file?: string | undefined;
  line?: number | undefined;
}

/** Finds the line of a path (`changes[2].values[0].after`) in the manifest text; undefined when absent. */
export function lineFinder(text: string): (path: readonly (string | number)[]) => number | undefined {
  const lines = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, version: '1.2', schema: 'json', uniqueKeys: false });
  return (path) => {
    let node: unknown = document.contents;
    for (const step of path) {
      if (typeof step === 'number' && isSeq(node)) node = node.items[step];
      else if (typeof step === 'string' && isMap(node)) node = node.items.find((p) => isScalar(p.key) && p.key.value === step)?.value;
      else return undefined;
    }
    const range = (node as Node | null | undefined)?.range;
    return range ? lines.linePos(range[0]).line : undefined;
  };
}

const key = (...parts: string[]) => parts.join('|');

/**
 * Checks the record of data changes and the announced editions against the manifest and, when given,
 * the values read from the data files: dates are real days not in the future; every edition named is
 * an edition of the manifest, added once; every country is touched by those editions; a correction names
 * one edition and, per value, a before that differs from the after and an after equal to the value in
 * the file. Each problem gives the manifest line, quotes the value and says the fix.
 */
export function checkChanges(manifest: Manifest, manifestText: string, file: string, today: string, values?: readonly CheckedValue[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const lineOf = lineFinder(manifestText);
  const say = (path: (string | number)[], message: string) => {
    const line = lineOf(path);
    const where = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
    issues.push({ file, ...(line !== undefined ? { line } : {}), message: `${where}: ${message}` });
  };
  const editions = new Set(manifest.editions.map((e) => key(e.index, e.edition)));
  const known = manifest.editions.map((e) => `${e.index} ${e.edition}`).join(', ');
  const byKey = new Map<string, CheckedValue>();
  const countriesOf = new Map<string, Set<string>>();
  for (const v of values ?? []) {
    byKey.set(key(v.index, v.edition, v.iso3, v.indicator), v);
    const k = key(v.index, v.edition);
    if (!countriesOf.has(k)) countriesOf.set(k, new Set());
    countriesOf.get(k)!.add(v.iso3);
  }
  const added = new Map<string, number>();
  manifest.changes.forEach((change, i) => {
    const at = (...rest: (string | number)[]) => ['changes', i, ...rest];
    if (!isCalendarDate(change.date)) say(at('date'), `${quote(change.date)} is not a day in the calendar; write the day the change entered the data folder as YYYY-MM-DD, e.g. "2026-12-01"`);
    else if (isFuture(change.date, today)) say(at('date'), `${quote(change.date)} is in the future; date a change to the day it entered the data folder (to build ahead, set SOURCE_DATE_EPOCH, see EDITING.md)`);
    change.editions.forEach((ref, j) => {
      const k = key(ref.index, ref.edition);
      if (!editions.has(k)) {
        say(at('editions', j), `${quote(`${ref.index} ${ref.edition}`)} is not an edition of "editions"; name one of ${known}, or add the edition's file and entry first`);
        return;
      }
      if (change.kind !== 'edition-added') return;
      const first = added.get(k);
      if (first !== undefined) say(at('editions', j), `${quote(`${ref.index} ${ref.edition}`)} is already recorded as added in changes[${first}]; an edition is added once (record later fixes as "value-corrected" or "edition-completed")`);
      else added.set(k, i);
    });
    change.countries?.forEach((code, j) => {
      if (!isCountryCode(code)) say(at('countries', j), `${quote(code)} is not an ISO 3166-1 alpha-3 country code; use one such as "KOR"`);
      else if (values && !change.editions.some((ref) => countriesOf.get(key(ref.index, ref.edition))?.has(code))) {
        say(at('countries', j), `${quote(code)} has no value in ${change.editions.map((r) => `${r.index} ${r.edition}`).join(', ')}; name only countries the change touches, or leave "countries" out`);
      }
    });
    if (change.kind === 'value-corrected') checkCorrection(change, at, say, values && byKey);
  });
  const indices = new Set(manifest.indices.map((x) => x.id));
  manifest.nextEditions.forEach((next, i) => {
    if (!indices.has(next.index)) say(['nextEditions', i, 'index'], `${quote(next.index)} is not an index of "indices"; use one of ${[...indices].join(', ')}`);
    if (!isCalendarDate(next.announced)) say(['nextEditions', i, 'announced'], `${quote(next.announced)} is not a day in the calendar; write the day you read the announcement as YYYY-MM-DD`);
    else if (isFuture(next.announced, today)) say(['nextEditions', i, 'announced'], `${quote(next.announced)} is in the future; give the day you read the OECD's announcement`);
  });
  return issues;
}

function checkCorrection(
  change: Extract<ChangeEntry, { kind: 'value-corrected' }>,
  at: (...rest: (string | number)[]) => (string | number)[],
  say: (path: (string | number)[], message: string) => void,
  values: Map<string, CheckedValue> | undefined,
): void {
  if (change.editions.length !== 1) {
    say(at('editions'), `a correction names ${change.editions.length} editions; record the corrections of each edition as an entry of its own`);
    return;
  }
  const ref = change.editions[0]!;
  change.values.forEach((v, j) => {
    const before = Number(v.before);
    const after = Number(v.after);
    if (!Number.isFinite(before)) say(at('values', j, 'before'), `${quote(v.before)} is not a number; write the value the site showed before, e.g. "0.83"`);
    if (!Number.isFinite(after)) say(at('values', j, 'after'), `${quote(v.after)} is not a number; write the value the file holds now, e.g. "0.833"`);
    if (Number.isFinite(before) && before === after) say(at('values', j, 'before'), `${quote(v.before)} equals the value after (${quote(v.after)}); a correction changes a value: write the value the site showed before`);
    if (!values || !Number.isFinite(after)) return;
    const found = values.get(key(ref.index, ref.edition, v.country, v.indicator));
    if (!found) {
      say(at('values', j), `${ref.index} ${ref.edition} holds no value of ${quote(v.indicator)} for ${quote(v.country)}; name a country and indicator of that edition`);
    } else if (found.value !== after && found.text !== v.after) {
      const where = found.file ? ` (${found.file}${found.line !== undefined ? `:${found.line}` : ''})` : '';
      say(at('values', j, 'after'), `${quote(v.after)} is not the value in the data: ${ref.index} ${ref.edition} gives ${v.country} ${v.indicator} ${quote(found.text)}${where}; write the value the file holds now as "after", or fix the file`);
    }
  });
}

/** The countries a change touches: those it names and those of its corrected values, or undefined for every country. */
export function touchedCountries(change: ChangeEntry): string[] | undefined {
  const named = [...(change.countries ?? []), ...(change.kind === 'value-corrected' ? change.values.map((v) => v.country) : [])];
  return named.length ? [...new Set(named)].sort() : undefined;
}
