import { hostname } from 'node:os';
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';

interface Holder {
  pid: number;
  host: string;
  since: string;
}

/** A lock older than this, held from another machine, is taken to be left over. */
const FOREIGN_STALE_MS = 6 * 60 * 60 * 1000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): Holder | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Holder;
    return Number.isInteger(holder.pid) && typeof holder.host === 'string' && typeof holder.since === 'string' ? holder : undefined;
  } catch {
    return undefined;
  }
}

/** Why the lock at `path` is left over, or undefined while its holder may still be running. */
function staleReason(path: string, holder: Holder | undefined, now: number): string | undefined {
  if (!holder) {
    const age = now - statSync(path).mtimeMs;
    return age > 10_000 ? 'it could not be read' : undefined;
  }
  if (holder.host === hostname()) return alive(holder.pid) && holder.pid !== process.pid ? undefined : `process ${holder.pid} is no longer running`;
  return now - Date.parse(holder.since) > FOREIGN_STALE_MS ? `it is older than 6 hours` : undefined;
}

export type LockResult = { release: () => void; note?: string | undefined } | { problem: string };

/**
 * Takes the lock file `path` (created exclusively), or says who holds it and since when. A lock whose
 * process is gone (or that is older than 6 hours from another host) is removed and taken over.
 */
export function acquireLock(path: string, purpose: string, now = Date.now()): LockResult {
  let note: string | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date(now).toISOString() }));
      closeSync(fd);
      let released = false;
      return {
        note,
        release: () => {
          if (released) return;
          released = true;
          if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(path);
    const stale = staleReason(path, holder, now);
    if (!stale) {
      const who = holder ? `process ${holder.pid} on ${holder.host}, since ${holder.since}` : 'a process that is starting';
      return { problem: `another build is ${purpose} (${who}); wait for it to finish, or if no build is running, delete ${path}` };
    }
    rmSync(path, { force: true });
    note = `removed a stale build lock ${path} (${stale})`;
  }
  return { problem: `could not take the build lock ${path}; another build keeps taking it` };
}
