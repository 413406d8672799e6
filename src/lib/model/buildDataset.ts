import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readCsv } from '../csv/readCsv.ts';
import { DataValidationError, quote } from '../issues.ts';
import { parseManifest } from '../manifest/parseManifest.ts';
import { readRecords } from '../readers/readRecords.ts';
import { checkCompleteness } from './checkCompleteness.ts';
import { composeParents } from './composeParents.ts';
import { derive } from './derive.ts';
import { normalizeRecords } from './normalizeRecords.ts';
import type { Dataset, Difference, Observation, PrintedAggregate, PrintedFigure } from './types.ts';

/** Files in the data folder that are not editions. */
const NOT_EDITIONS = /^(manifest\.json|groups\.json|README(\.md)?|\..*)$/i;

/**
 * Reads the manifest and every edition file of `dataDir`, validates them, and derives ranks, OECD
 * averages and changes. Throws a DataValidationError listing every problem when any input is invalid.
 */
export function buildDataset(dataDir: string): Dataset {
  const shown = (name: string) => relative(process.cwd(), join(dataDir, name)) || name;
  const manifestFile = shown('manifest.json');
  let manifestText: string;
  try {
    manifestText = readFileSync(join(dataDir, 'manifest.json'), 'utf8');
  } catch {
    throw new DataValidationError([{ file: manifestFile, message: 'the manifest is missing; create it to describe each data file' }]);
  }
  const { manifest, issues } = parseManifest(manifestText, manifestFile);
  if (!manifest) throw new DataValidationError(issues);

  const present = readdirSync(dataDir).filter((name) => !NOT_EDITIONS.test(name)).sort();
  for (const name of present) {
    if (!manifest.editions.some((e) => e.file === name)) {
      issues.push({ file: shown(name), message: `the file is not described in ${manifestFile}; add an entry for it under "editions" or remove the file` });
    }
  }
  const observations: Observation[] = [];
  const printed: PrintedAggregate[] = [];
  const figures: PrintedFigure[] = [];
  const declared: Difference[] = [];
  manifest.editions.forEach((entry, i) => {
    const index = manifest.indices.find((x) => x.id === entry.index)!;
    if (!present.includes(entry.file)) {
      issues.push({ file: manifestFile, message: `editions[${i}].file: ${quote(entry.file)} is not in the data folder; add the file or remove the entry` });
      return;
    }
    const file = shown(entry.file);
    const csv = readCsv(readFileSync(join(dataDir, entry.file), 'utf8'), file);
    issues.push(...csv.issues);
    if (!csv.table) return;
    const read = readRecords(csv.table, entry.layout, [...Object.keys(entry.printed.rank), ...Object.keys(entry.printed.change)], entry.ignore);
    issues.push(...read.issues);
    const normalized = normalizeRecords(read.records, entry, index, file);
    // Completeness and declarations are judged once the file reads cleanly (else one slip is reported twice).
    const clean = !(csv.issues.length || read.issues.length || normalized.issues.length);
    issues.push(...normalized.issues, ...(clean ? checkCompleteness(entry, index, normalized.presence, file) : []));
    const composed = composeParents(normalized.observations, entry, index, file, clean);
    issues.push(...composed.issues);
    observations.push(...composed.observations);
    declared.push(...composed.differences);
    printed.push(...normalized.aggregates);
    figures.push(...normalized.printed);
  });
  if (issues.length) throw new DataValidationError(issues);
  return derive({ manifest, observations, printed, figures, declared });
}
