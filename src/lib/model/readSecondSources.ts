import { readCsvLazily } from '../csv/readCsv.ts';
import type { DataInputs } from '../input/readInputs.ts';
import { quote, type DataIssue } from '../issues.ts';
import type { EditionEntry, IndexDefinition } from '../manifest/schema.ts';
import { readRecords } from '../readers/readRecords.ts';
import { checkDecimals } from './checkDecimals.ts';
import { normalizeRecords } from './normalizeRecords.ts';
import { asEntry, mergeSecondSource } from './secondSources.ts';
import type { Difference, Observation, PrintedAggregate, SourceCheck } from './types.ts';
import { unnamedColumns } from './unnamedColumns.ts';

interface Own {
  observations: Observation[];
  aggregates: PrintedAggregate[];
}

/**
 * Reads each second source of an edition (EDITING.md, "A second source") in its own layout, precision and
 * scale, and merges it into the edition's own values: figures the edition's file lacks are taken as
 * printed, every other one compared. `at` is the entry's position in the manifest's `editions`.
 */
export function readSecondSources(inputs: DataInputs, entry: EditionEntry, index: IndexDefinition, own: Own, at: number, report: (issue: DataIssue) => void): Own & { differences: Difference[]; checks: SourceCheck[] } {
  const out = { observations: [...own.observations], aggregates: [...own.aggregates], differences: [] as Difference[], checks: [] as SourceCheck[] };
  entry.sources.forEach((source, j) => {
    if (!inputs.present.includes(source.file)) {
      report({ file: inputs.manifestFile, message: `editions[${at}].sources[${j}].file: ${quote(source.file)} is not in the data folder; add the file or remove the source` });
      return;
    }
    const input = inputs.files.get(source.file);
    if (!input) return;
    const csv = readCsvLazily(input.text, input.file, report);
    csv.issues.forEach(report);
    if (!csv.table) return;
    const read = asEntry(entry, source);
    const unnamed = unnamedColumns(csv.table);
    const records = readRecords(csv.table, source.layout, [], unnamed.present ? [''] : []);
    [...unnamed.issues, ...records.issues].forEach(report);
    const normalized = normalizeRecords(records.records, read, index, input.file, report);
    checkDecimals([...normalized.observations, ...normalized.aggregates], read, index, input.file, `${inputs.manifestFile} editions[${at}].sources[${j}]`).forEach(report);
    const merged = mergeSecondSource(out, normalized, entry, source, index, input.file);
    // For a level this source is primary for, its figure takes the place of the file's (same order, so output stays stable).
    if (merged.replaced.length) {
      const by = new Map(merged.replaced.map((o) => [`${o.iso3}|${o.indicator}`, o]));
      out.observations = out.observations.map((o) => by.get(`${o.iso3}|${o.indicator}`) ?? o);
    }
    if (merged.replacedAggregates.length) {
      const by = new Map(merged.replacedAggregates.map((a) => [`${a.aggregate}|${a.indicator}`, a]));
      out.aggregates = out.aggregates.map((a) => by.get(`${a.aggregate}|${a.indicator}`) ?? a);
    }
    out.observations.push(...merged.observations);
    out.aggregates.push(...merged.aggregates);
    out.differences.push(...merged.differences);
    out.checks.push(source.primaryFor.length ? { ...merged.check, primaryFor: source.primaryFor } : merged.check);
  });
  return out;
}
