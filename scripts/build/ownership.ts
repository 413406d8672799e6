import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, linkSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** File the build writes into every output folder it makes; only a folder holding a valid one is ever replaced. */
export const MARKER = '.profiles-build';
const KEY_FILE = 'owner.key';
const PURPOSE = 'This folder was written by "npm run build" of the digital government profiles; the next build replaces it.';
const MAX_MARKER_BYTES = 4096;

/** Recognises the output folders this project's build made, and marks new ones. */
export interface Ownership {
  /** Writes the marker into `dir` (a folder the build has just made). */
  mark(dir: string): void;
  /** True only when `dir` holds a marker signed with this project's key. */
  owns(dir: string): boolean;
}

/**
 * The project's secret, made once in `{keyDir}/owner.key` from random bytes. Written to a temporary file
 * and linked into place, so a build racing another sees either no key or the whole of one.
 */
function projectKey(keyDir: string): Buffer {
  const path = join(keyDir, KEY_FILE);
  const read = () => {
    const hex = readFileSync(path, 'utf8').trim();
    if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`${path} is not a key this build wrote; remove it and run the build again (a site built before cannot then be replaced by the build)`);
    return Buffer.from(hex, 'hex');
  };
  try {
    return read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(keyDir, { recursive: true });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temporary, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
  return read();
}

/** The marker's signature: an HMAC under the project's key, the same for every build of the project (so two builds give identical bytes). */
const sign = (key: Buffer) => createHmac('sha256', key).update('profiles-build output marker, version 1').digest('hex');

/** The marker's text, or undefined when it is missing, a link, not a small regular file or unreadable. */
function readMarker(dir: string): string | undefined {
  const path = join(dir, MARKER);
  try {
    const info = lstatSync(path);
    if (!info.isFile() || info.size > MAX_MARKER_BYTES) return undefined;
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(MAX_MARKER_BYTES);
      return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/**
 * Ownership by a marker no other tool writes: an HMAC under the project's own random key (kept in
 * `keyDir`, the project's `.build/`, never in the output). Files another tool also makes (`_headers`, a
 * Pagefind index) or the old marker text prove nothing; a folder is the build's only if its marker's
 * signature checks out with the key.
 */
export function ownership(keyDir: string): Ownership {
  let key: Buffer | undefined;
  const keyOf = () => (key ??= projectKey(keyDir));
  return {
    mark(dir) {
      writeFileSync(join(dir, MARKER), `${JSON.stringify({ purpose: PURPOSE, signature: sign(keyOf()) }, null, 2)}\n`);
    },
    owns(dir) {
      const text = readMarker(dir);
      if (text === undefined) return false;
      let marker: unknown;
      try {
        marker = JSON.parse(text);
      } catch {
        return false;
      }
      const { signature } = (marker ?? {}) as { signature?: unknown };
      if (typeof signature !== 'string' || !/^[0-9a-f]{64}$/.test(signature)) return false;
      return timingSafeEqual(Buffer.from(sign(keyOf()), 'hex'), Buffer.from(signature, 'hex'));
    },
  };
}
