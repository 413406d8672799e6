import { aggregateFor, countryCodeForName, countryName, isCountryCode } from '../countries/registry.ts';
import { quote, type DataIssue } from '../issues.ts';
import type { EditionEntry, IndexDefinition } from '../manifest/schema.ts';
import type { RawRecord } from '../readers/types.ts';
import { parseValue } from './parseValue.ts';
import type { Observation, PrintedAggregate } from './types.ts';

/** Markers OECD exports use for "no value". */
const MISSING = new Set(['', '..', '...']);

interface Normalized {
  observations: Observation[];
  aggregates: PrintedAggregate[];
  issues: DataIssue[];
}

/**
 * Turns a file's raw records into observations: maps variables to indicators and countries to ISO3
 * codes, parses and range-checks values, rejects duplicates, and sets printed aggregate rows aside.
 */
export function normalizeRecords(
  records: Iterable<RawRecord>,
  entry: EditionEntry,
  index: IndexDefinition,
  file: string,
  /** Receives each problem as found (e.g. to keep only the first of each kind); by default they are returned. */
  report?: (issue: DataIssue) => void,
): Normalized {
  const out: Normalized = { observations: [], aggregates: [], issues: [] };
  const mapping: Record<string, string> = entry.layout.type === 'wide' ? entry.layout.columns : entry.layout.variables;
  const unknownVariables = new Map<string, number[]>();
  const unknownCountries = new Map<string, { line: number; message: string; lines: Set<number> }>();
  const seen = new Map<string, number>();
  const say = (line: number, message: string) => (report ? report({ file, line, message }) : out.issues.push({ file, line, message }));
  // A file names each country once per indicator (a wide row gives several records): resolve each spelling once.
  const resolved = new Map<string, string | undefined>();
  const resolve = (record: RawRecord) => {
    const key = `${record.countryKind}|${record.country}`;
    if (resolved.has(key)) return resolved.get(key);
    const iso3 = resolveCountry(record, entry);
    resolved.set(key, iso3);
    return iso3;
  };

  for (const record of records) {
    const indicator = mapping[record.variable];
    if (indicator === undefined) {
      const lines = unknownVariables.get(record.variable);
      if (lines) lines.push(record.line);
      else unknownVariables.set(record.variable, [record.line]);
      continue;
    }
    const aggregate = aggregateFor(record.country);
    const iso3 = aggregate ? undefined : resolve(record);
    if (!aggregate && iso3 === undefined) {
      const known = unknownCountries.get(record.country);
      if (known) known.lines.add(record.line);
      else unknownCountries.set(record.country, { line: record.line, lines: new Set([record.line]), message: unknownCountryMessage(record) });
      continue;
    }
    if (MISSING.has(record.value)) continue;
    const parsed = parseValue(record.value, index, (message) => say(record.line, message));
    if (parsed === undefined) continue;
    const { value, text } = parsed;
    if (aggregate) {
      out.aggregates.push({ index: entry.index, edition: entry.edition, aggregate, indicator, value, text, file, line: record.line });
      continue;
    }
    const key = `${iso3}|${indicator}`;
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      say(record.line, `duplicate value for ${iso3} and ${quote(record.variable)} in ${entry.index} ${entry.edition} (first given on line ${firstLine}); keep one of the two rows`);
      continue;
    }
    seen.set(key, record.line);
    const label = record.countryLabel ?? (record.countryKind === 'name' ? record.country : undefined);
    out.observations.push({
      index: entry.index,
      edition: entry.edition,
      iso3: iso3!,
      indicator,
      value,
      text,
      origin: 'published',
      file,
      line: record.line,
      ...(label !== undefined && label !== countryName(iso3!, 'en') ? { sourceLabel: label } : {}),
    });
  }
  for (const [variable, lines] of unknownVariables) {
    const more = lines.length > 1 ? ` (also on ${lines.length - 1} other line${lines.length > 2 ? 's' : ''})` : '';
    say(lines[0]!, `unknown variable ${quote(variable)}${more}; map it to an indicator in layout.variables of data/manifest.json (known: ${Object.keys(mapping).map((v) => quote(v)).join(', ')}) or remove its rows`);
  }
  for (const { line, lines, message } of unknownCountries.values()) {
    const others = lines.size - 1;
    say(line, others ? `${message} (also on ${others} other line${others > 1 ? 's' : ''})` : message);
  }
  out.issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return out;
}

function resolveCountry(record: RawRecord, entry: EditionEntry): string | undefined {
  if (record.countryKind === 'name') return countryCodeForName(record.country, entry.countryAliases);
  const code = record.country.toUpperCase();
  return isCountryCode(code) ? code : undefined;
}

function unknownCountryMessage(record: RawRecord): string {
  return record.countryKind === 'name'
    ? `unknown country name ${quote(record.country)}; correct the spelling or add it to countryAliases of this edition in data/manifest.json, e.g. {${JSON.stringify(record.country)}: "KOR"}`
    : `unknown country code ${quote(record.country)}; use an ISO 3166-1 alpha-3 code such as "KOR", or "OECD" for the OECD average row`;
}
