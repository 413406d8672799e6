import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { isOurs, writeMarker } from './outDir.ts';

/** The folders a swap into `dist` uses beside it (same file system, so renames are atomic). */
export function swapFolders(dist: string) {
  return { incoming: `${dist}.incoming`, previous: `${dist}.previous` };
}

/**
 * Moves folder `from` to `to` (which must not exist). A rename where possible; across file systems
 * (EXDEV) the folder is copied to `to` (marker first, so a half copy is recognisably ours) and then removed.
 */
export function moveDir(from: string, to: string): void {
  try {
    renameSync(from, to);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
  }
  mkdirSync(to);
  writeMarker(to);
  cpSync(from, to, { recursive: true, force: true });
  rmSync(from, { recursive: true, force: true });
}

/**
 * Puts right what an interrupted build left beside `dist`; returns what it did, or a problem when a
 * left-over folder is not one the build made. Safe to run at any time while holding the lock.
 */
export function recoverSwap(dist: string): { notes: string[]; problem?: string } {
  const { incoming, previous } = swapFolders(dist);
  const notes: string[] = [];
  for (const dir of [incoming, previous]) {
    if (existsSync(dir) && !isOurs(dir)) return { notes, problem: `${dir} exists but was not made by this build; move it away and run the build again` };
  }
  if (existsSync(previous)) {
    if (!existsSync(dist)) {
      renameSync(previous, dist);
      notes.push(`restored ${dist} from ${previous}, left by an interrupted build`);
    } else {
      rmSync(previous, { recursive: true, force: true });
      notes.push(`removed ${previous}, left by an interrupted build after its swap`);
    }
  }
  if (existsSync(incoming)) {
    rmSync(incoming, { recursive: true, force: true });
    notes.push(`removed the unfinished ${incoming} of an interrupted build`);
  }
  return { notes };
}

/**
 * Replaces `dist` with the finished `incoming` by two renames. A crash between them leaves
 * `dist.previous`, which the next build's recoverSwap() restores.
 */
export function swapIn(dist: string, afterFirstRename: () => void = () => {}): void {
  const { incoming, previous } = swapFolders(dist);
  if (existsSync(dist)) renameSync(dist, previous);
  afterFirstRename();
  renameSync(incoming, dist);
  rmSync(previous, { recursive: true, force: true });
}
