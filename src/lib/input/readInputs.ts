import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeText } from '../csv/decode.ts';
import { quote, type DataIssue } from '../issues.ts';

/**
 * The day the checks take as today (YYYY-MM-DD, UTC), after which no date of the data may lie: the day
 * given by SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention) where set, to
 * build a site ahead of an edition's publication day or to rebuild an old one, else the clock's.
 */
export function checkDate(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  const day = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return day.toISOString().slice(0, 10);
}

/** Files in the data folder that are not editions. */
const NOT_EDITIONS = /^(manifest\.json|groups\.json|methodology|README(\.md)?|\..*)$/i;

/** The folder of the data folder holding the methodology files (lib/methodology); not an edition. */
export const METHODOLOGY_DIR = 'methodology';

/** Larger files are refused before reading: no OECD result table comes near, and reading one would exhaust memory. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** One edition file as read from disk: its name in the data folder, its path as an editor sees it, and its text. */
interface InputFile {
  name: string;
  file: string;
  text: string;
}

/** Everything the dataset is built from, read once; `buildDataset(inputs)` does no I/O. */
export interface DataInputs {
  /** Path of manifest.json as an editor sees it, e.g. `data/manifest.json`. */
  manifestFile: string;
  /** The manifest's text; undefined when it could not be read (the reason is in `issues`). */
  manifestText?: string;
  /** Names of the candidate edition files present in the folder (not the manifest, README or hidden files), sorted. */
  present: string[];
  /** The files the manifest names that could be read, by name. */
  files: Map<string, InputFile>;
  /** Problems met while reading: missing folder, links leaving the folder, encodings, sizes. */
  issues: DataIssue[];
  /** How a file name is shown in messages (`data/dgi-2023.csv`). */
  shown: (name: string) => string;
  /** `groups.json`, when the folder has one and it could be read (the reason it could not is in `issues`). */
  groups?: InputFile;
  /** The day the checks take as today (YYYY-MM-DD, see checkDate()); the clock's when absent. */
  today?: string;
  /** The CSV files of `methodology/`, by name, read under the same link rule. */
  methodology?: { files: Map<string, { text: string; file: string }>; shown: (name: string) => string };
}

/** The `file` of a manifest object, if it names one. */
const fileOf = (item: unknown): string[] => (item && typeof item === 'object' && typeof (item as { file?: unknown }).file === 'string' ? [(item as { file: string }).file] : []);

/**
 * File names the manifest text mentions under `editions[].file` and `editions[].sources[].file` (second
 * sources), read leniently (the schema check comes later).
 */
function namedFiles(manifestText: string): string[] {
  try {
    const json = JSON.parse(manifestText) as { editions?: unknown };
    if (!Array.isArray(json.editions)) return [];
    return json.editions.flatMap((e) => [...fileOf(e), ...(Array.isArray((e as { sources?: unknown } | null)?.sources) ? (e as { sources: unknown[] }).sources.flatMap(fileOf) : [])]);
  } catch {
    return [];
  }
}

/** Reads files of one data folder under the link rule: what it refused and why goes to `issues`. */
interface DataFolder {
  /** The folder's real path, or undefined (with an issue) when it is missing or a file. */
  root?: string;
  /** How a file name is shown in messages (`data/dgi-2023.csv`). */
  shown: (name: string) => string;
  /** The text of `name` in the folder, or undefined after reporting why it was not read. */
  read: (name: string) => string | undefined;
  issues: DataIssue[];
}

/**
 * Opens `dataDir` for reading. Every file read through it obeys one rule: never a link out of the data
 * folder (nor anything of the linked file printed), no folder, nothing above the size limit, UTF-8 only.
 */
function dataFolder(dataDir: string, cwd = process.cwd()): DataFolder {
  const shown = (name: string) => {
    const near = relative(cwd, join(dataDir, name));
    return near.startsWith('..') ? join(dataDir, name) : near || name;
  };
  const near = relative(cwd, dataDir);
  const folder = near === '' ? '.' : near.startsWith('..') ? dataDir : near;
  const issues: DataIssue[] = [];
  const fail = (file: string, message: string) => issues.push({ file, message });
  const opened: DataFolder = { shown, issues, read: () => undefined };
  let root: string;
  try {
    if (!statSync(dataDir).isDirectory()) {
      fail(folder, 'the data folder is a file, not a folder; set DATA_DIR to the folder holding manifest.json and the edition files');
      return opened;
    }
    root = realpathSync(dataDir);
  } catch {
    fail(folder, `the data folder does not exist${process.env.DATA_DIR ? ` (DATA_DIR=${quote(process.env.DATA_DIR)})` : ''}; set DATA_DIR to a folder holding manifest.json and the edition files, or unset it to use data/`);
    return opened;
  }
  /** The bytes of `name`, or undefined after reporting why it was not read. */
  const readSafely = (name: string): Buffer | undefined => {
    const path = join(dataDir, name);
    const file = shown(name);
    let info;
    try {
      info = lstatSync(path);
      if (info.isSymbolicLink()) {
        const target = realpathSync(path);
        if (target !== root && !target.startsWith(root + sep)) {
          fail(file, 'is a link to a file outside the data folder, which the build does not follow; copy the file into the data folder instead');
          return undefined;
        }
        info = statSync(path);
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      fail(file, code === 'ENOENT' ? 'is a link to a file that does not exist; replace it with the file itself' : `cannot be read (${code}); check its permissions`);
      return undefined;
    }
    if (!info.isFile()) {
      fail(file, 'is a folder, not a file; the data folder holds manifest.json and edition files only');
      return undefined;
    }
    if (info.size > MAX_FILE_BYTES) {
      fail(file, `is ${Math.round(info.size / 1024 / 1024)} MB, above the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for one edition file; check that it is the right export`);
      return undefined;
    }
    try {
      return readFileSync(path);
    } catch (error) {
      fail(file, `cannot be read (${(error as NodeJS.ErrnoException).code}); check its permissions`);
      return undefined;
    }
  };
  return {
    root,
    shown,
    issues,
    read: (name) => {
      const bytes = readSafely(name);
      if (!bytes) return undefined;
      const decoded = decodeText(bytes, shown(name));
      if (decoded.issue) issues.push(decoded.issue);
      return decoded.text;
    },
  };
}

/**
 * Reads the manifest, the edition files it names and `groups.json` from `dataDir`, all under the link
 * rule of dataFolder(): never a link out of the data folder, UTF-8 text only.
 */
export function readInputs(dataDir: string, cwd = process.cwd()): DataInputs {
  const folder = dataFolder(dataDir, cwd);
  const { shown } = folder;
  const inputs: DataInputs = { manifestFile: shown('manifest.json'), present: [], files: new Map(), issues: folder.issues, shown, today: checkDate() };
  if (folder.root === undefined) return inputs;
  const entries = readdirSync(dataDir);
  inputs.present = entries.filter((name) => !NOT_EDITIONS.test(name)).sort();
  if (entries.includes('groups.json')) {
    const text = folder.read('groups.json');
    if (text !== undefined) inputs.groups = { name: 'groups.json', file: shown('groups.json'), text };
  }
  if (!entries.includes('manifest.json')) {
    inputs.issues.push({ file: inputs.manifestFile, message: 'the manifest is missing; create it to describe each data file' });
    return inputs;
  }
  if (entries.includes(METHODOLOGY_DIR)) inputs.methodology = readMethodologyFolder(join(dataDir, METHODOLOGY_DIR), cwd, inputs.issues);
  const manifestText = folder.read('manifest.json');
  if (manifestText === undefined) return inputs;
  inputs.manifestText = manifestText;
  for (const name of new Set(namedFiles(manifestText))) {
    if (!inputs.present.includes(name)) continue;
    const text = folder.read(name);
    if (text !== undefined) inputs.files.set(name, { name, file: shown(name), text });
  }
  return inputs;
}

/** The CSV files of the methodology folder (see lib/methodology), read like the data folder's. */
function readMethodologyFolder(dir: string, cwd: string, issues: DataIssue[]): NonNullable<DataInputs['methodology']> {
  const folder = dataFolder(dir, cwd);
  const files = new Map<string, { text: string; file: string }>();
  if (folder.root !== undefined) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.csv')).sort()) {
      const text = folder.read(name);
      if (text !== undefined) files.set(name, { text, file: folder.shown(name) });
    }
  }
  issues.push(...folder.issues);
  return { files, shown: (name) => (name ? folder.shown(name) : `${folder.shown('.').replace(/\/?\.?$/, '')}/`) };
}
