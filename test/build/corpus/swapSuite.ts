/**
 * The swap into OUT_DIR when a file-system call fails half-way (a file in the old site that cannot be
 * deleted, a rename refused): the outcome says truthfully what is live, and the next build recovers.
 * The failing call is injected (deleting a file cannot be made to fail portably, not as root).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MARKER, ownership } from '../../../scripts/build/ownership.ts';
import { realFs, recoverSwap, swapIn, type SwapFs } from '../../../scripts/build/swap.ts';
import { root } from '../../helpers/buildSite.ts';
import { fakeSite } from './buildCases.ts';

const owner = ownership(join(root, '.build'));
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A folder with `dist` (the old site, with a read-only subfolder) and a finished `dist.incoming`. */
function arrange(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-swap-'));
  made.push(dir);
  const dist = join(dir, 'dist');
  fakeSite(dist, '<h1>old</h1>');
  mkdirSync(join(dist, 'locked'));
  writeFileSync(join(dist, 'locked', 'page.html'), 'old');
  fakeSite(`${dist}.incoming`, '<h1>new</h1>');
  return dist;
}

const page = (dir: string) => readFileSync(join(dir, 'index.html'), 'utf8');
const denied = (path: string) => Object.assign(new Error(`EACCES: permission denied, unlink '${path}'`), { code: 'EACCES', path });

/** Removes what it can of a folder, as removeOwned does (marker last), but `locked/page.html` cannot be deleted. */
const stuck: SwapFs = {
  rename: realFs.rename,
  remove: (dir) => {
    for (const name of readdirSync(dir)) if (name !== MARKER && name !== 'locked') rmSync(join(dir, name), { recursive: true });
    throw denied(join(dir, 'locked', 'page.html'));
  },
};

describe('corpus: a swap that fails half-way says what is live, and the next build recovers', () => {
  it('an undeletable file in the old site: the new site is live, the note says so, the next build removes the rest', () => {
    const dist = arrange();
    expect(swapIn(dist, stuck)).toEqual({
      live: true,
      note: `the new site is in place, but the previous one in ${dist}.previous could not be removed entirely: permission denied (${dist}.previous/locked/page.html); the next build removes it`,
    });
    expect(page(dist)).toBe('<h1>new</h1>');
    expect(owner.owns(`${dist}.previous`), 'what is left is still recognisably the build\'s').toBe(true);
    expect(recoverSwap(dist, owner, stuck)).toEqual({
      notes: [],
      problem: `${dist}.previous, the previous site an earlier build left, cannot be removed: permission denied (${dist}.previous/locked/page.html); make the file writable or remove the folder yourself, and run the build again (the site in ${dist} is the newest one)`,
    });
    expect(recoverSwap(dist, owner)).toEqual({ notes: [`removed ${dist}.previous, the previous site an earlier build left after its swap`] });
    expect(existsSync(`${dist}.previous`)).toBe(false);
    expect(page(dist)).toBe('<h1>new</h1>');
  });

  it('the new site cannot be moved in: the old one is put back', () => {
    const dist = arrange();
    const fs: SwapFs = { ...realFs, rename: (from, to) => (from.endsWith('.incoming') ? (() => { throw denied(to); })() : realFs.rename(from, to)) };
    expect(swapIn(dist, fs)).toEqual({ live: false, message: `the new site could not be moved into ${dist}: permission denied (${dist}); the previous site was put back as it was` });
    expect(page(dist)).toBe('<h1>old</h1>');
  });

  it('neither the new site nor the old one can be moved back: it says the site is in dist.previous, and the next build restores it', () => {
    const dist = arrange();
    const fs: SwapFs = { ...realFs, rename: (from, to) => (from === dist ? realFs.rename(from, to) : (() => { throw denied(to); })()) };
    expect(swapIn(dist, fs)).toEqual({
      live: false,
      message: `the new site could not be moved into ${dist}: permission denied (${dist}); no site is in ${dist} now, the previous one is in ${dist}.previous, and the next build puts it back`,
    });
    expect(existsSync(dist)).toBe(false);
    rmSync(`${dist}.incoming`, { recursive: true });
    expect(recoverSwap(dist, owner)).toEqual({ notes: [`restored ${dist} from ${dist}.previous, left by an interrupted build`] });
    expect(page(dist)).toBe('<h1>old</h1>');
  });

  it('the old site cannot be moved aside: it is left as it was', () => {
    const dist = arrange();
    const fs: SwapFs = { ...realFs, rename: (_from, to) => { throw denied(to); } };
    expect(swapIn(dist, fs)).toEqual({ live: false, message: `the new site could not be put in place, since ${dist} could not be moved aside: permission denied (${dist}.previous); the previous site was left as it was` });
    expect(page(dist)).toBe('<h1>old</h1>');
  });
});
