/**
 * Faults around `npm run build` that must stop it before Astro starts: output folders it did not make,
 * locks, interrupted swaps, configuration. Each gives its exact message and leaves every folder as it was.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ownership } from '../../../scripts/build/ownership.ts';
import { root } from '../../helpers/buildSite.ts';
import type { Fixture } from './fixture.ts';

export interface BuildCase {
  name: string;
  /** Prepares the fixture; returns the environment of the build (OUT_DIR defaults to the fixture's dist). */
  arrange: (f: Fixture, dist: string) => Record<string, string>;
  /** Lines stderr must hold, exactly. */
  stderr: (f: Fixture, dist: string) => string[];
  /** Folders that must be byte-identical afterwards (besides data/ and content/). */
  untouched?: (f: Fixture, dist: string) => string[];
  /** Further checks of the folders afterwards. */
  after?: (f: Fixture, dist: string) => void | Promise<void>;
}

/** A Pagefind site for Netlify or Cloudflare that another tool made: `_headers`, a search index, a page. */
export function lookAlikeSite(dir: string, page = '<h1>my blog</h1>'): void {
  mkdirSync(join(dir, 'pagefind'), { recursive: true });
  mkdirSync(join(dir, 'posts'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, '_headers'), '/*\n  X-Frame-Options: DENY\n');
  writeFileSync(join(dir, 'pagefind', 'pagefind.js'), 'export {};\n');
  writeFileSync(join(dir, 'posts', 'thesis.md'), '# Four years of work\n');
}

/** A site a previous build of this project made: the look-alike's files plus a marker signed with the project's key. */
export function fakeSite(dir: string, page = '<h1>previous</h1>'): void {
  lookAlikeSite(dir, page);
  rmSync(join(dir, 'posts'), { recursive: true });
  ownership(join(root, '.build')).mark(dir);
}

/** The marker text the build wrote before markers were signed, as anyone can copy it. */
const OLD_MARKER = 'This folder was written by "npm run build" of the digital government profiles; the next build replaces it.\n';

const breakData = (f: Fixture) => rmSync(join(f.data, 'manifest.json'));
const NOTHING = 'Nothing was built: ';

export const buildCases: BuildCase[] = [
  {
    name: 'OUT_DIR=content (the real content folder)',
    arrange: () => ({ OUT_DIR: 'content', DATA_DIR: join(root, 'data'), CONTENT_DIR: join(root, 'content') }),
    stderr: () => [`${NOTHING}OUT_DIR "${join(root, 'content')}" would replace the content folder (${join(root, 'content')}); set OUT_DIR to a folder of its own, e.g. dist.`],
    untouched: () => [join(root, 'content')],
  },
  {
    name: 'OUT_DIR naming the project itself',
    arrange: () => ({ OUT_DIR: root }),
    stderr: () => [`${NOTHING}OUT_DIR "${root}" would replace the project (${root}); set OUT_DIR to a folder of its own, e.g. dist.`],
  },
  {
    name: 'OUT_DIR inside the data folder',
    arrange: (f) => ({ OUT_DIR: join(f.data, 'site') }),
    stderr: (f) => [`${NOTHING}OUT_DIR "${join(f.data, 'site')}" lies inside the data folder (${f.data}); set OUT_DIR to a folder outside it, e.g. dist.`],
  },
  {
    name: 'OUT_DIR naming a folder holding the data folder',
    arrange: (f) => ({ OUT_DIR: f.dir }),
    stderr: (f) => [`${NOTHING}OUT_DIR "${f.dir}" would replace the data folder (${f.data}); set OUT_DIR to a folder of its own, e.g. dist.`],
  },
  {
    name: 'OUT_DIR naming an existing folder the build did not make',
    arrange: (f) => {
      mkdirSync(join(f.dir, 'precious'));
      writeFileSync(join(f.dir, 'precious', 'thesis.docx'), 'years of work');
      return { OUT_DIR: join(f.dir, 'precious') };
    },
    stderr: (f) => [`${NOTHING}OUT_DIR "${join(f.dir, 'precious')}" is an existing folder that this build did not make (it has no .profiles-build file), so the build will not replace it; set OUT_DIR to a new or empty folder, or remove that folder yourself.`],
    untouched: (f) => [join(f.dir, 'precious')],
  },
  {
    name: 'OUT_DIR naming a Pagefind site another tool made (_headers and pagefind/pagefind.js are no proof)',
    arrange: (f) => {
      lookAlikeSite(join(f.dir, 'blog'));
      return { OUT_DIR: join(f.dir, 'blog') };
    },
    stderr: (f) => [`${NOTHING}OUT_DIR "${join(f.dir, 'blog')}" is an existing folder that this build did not make (it has no .profiles-build file), so the build will not replace it; set OUT_DIR to a new or empty folder, or remove that folder yourself.`],
    untouched: (f) => [join(f.dir, 'blog')],
  },
  {
    name: 'OUT_DIR naming a look-alike that copied the marker text',
    arrange: (f) => {
      lookAlikeSite(join(f.dir, 'blog'));
      writeFileSync(join(f.dir, 'blog', '.profiles-build'), OLD_MARKER);
      return { OUT_DIR: join(f.dir, 'blog') };
    },
    stderr: (f) => [`${NOTHING}OUT_DIR "${join(f.dir, 'blog')}" is an existing folder that this build did not make (its .profiles-build file was not written by this project's build), so the build will not replace it; set OUT_DIR to a new or empty folder, or remove that folder yourself.`],
    untouched: (f) => [join(f.dir, 'blog')],
  },
  {
    name: 'OUT_DIR naming a look-alike whose marker carries a made-up signature',
    arrange: (f) => {
      lookAlikeSite(join(f.dir, 'blog'));
      writeFileSync(join(f.dir, 'blog', '.profiles-build'), JSON.stringify({ purpose: 'made up', signature: 'b'.repeat(64) }));
      return { OUT_DIR: join(f.dir, 'blog') };
    },
    stderr: (f) => [`${NOTHING}OUT_DIR "${join(f.dir, 'blog')}" is an existing folder that this build did not make (its .profiles-build file was not written by this project's build), so the build will not replace it; set OUT_DIR to a new or empty folder, or remove that folder yourself.`],
    untouched: (f) => [join(f.dir, 'blog')],
  },
  {
    name: 'OUT_DIR naming a file',
    arrange: (f) => {
      writeFileSync(join(f.dir, 'notes.txt'), 'notes');
      return { OUT_DIR: join(f.dir, 'notes.txt') };
    },
    stderr: (f) => [`${NOTHING}OUT_DIR "${join(f.dir, 'notes.txt')}" is a file, not a folder; set OUT_DIR to a folder the build may create.`],
  },
  {
    name: 'OUT_DIR where the build may not write',
    arrange: () => ({ OUT_DIR: '/sys/dist' }),
    stderr: () => [`${NOTHING}cannot write to /sys: permission denied; set OUT_DIR to a folder you may write to.`],
  },
  {
    name: 'a second build while one holds the lock',
    arrange: (_, dist) => {
      fakeSite(dist);
      writeFileSync(`${dist}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-12-01T21:00:00.000Z' }));
      return {};
    },
    stderr: (_, dist) => [`${NOTHING}another build is writing ${dist} (process ${process.pid} on ${hostname()}, since 2026-12-01T21:00:00.000Z); wait for it to finish, or if no build is running, delete ${dist}.lock.`],
    untouched: (_, dist) => [dist],
  },
  {
    name: 'a second build into another folder while one uses the same Astro cache',
    arrange: (f, dist) => {
      fakeSite(dist);
      writeFileSync(join(f.dir, 'cache.lock'), JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-12-01T21:30:00.000Z' }));
      return {};
    },
    stderr: (f) => [`${NOTHING}another build is using the build cache ${join(f.dir, 'cache')} (process ${process.pid} on ${hostname()}, since 2026-12-01T21:30:00.000Z); wait for it to finish, or if no build is running, delete ${join(f.dir, 'cache')}.lock.`],
    untouched: (_, dist) => [dist],
  },
  {
    name: 'a stale lock left by a build that died is recovered',
    arrange: (f, dist) => {
      fakeSite(dist);
      writeFileSync(`${dist}.lock`, JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), since: '2026-12-01T21:00:00.000Z' }));
      breakData(f);
      return {};
    },
    stderr: (f, dist) => [`note: removed a stale build lock ${dist}.lock (process ${2 ** 22 + 7} is no longer running)`, `  ${join(f.data, 'manifest.json')}: the manifest is missing; create it to describe each data file`],
    untouched: (_, dist) => [dist],
  },
  {
    name: 'a crash between the two renames: dist.previous is restored',
    arrange: (f, dist) => {
      fakeSite(`${dist}.previous`, '<h1>the last good site</h1>');
      breakData(f);
      return {};
    },
    stderr: (_, dist) => [`note: restored ${dist} from ${dist}.previous, left by an interrupted build`],
  },
  {
    name: 'a crash after the swap: the old dist.previous is removed, dist kept',
    arrange: (f, dist) => {
      fakeSite(dist, '<h1>new</h1>');
      fakeSite(`${dist}.previous`, '<h1>old</h1>');
      breakData(f);
      return {};
    },
    stderr: (_, dist) => [`note: removed ${dist}.previous, the previous site an earlier build left after its swap`],
    untouched: (_, dist) => [dist],
  },
  {
    name: 'an unfinished dist.incoming is removed',
    arrange: (f, dist) => {
      fakeSite(dist);
      fakeSite(`${dist}.incoming`);
      breakData(f);
      return {};
    },
    stderr: (_, dist) => [`note: removed the unfinished ${dist}.incoming of an interrupted build`],
    untouched: (_, dist) => [dist],
  },
  {
    name: 'a dist.previous the build did not make is left alone',
    arrange: (_, dist) => {
      mkdirSync(`${dist}.previous`, { recursive: true });
      writeFileSync(join(`${dist}.previous`, 'mine.txt'), 'mine');
      return {};
    },
    stderr: (_, dist) => [`${NOTHING}${dist}.previous exists but was not made by this build, so the build neither restores nor removes it; move it away and run the build again.`],
    untouched: (_, dist) => [`${dist}.previous`],
  },
  {
    name: "a user's own site.previous backup holding _headers and pagefind/pagefind.js is neither restored nor removed",
    arrange: (_, dist) => {
      lookAlikeSite(`${dist}.previous`, '<h1>my backup</h1>');
      return {};
    },
    stderr: (_, dist) => [`${NOTHING}${dist}.previous exists but was not made by this build, so the build neither restores nor removes it; move it away and run the build again.`],
    untouched: (_, dist) => [`${dist}.previous`],
    after: (_, dist) => {
      if (existsSync(dist)) throw new Error(`${dist} was made from the user's backup`);
    },
  },
  {
    name: 'a dist.incoming the build did not make is left alone',
    arrange: (_, dist) => {
      fakeSite(dist);
      lookAlikeSite(`${dist}.incoming`);
      return {};
    },
    stderr: (_, dist) => [`${NOTHING}${dist}.incoming exists but was not made by this build, so the build neither restores nor removes it; move it away and run the build again.`],
    untouched: (_, dist) => [dist, `${dist}.incoming`],
  },
  {
    name: 'BASE_PATH given as a URL',
    arrange: () => ({ BASE_PATH: 'https://evil.example/' }),
    stderr: () => [`${NOTHING}BASE_PATH "https://evil.example/" is a URL, not a path; write the sub-path the site is served under, e.g. BASE_PATH=/profiles/.`],
  },
  {
    name: 'BASE_PATH with a space',
    arrange: () => ({ BASE_PATH: '/my profiles/' }),
    stderr: () => [`${NOTHING}BASE_PATH "/my profiles/" holds a space, "?", "#", "%", a quote, "<", ">" or a backslash; write the sub-path the site is served under, e.g. BASE_PATH=/profiles/.`],
  },
  {
    name: 'BASE_PATH climbing out with ..',
    arrange: () => ({ BASE_PATH: '/a/../../' }),
    stderr: () => [`${NOTHING}BASE_PATH "/a/../../" holds "." or ".." segments; write the sub-path the site is served under, e.g. BASE_PATH=/profiles/.`],
  },
  {
    name: 'a DATA_DIR that does not exist',
    arrange: (f) => ({ DATA_DIR: join(f.dir, 'no-such-data') }),
    stderr: (f) => [`  ${join(f.dir, 'no-such-data')}: the data folder does not exist (DATA_DIR="${join(f.dir, 'no-such-data')}"); set DATA_DIR to a folder holding manifest.json and the edition files, or unset it to use data/`],
  },
  {
    name: 'a broken input leaves the previous site as it was',
    arrange: (f, dist) => {
      fakeSite(dist);
      writeFileSync(join(f.data, 'dgi-2023.csv'), 'cc_iso3c,ref_year,variable,value\nKOR,2023,digital_design,1.7\n');
      return {};
    },
    stderr: (f) => [`  ${join(f.data, 'dgi-2023.csv')}:2: value "1.7" is above the index maximum 1; dgi scores run from 0 to 1`, 'Nothing was built; fix the problems above and run the command again.'],
    untouched: (_, dist) => [dist],
  },
];
