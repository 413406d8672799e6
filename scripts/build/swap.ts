import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MARKER, type Ownership } from './ownership.ts';

/** The folders a swap into `dist` uses beside it (same file system, so renames are atomic). */
export function swapFolders(dist: string) {
  return { incoming: `${dist}.incoming`, previous: `${dist}.previous` };
}

/** The file-system calls a swap makes; tests replace them to make one fail. */
export interface SwapFs {
  rename(from: string, to: string): void;
  /** Removes a folder the build made. */
  remove(dir: string): void;
}

/**
 * Removes a folder the build made, its marker last: a removal stopped half-way (a file that cannot be
 * deleted) leaves a folder that is still recognisably the build's, so the next build can finish the job.
 */
function removeOwned(dir: string): void {
  for (const name of readdirSync(dir)) if (name !== MARKER) rmSync(join(dir, name), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}

export const realFs: SwapFs = { rename: renameSync, remove: removeOwned };

/** One sentence for a failed rename or removal: the error code and the file it concerns. */
function cause(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const reason = { EACCES: 'permission denied', EPERM: 'the operation is not permitted', EBUSY: 'a file is in use', ENOTEMPTY: 'the folder is not empty', EXDEV: 'it lies on another disk' }[e?.code ?? ''];
  return `${reason ?? e?.message ?? String(error)}${e?.path ? ` (${e.path})` : ''}`;
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
  if (existsSync(join(from, MARKER))) cpSync(join(from, MARKER), join(to, MARKER));
  cpSync(from, to, { recursive: true, force: true });
  rmSync(from, { recursive: true, force: true });
}

/**
 * Puts right what an interrupted or half-failed build left beside `dist`, touching only folders `owner`
 * proves the build made; returns what it did, or a problem (a folder it did not make, one it cannot remove).
 */
export function recoverSwap(dist: string, owner: Ownership, fs: SwapFs = realFs): { notes: string[]; problem?: string } {
  const { incoming, previous } = swapFolders(dist);
  const notes: string[] = [];
  for (const dir of [incoming, previous]) {
    if (existsSync(dir) && !owner.owns(dir)) return { notes, problem: `${dir} exists but was not made by this build, so the build neither restores nor removes it; move it away and run the build again` };
  }
  if (existsSync(previous)) {
    if (!existsSync(dist)) {
      try {
        fs.rename(previous, dist);
      } catch (error) {
        return { notes, problem: `${previous}, the last good site an interrupted build left, cannot be moved back to ${dist}: ${cause(error)}; move it there yourself, or remove it, and run the build again` };
      }
      notes.push(`restored ${dist} from ${previous}, left by an interrupted build`);
    } else {
      try {
        fs.remove(previous);
      } catch (error) {
        return { notes, problem: `${previous}, the previous site an earlier build left, cannot be removed: ${cause(error)}; make the file writable or remove the folder yourself, and run the build again (the site in ${dist} is the newest one)` };
      }
      notes.push(`removed ${previous}, the previous site an earlier build left after its swap`);
    }
  }
  if (existsSync(incoming)) {
    try {
      fs.remove(incoming);
    } catch (error) {
      return { notes, problem: `${incoming}, the unfinished output of an interrupted build, cannot be removed: ${cause(error)}; remove it yourself and run the build again` };
    }
    notes.push(`removed the unfinished ${incoming} of an interrupted build`);
  }
  return { notes };
}

/** What a swap did: whether the new site is live, and a sentence saying what is where. */
type SwapOutcome = { live: true; note?: string } | { live: false; message: string };

/**
 * Replaces `dist` with the finished `dist.incoming` by two renames, then removes the old site. Never
 * throws: each failure is told as it is (what is live now, where the previous site is, what the next
 * build does). A crash between the renames leaves `dist.previous`, which the next recoverSwap() restores.
 */
export function swapIn(dist: string, fs: SwapFs = realFs): SwapOutcome {
  const { incoming, previous } = swapFolders(dist);
  const hadSite = existsSync(dist);
  if (hadSite) {
    try {
      fs.rename(dist, previous);
    } catch (error) {
      return { live: false, message: `the new site could not be put in place, since ${dist} could not be moved aside: ${cause(error)}; the previous site was left as it was` };
    }
  }
  try {
    fs.rename(incoming, dist);
  } catch (error) {
    if (!hadSite) return { live: false, message: `the new site could not be moved into ${dist}: ${cause(error)}; there was no previous site` };
    try {
      fs.rename(previous, dist);
    } catch {
      return { live: false, message: `the new site could not be moved into ${dist}: ${cause(error)}; no site is in ${dist} now, the previous one is in ${previous}, and the next build puts it back` };
    }
    return { live: false, message: `the new site could not be moved into ${dist}: ${cause(error)}; the previous site was put back as it was` };
  }
  if (!hadSite) return { live: true };
  try {
    fs.remove(previous);
  } catch (error) {
    return { live: true, note: `the new site is in place, but the previous one in ${previous} could not be removed entirely: ${cause(error)}; the next build removes it` };
  }
  return { live: true };
}
