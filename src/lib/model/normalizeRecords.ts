import { aggregateFor, countryName, isCountryCode, matchCountryName } from '../countries/registry.ts';
import { quote, type DataIssue } from '../issues.ts';
import type { EditionEntry, IndexDefinition } from '../manifest/schema.ts';
import type { RawRecord } from '../readers/types.ts';
import { decimalsFor, scaleFor } from './levels.ts';
import { parseValue } from './parseValue.ts';
import type { Observation, PrintedAggregate, PrintedFigure } from './types.ts';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Markers OECD exports use for "no value". */
const MISSING = new Set(['', '..', '...']);

/** Where each country's values were, for the completeness check. */
export interface Presence {
  /** ISO3 → first line of the country in the file. */
  firstLine: Map<string, number>;
  /** Cells present but empty (`""`, `..`): country, source column/variable, line. */
  empty: { iso3: string; variable: string; line: number }[];
  /** Source columns/variables that occur in the file at all. */
  variables: Set<string>;
  /** `ISO3|variable` for every record of a country, empty or not. */
  records: Set<string>;
}

interface Normalized {
  observations: Observation[];
  aggregates: PrintedAggregate[];
  printed: PrintedFigure[];
  presence: Presence;
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
  const out: Normalized = { observations: [], aggregates: [], printed: [], presence: { firstLine: new Map(), empty: [], variables: new Set(), records: new Set() }, issues: [] };
  // Maps, not objects: a variable or column may be called `constructor` or `toString`.
  const mapping = new Map(Object.entries(entry.layout.type === 'wide' ? entry.layout.columns : entry.layout.variables));
  const printedKind = new Map<string, { kind: 'rank' | 'change'; indicator: string }>([
    ...Object.entries(entry.printed.rank).map(([source, indicator]) => [source, { kind: 'rank' as const, indicator }] as const),
    ...Object.entries(entry.printed.change).map(([source, indicator]) => [source, { kind: 'change' as const, indicator }] as const),
  ]);
  const ignored = new Set(entry.ignore);
  const scaled = new Map(index.indicators.map((ind) => [ind.id, { ...index, scale: scaleFor(entry, index, ind.id) }]));
  const unknownVariables = new Map<string, number[]>();
  const unknownCountries = new Map<string, { line: number; message: string; lines: Set<number> }>();
  const seen = new Map<string, number>();
  const seenAggregates = new Map<string, number>();
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
    if (ignored.has(record.variable)) continue;
    const printedAs = printedKind.get(record.variable);
    const indicator = mapping.get(record.variable) ?? printedAs?.indicator;
    if (indicator === undefined) {
      const lines = unknownVariables.get(record.variable);
      if (lines) lines.push(record.line);
      else unknownVariables.set(record.variable, [record.line]);
      continue;
    }
    out.presence.variables.add(record.variable);
    const aggregate = aggregateFor(record.country) ?? aliasedAggregate(record.country, entry);
    const iso3 = aggregate ? undefined : resolve(record);
    if (!aggregate && iso3 === undefined) {
      const known = unknownCountries.get(record.country);
      if (known) known.lines.add(record.line);
      else unknownCountries.set(record.country, { line: record.line, lines: new Set([record.line]), message: unknownCountryMessage(record, entry) });
      continue;
    }
    if (iso3 !== undefined) {
      if (!out.presence.firstLine.has(iso3)) out.presence.firstLine.set(iso3, record.line);
      out.presence.records.add(`${iso3}|${record.variable}`);
    }
    if (MISSING.has(record.value)) {
      if (iso3 !== undefined && !printedAs) out.presence.empty.push({ iso3, variable: record.variable, line: record.line });
      continue;
    }
    if (printedAs) {
      const value = parsePrinted(record.value, printedAs.kind, (message) => say(record.line, message));
      if (value === undefined || iso3 === undefined) continue;
      out.printed.push({
        index: entry.index, edition: entry.edition, iso3, indicator, kind: printedAs.kind, value, text: record.value,
        ...(printedAs.kind === 'change' && entry.printed.changeSince !== undefined ? { since: entry.printed.changeSince } : {}),
        file, line: record.line,
      });
      continue;
    }
    const parsed = parseValue(record.value, scaled.get(indicator)!, (message) => say(record.line, message), decimalsFor(entry, index, indicator));
    if (parsed === undefined) continue;
    const { value, text } = parsed;
    if (aggregate) {
      const first = seenAggregates.get(`${aggregate}|${indicator}`);
      if (first !== undefined) {
        say(record.line, `duplicate ${aggregate} row ${quote(record.country)} for ${quote(record.variable)} in ${entry.index} ${entry.edition} (the first ${aggregate} row for it is on line ${first}); the source prints one ${aggregate} figure per indicator: keep that row and delete the other`);
        continue;
      }
      seenAggregates.set(`${aggregate}|${indicator}`, record.line);
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
    say(lines[0]!, `unknown variable ${quote(variable)}${more}; map it to an indicator in layout.variables of data/manifest.json (known: ${[...mapping.keys()].map((v) => quote(v)).join(', ')}) or remove its rows`);
  }
  for (const { line, lines, message } of unknownCountries.values()) {
    const others = lines.size - 1;
    say(line, others ? `${message} (also on ${others} other line${others > 1 ? 's' : ''})` : message);
  }
  out.issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return out;
}

/** The aggregate a source's own code or name stands for where the edition's countryAliases say so (`{"OECD_AVG": "OECD"}`). */
function aliasedAggregate(country: string, entry: EditionEntry): string | undefined {
  return Object.hasOwn(entry.countryAliases, country) && entry.countryAliases[country] === 'OECD' ? 'OECD' : undefined;
}

function resolveCountry(record: RawRecord, entry: EditionEntry): string | undefined {
  if (record.countryKind === 'name') {
    const match = matchCountryName(record.country, entry.countryAliases);
    return match && 'code' in match ? match.code : undefined;
  }
  if (Object.hasOwn(entry.countryAliases, record.country)) return entry.countryAliases[record.country];
  const code = record.country.toUpperCase();
  return isCountryCode(code) ? code : undefined;
}

function unknownCountryMessage(record: RawRecord, entry: EditionEntry): string {
  if (record.countryKind === 'code' && /oecd/i.test(record.country)) {
    return `unknown aggregate code ${quote(record.country)}: it names an OECD group, not a country; if its row is the OECD average, map it in countryAliases of ${entry.index} ${entry.edition} in data/manifest.json, {${JSON.stringify(record.country)}: "OECD"}; otherwise remove its rows`;
  }
  if (record.countryKind === 'code') {
    return `unknown country code ${quote(record.country)}; use an ISO 3166-1 alpha-3 code such as "KOR", or "OECD" for the OECD average row`;
  }
  const match = matchCountryName(record.country, entry.countryAliases);
  if (match && 'candidates' in match) {
    const listed = match.candidates.map((code) => `${code} (${countryName(code, 'en')})`).join(' or ');
    return `country name ${quote(record.country)} is ambiguous: it may be ${listed}; add the one meant to countryAliases of this edition in data/manifest.json, e.g. {${JSON.stringify(record.country)}: "${match.candidates[0]}"}`;
  }
  return `unknown country name ${quote(record.country)}; correct the spelling or add it to countryAliases of this edition in data/manifest.json, e.g. {${JSON.stringify(record.country)}: "KOR"}`;
}

/** A printed rank (a whole number from 1) or change (a signed number), as the source prints it. */
function parsePrinted(text: string, kind: 'rank' | 'change', report: (message: string) => void): number | undefined {
  if (kind === 'rank') {
    if (/^[1-9]\d*$/.test(text)) return Number(text);
    report(`printed rank ${quote(text)} is not a whole number from 1; correct it or leave the cell empty`);
    return undefined;
  }
  if (NUMBER.test(text)) return Number(text);
  report(`printed change ${quote(text)} is not a number; write a signed decimal with a point, e.g. -0.05, or leave the cell empty`);
  return undefined;
}
