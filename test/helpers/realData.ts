/**
 * Shared set-up for the data-model tests: paths to the real data and the format fixtures, and
 * throw-away copies of the real data folder in which a test changes one thing, finding the row it changes
 * by what the row holds and expecting messages at the line the row is on.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { DataValidationError, formatIssue } from '../../src/lib/issues.ts';
import { readInputs } from '../../src/lib/input/readInputs.ts';
import { buildDataset } from '../../src/lib/model/buildDataset.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { publishedData } from './publishedData.ts';
import { editRow, editRows, lineOf, replaceInHeader, setCell, type RowKey } from './csvRows.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/**
 * The real data as published by the end of 2026 (DGI and OURdata 2019, 2023, 2025): `data/` itself, or a
 * copy without the editions an editor added since (see publishedBy). Facts the tests state about the real
 * data are facts of this state, named by edition.
 */
export const realDataDir = publishedData();
/** The folder the real data is seen from, so messages name its files `data/…` as an editor sees them. */
export const realDataCwd = dirname(realDataDir);
export const formatsDir = join(repoRoot, 'test', 'fixtures', 'formats');

export function readFormat(name: string): string {
  return readFileSync(join(formatsDir, name), 'utf8');
}

export function readRealData(name: string): string {
  return readFileSync(join(realDataDir, name), 'utf8');
}

/**
 * Builds `dir` with the working directory seen as `cwd`, so that issues name files the way an editor
 * running the build from the project root sees them (`data/dgi-2023.csv`).
 */
export function buildFrom(cwd: string, dir: string): Dataset {
  const spy = vi.spyOn(process, 'cwd').mockReturnValue(cwd);
  try {
    return buildDataset(readInputs(dir));
  } finally {
    spy.mockRestore();
  }
}

/** The build's rejection of `dir`, as `file:line: message` lines; fails the test if the build succeeds. */
export function rejectionOf(cwd: string, dir: string): { error: DataValidationError; lines: string[] } {
  let caught: unknown;
  try {
    buildFrom(cwd, dir);
  } catch (error) {
    caught = error;
  }
  expect(caught, 'the build should have been rejected').toBeInstanceOf(DataValidationError);
  const error = caught as DataValidationError;
  return { error, lines: error.issues.map(formatIssue) };
}

export interface DataCopy {
  /** `<tmp>/data`, a byte-for-byte copy of the real data folder. */
  dir: string;
  read(file: string): string;
  write(file: string, text: string): void;
  remove(file: string): void;
  /** Replaces `from` with `to` in the header (line 1) of `file`; throws if the header does not contain `from`. */
  replaceInHeader(file: string, from: string, to: string): void;
  /** Sets `column` of the one row of `file` that `key` names (see csvRows.ts) to `raw`; returns the row's file line. */
  setCell(file: string, key: RowKey, column: string, raw: string | ((old: string) => string)): number;
  /** Rewrites the one row `key` names with `edit` (raw cells in, raw cells out); returns its file line. */
  editRow(file: string, key: RowKey, edit: (cells: string[], header: string[]) => string[]): number;
  /** Rewrites every row `key` names; returns their file lines in order. */
  editRows(file: string, key: RowKey, edit: (cells: string[], header: string[]) => string[]): number[];
  /** The file line of the one row `key` names. */
  lineOf(file: string, key: RowKey): number;
  /** Rewrites manifest.json after `edit` changed its parsed JSON. */
  editManifest(edit: (manifest: any) => void): void;
  build(): Dataset;
  rejection(): { error: DataValidationError; lines: string[] };
}

/** Gives each test of the calling file a fresh copy of the real data folder, removed afterwards. */
export function useDataCopy(): () => DataCopy {
  let root: string | undefined;
  let copy: DataCopy | undefined;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'oecd-data-'));
    const cwd = root;
    const dir = join(root, 'data');
    cpSync(realDataDir, dir, { recursive: true });
    const path = (file: string) => join(dir, file);
    copy = {
      dir,
      read: (file) => readFileSync(path(file), 'utf8'),
      write: (file, text) => writeFileSync(path(file), text),
      remove: (file) => unlinkSync(path(file)),
      replaceInHeader(file, from, to) {
        writeFileSync(path(file), replaceInHeader(readFileSync(path(file), 'utf8'), from, to));
      },
      setCell(file, key, column, raw) {
        const { text, line } = setCell(readFileSync(path(file), 'utf8'), key, column, raw);
        writeFileSync(path(file), text);
        return line;
      },
      editRow(file, key, edit) {
        const { text, line } = editRow(readFileSync(path(file), 'utf8'), key, edit);
        writeFileSync(path(file), text);
        return line;
      },
      editRows(file, key, edit) {
        const { text, lines } = editRows(readFileSync(path(file), 'utf8'), key, edit);
        writeFileSync(path(file), text);
        return lines;
      },
      lineOf: (file, key) => lineOf(readFileSync(path(file), 'utf8'), key),
      editManifest(edit) {
        const manifest = JSON.parse(readFileSync(path('manifest.json'), 'utf8'));
        edit(manifest);
        writeFileSync(path('manifest.json'), JSON.stringify(manifest, null, 2));
      },
      build: () => buildFrom(cwd, dir),
      rejection: () => rejectionOf(cwd, dir),
    };
  });
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
    copy = undefined;
  });
  return () => {
    if (!copy) throw new Error('useDataCopy(): call the getter inside a test');
    return copy;
  };
}
