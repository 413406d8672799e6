import { isCountryCode } from '../countries/registry.ts';
import { parseWithFriendlyErrors } from '../friendly-errors.ts';
import { quote, type DataIssue } from '../issues.ts';
import { checkEditionEntries } from './checkEditionEntries.ts';
import { checkPrimary } from './checkPrimary.ts';
import { checkSources } from './checkSources.ts';
import { checkCalendar, checkEditionDates, todayIso } from './checkDates.ts';
import { repeatedIds } from './checkIds.ts';
import { readJson } from './readJson.ts';
import { manifestSchema, type Manifest } from './schema.ts';

/**
 * Parses `manifest.json` text (a key given twice is an error, not last-wins) and checks that its parts
 * refer to each other consistently, that every id is given once, and that every date is real and not
 * after `today` (YYYY-MM-DD).
 */
export function parseManifest(text: string, file: string, today = todayIso()): { manifest?: Manifest; issues: DataIssue[] } {
  const read = readJson(text, file);
  if (read.issues.length) return { issues: read.issues };
  const parsed = parseWithFriendlyErrors(manifestSchema, read.json, file);
  if (!parsed.ok) return { issues: parsed.issues };
  const issues = [...crossCheck(parsed.data, file, today), ...checkEditionEntries(parsed.data, file), ...checkSources(parsed.data, file), ...checkPrimary(parsed.data, text, file)];
  return issues.length ? { issues } : { manifest: parsed.data, issues };
}

function crossCheck(manifest: Manifest, file: string, today: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const say = (message: string) => issues.push({ file, message });
  const indices = new Map(manifest.indices.map((index) => [index.id, index]));
  const seenIndices = new Set<string>();
  manifest.indices.forEach((index, i) => {
    if (seenIndices.has(index.id)) say(`indices[${i}].id: index ${quote(index.id)} is declared twice; keep one`);
    seenIndices.add(index.id);
    const ids = new Set(index.indicators.map((indicator) => indicator.id));
    if (!ids.has('composite')) say(`indices[${i}].indicators: index ${quote(index.id)} needs an indicator with id "composite"`);
    const parentOf = new Map(index.indicators.map((indicator) => [indicator.id, indicator.parent]));
    index.indicators.forEach((indicator, j) => {
      if (indicator.parent !== undefined && !ids.has(indicator.parent)) {
        say(`indices[${i}].indicators[${j}].parent: ${quote(indicator.parent)} is not an indicator of ${quote(index.id)}; use one of ${[...ids].join(', ')}`);
      } else if (inCycle(indicator.id, parentOf)) {
        say(`indices[${i}].indicators[${j}].parent: ${quote(indicator.id)} is its own ancestor; each indicator must lead up to "composite"`);
      }
    });
  });
  const seenEditions = new Set<string>();
  manifest.editions.forEach((edition, i) => {
    const index = indices.get(edition.index);
    if (!index) {
      say(`editions[${i}].index: unknown index ${quote(edition.index)}; use one of ${[...indices.keys()].join(', ')}`);
      return;
    }
    const key = `${edition.index}/${edition.edition}`;
    if (seenEditions.has(key)) say(`editions[${i}]: edition ${quote(edition.edition)} of ${quote(edition.index)} is declared twice; keep one`);
    seenEditions.add(key);
    const ids = new Set(index.indicators.map((indicator) => indicator.id));
    const mapping = edition.layout.type === 'wide' ? edition.layout.columns : edition.layout.variables;
    const field = edition.layout.type === 'wide' ? 'columns' : 'variables';
    for (const [source, target] of Object.entries(mapping)) {
      if (!ids.has(target)) {
        say(`editions[${i}].layout.${field}[${quote(source)}]: ${quote(target)} is not an indicator of ${quote(edition.index)}; use one of ${[...ids].join(', ')}`);
      }
    }
    for (const kind of ['rank', 'change'] as const) {
      for (const [source, target] of Object.entries(edition.printed[kind])) {
        if (!ids.has(target)) say(`editions[${i}].printed.${kind}[${quote(source)}]: ${quote(target)} is not an indicator of ${quote(edition.index)}; use one of ${[...ids].join(', ')}`);
        if (source in mapping) say(`editions[${i}].printed.${kind}[${quote(source)}]: ${quote(source)} is also mapped as a score in layout.${field}; a column is either a score or a printed ${kind}`);
      }
    }
    if (Object.keys(edition.printed.change).length && edition.printed.changeSince === undefined) {
      say(`editions[${i}].printed.changeSince: give the edition the printed changes are measured from, e.g. "2017"`);
    }
    edition.knownDiscrepancies.forEach((d, j) => {
      if (!ids.has(d.indicator)) say(`editions[${i}].knownDiscrepancies[${j}].indicator: ${quote(d.indicator)} is not an indicator of ${quote(edition.index)}; use one of ${[...ids].join(', ')}`);
      if (!isCountryCode(d.country)) say(`editions[${i}].knownDiscrepancies[${j}].country: ${quote(d.country)} is not an ISO 3166-1 alpha-3 country code; use one such as "KOR"`);
    });
    edition.notTakingPart.forEach((code, j) => {
      if (!isCountryCode(code)) say(`editions[${i}].notTakingPart[${j}]: ${quote(code)} is not an ISO 3166-1 alpha-3 country code; use one such as "KOR"`);
    });
    edition.assessedNotTranscribed.forEach((code, j) => {
      if (!isCountryCode(code)) say(`editions[${i}].assessedNotTranscribed[${j}]: ${quote(code)} is not an ISO 3166-1 alpha-3 country code; use one such as "KOR"`);
      else if (edition.notTakingPart.includes(code)) say(`editions[${i}].assessedNotTranscribed[${j}]: ${quote(code)} is also in notTakingPart; a country the OECD assessed took part, so keep it in one list only`);
    });
  });
  issues.push(...[...repeatedIds(manifest), ...checkCalendar(manifest.editions, manifest.unheldEditions, today), ...checkEditionDates(manifest.editions)].map((message) => ({ file, message })));
  return issues;
}

/** True when following parents from `id` comes back to `id`. */
function inCycle(id: string, parentOf: Map<string, string | undefined>): boolean {
  const seen = new Set<string>();
  for (let current = parentOf.get(id); current !== undefined; current = parentOf.get(current)) {
    if (current === id) return true;
    if (seen.has(current)) return false;
    seen.add(current);
  }
  return false;
}
