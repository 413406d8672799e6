import { readCsvLazily } from '../csv/readCsv.ts';
import type { DataInputs } from '../input/readInputs.ts';
import { DataValidationError, quote, type DataIssue } from '../issues.ts';
import { IssueLimiter } from '../limitIssues.ts';
import { checkChanges } from '../manifest/checkChanges.ts';
import { todayIso } from '../manifest/checkDates.ts';
import { parseManifest } from '../manifest/parseManifest.ts';
import { readMethodology } from '../methodology/readMethodology.ts';
import { readRecords } from '../readers/readRecords.ts';
import { mixedReferenceYears } from '../readers/referenceYears.ts';
import { checkCompleteness } from './checkCompleteness.ts';
import { checkDecimals } from './checkDecimals.ts';
import { composeParents } from './composeParents.ts';
import { derive } from './derive.ts';
import { normalizeRecords } from './normalizeRecords.ts';
import { readSecondSources } from './readSecondSources.ts';
import { shownEntry } from './secondSources.ts';
import { unnamedColumns } from './unnamedColumns.ts';
import type { Dataset, Difference, Observation, PrintedAggregate, PrintedFigure, SourceCheck } from './types.ts';

/**
 * Validates the inputs `readInputs(dataDir)` read (manifest and edition files) and derives ranks, OECD
 * averages and changes. Does no I/O. Throws a DataValidationError listing every problem when any input
 * is invalid (at most a few of each kind per file, then "and N more like this").
 */
export function buildDataset(inputs: DataInputs): Dataset {
  const { manifestFile, shown } = inputs;
  const issues: DataIssue[] = [...inputs.issues];
  if (inputs.manifestText === undefined) throw new DataValidationError(issues);
  const parsed = parseManifest(inputs.manifestText, manifestFile, inputs.today);
  const manifest = parsed.manifest;
  if (!manifest) throw new DataValidationError([...issues, ...parsed.issues]);

  for (const name of inputs.present) {
    if (!manifest.editions.some((e) => e.file === name || e.sources.some((s) => s.file === name))) {
      issues.push({ file: shown(name), message: `the file is not described in ${manifestFile}; add an entry for it under "editions" or remove the file` });
    }
  }
  const observations: Observation[] = [];
  const printed: PrintedAggregate[] = [];
  const figures: PrintedFigure[] = [];
  const declared: Difference[] = [];
  const sourceChecks: SourceCheck[] = [];
  // Loops, not push(...spread): a spread of a 150 000-row file overflows the call stack.
  const add = <T>(to: T[], items: readonly T[]) => {
    for (const item of items) to.push(item);
  };
  manifest.editions.forEach((entry, i) => {
    const index = manifest.indices.find((x) => x.id === entry.index)!;
    if (!inputs.present.includes(entry.file)) {
      issues.push({ file: manifestFile, message: `editions[${i}].file: ${quote(entry.file)} is not in the data folder; add the file or remove the entry` });
      return;
    }
    const input = inputs.files.get(entry.file);
    if (!input) return;
    const found = new IssueLimiter();
    const csv = readCsvLazily(input.text, input.file, found.add);
    csv.issues.forEach(found.add);
    if (csv.table) {
      const years = mixedReferenceYears(csv.table, entry, `${manifestFile} editions[${i}]`);
      if (years) found.add(years);
      else {
        const unnamed = unnamedColumns(csv.table);
        unnamed.issues.forEach(found.add);
        const ignore = unnamed.present ? [...entry.ignore, ''] : entry.ignore;
        const read = readRecords(csv.table, entry.layout, [...Object.keys(entry.printed.rank), ...Object.keys(entry.printed.change)], ignore);
        read.issues.forEach(found.add);
        const normalized = normalizeRecords(read.records, entry, index, input.file, found.add);
        checkDecimals([...normalized.observations, ...normalized.aggregates], entry, index, input.file, `${manifestFile} editions[${i}]`).forEach(found.add);
        // Completeness and declarations are judged once the file reads cleanly (else one slip is reported twice).
        const clean = found.count === 0;
        if (clean) checkCompleteness(entry, index, normalized.presence, input.file).forEach(found.add);
        // Second sources fill what the file lacks (the OURdata 2023 composite) before parents are composed.
        const merged = readSecondSources(inputs, entry, index, normalized, i, found.add);
        add(declared, merged.differences);
        add(sourceChecks, merged.checks);
        const composed = composeParents(merged.observations, shownEntry(entry), index, input.file, clean);
        composed.issues.forEach(found.add);
        for (const iso3 of entry.assessedNotTranscribed) {
          const lines = composed.observations.filter((o) => o.iso3 === iso3).map((o) => o.line ?? Infinity);
          const line = Math.min(...lines);
          if (lines.length) found.add({ file: input.file, ...(Number.isFinite(line) ? { line } : {}), message: `${iso3} has values in the file but is listed in assessedNotTranscribed of ${entry.index} ${entry.edition} in ${manifestFile}; remove it from that list (its results are transcribed)` });
        }
        add(observations, composed.observations);
        add(declared, composed.differences);
        add(printed, merged.aggregates);
        add(figures, normalized.printed);
      }
    }
    add(issues, found.issues());
  });
  // The record of changes is checked against the values only when every file read cleanly.
  add(issues, checkChanges(manifest, inputs.manifestText, manifestFile, inputs.today ?? todayIso(), issues.length ? undefined : observations));
  const methodology = readMethodology(manifest, manifestFile, inputs.methodology ?? { files: new Map(), shown: (name) => shown(`methodology/${name}`) });
  add(issues, methodology.issues);
  if (issues.length) throw new DataValidationError(issues);
  return { ...derive({ manifest: { ...manifest, editions: manifest.editions.map(shownEntry) }, observations, printed, figures, declared, sourceChecks }), ...(methodology.methodology ? { methodology: methodology.methodology } : {}) };
}
