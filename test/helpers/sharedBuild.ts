/**
 * Builds that several test files read, made once per run: the first process to ask for one takes its
 * lock and runs the build in a child process; the others wait for the result it writes. State lives in
 * test/.output/shared/ and is cleared by the global setup before the files run; the global teardown
 * removes the builds that are not kept (so nothing is left in /tmp or /dev/shm).
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSiteAsync, root, type BuildOptions, type BuildResult } from './buildSite.ts';

const state = join(root, 'test/.output/shared');
const CLEARED = 'DGP_TEST_SHARED_CLEARED';
const pending = new Map<string, Promise<BuildResult>>();
/** Builds this process started that have not ended (the teardown stops them if no file waited for them). */
const running = new Set<ChildProcess>();

/**
 * Makes the build's options, called only in the process that builds; `removeAfter` is a folder the
 * global teardown removes (the build's own), left out for a build kept for inspection.
 */
export type SharedBuild = () => BuildOptions & { outDir: string; removeAfter?: string };

/** The result of the build `name`, made by this process or another one of the same run. */
export function sharedBuild(name: string, build: SharedBuild): Promise<BuildResult> {
  let result = pending.get(name);
  if (!result) {
    result = claim(name) ? own(name, build) : waitFor(join(state, `${name}.json`));
    pending.set(name, result);
  }
  return result;
}

/** Records a build made before this run (`DGP_TEST_SITE_BUILT`) as the result of `name`. */
export function recordSharedBuild(name: string, result: BuildResult): void {
  if (claim(name)) writeResult(name, result);
}

function claim(name: string): boolean {
  mkdirSync(state, { recursive: true });
  try {
    mkdirSync(join(state, `${name}.lock`));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function own(name: string, build: SharedBuild): Promise<BuildResult> {
  const { removeAfter, ...options } = build();
  if (removeAfter) writeFileSync(join(state, `${name}.lock`, 'remove'), removeAfter);
  let result: BuildResult;
  try {
    result = await buildSiteAsync(options, (child) => {
      running.add(child);
      child.on('exit', () => running.delete(child));
    });
  } catch (error) {
    result = { status: null, stdout: '', stderr: String(error), outDir: options.outDir };
  }
  writeResult(name, result);
  return result;
}

function writeResult(name: string, result: BuildResult): void {
  const file = join(state, `${name}.json`);
  writeFileSync(`${file}.part`, JSON.stringify(result));
  renameSync(`${file}.part`, file);
}

async function waitFor(file: string): Promise<BuildResult> {
  while (!existsSync(file)) {
    await new Promise<void>((resolve) => {
      const watcher = watch(state, () => done());
      const timer = setTimeout(() => done(), 1000);
      function done() {
        clearTimeout(timer);
        watcher.close();
        resolve();
      }
    });
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Global setup: forgets the shared builds of an earlier run (once per run, whichever project comes first). */
export function setup(): void {
  if (process.env[CLEARED]) return;
  process.env[CLEARED] = '1';
  removeShared();
}

/**
 * Global teardown: removes the shared builds not kept, the state, and the builds the files made
 * (`test/.output/site-*`); the shared site stays for inspection.
 */
export function teardown(): void {
  for (const child of running) child.kill();
  removeShared();
  const output = join(root, 'test/.output');
  if (!existsSync(output)) return;
  for (const name of readdirSync(output)) if (name.startsWith('site-')) rmSync(join(output, name), { recursive: true, force: true });
}

function removeShared(): void {
  if (!existsSync(state)) return;
  for (const name of readdirSync(state)) {
    const remove = join(state, name, 'remove');
    if (name.endsWith('.lock') && existsSync(remove)) {
      rmSync(readFileSync(remove, 'utf8'), { recursive: true, force: true });
    }
  }
  rmSync(state, { recursive: true, force: true });
}
