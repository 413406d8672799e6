/**
 * The build-safety corpus (issue 14): hostile inputs and faults, each with its exact message, and proof
 * that the inputs and any existing site are left as they were. Data and content cases call the checks
 * directly; build cases run scripts/build.ts, which stops before Astro; one full build covers an OUT_DIR
 * outside the project on another file system with a BASE_PATH written without slashes (the build
 * test/build/basepath.test.ts reads too: it starts when this file loads and runs beside the cases).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { hostname } from 'node:os';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { acquireLock } from '../../scripts/build/lock.ts';
import { describeFsError } from '../../scripts/build/fsErrors.ts';
import { ownership } from '../../scripts/build/ownership.ts';
import { moveDir } from '../../scripts/build/swap.ts';
import { devCsp, devPolicy } from '../../src/integrations/csp.ts';
import { renderHeaders } from '../../src/lib/output/renderHeaders.ts';
import { normalizeBasePath, projectPathProblem } from '../../src/lib/urls/basePath.ts';
import { checkContent } from '../../src/lib/content/checkContent.ts';
import { readGroups } from '../../src/lib/groups/readGroups.ts';
import { checkDate, readInputs } from '../../src/lib/input/readInputs.ts';
import { DataValidationError, formatIssue } from '../../src/lib/issues.ts';
import { buildDataset } from '../../src/lib/model/buildDataset.ts';
import { normalizeNumber } from '../../src/lib/model/parseValue.ts';
import { indexData } from '../../src/lib/query/dataIndex.ts';
import { basePathBuild } from '../helpers/basePathBuild.ts';
import { root } from '../helpers/buildSite.ts';
import { buildCases } from './corpus/buildCases.ts';
import { contentCases, readableContent } from './corpus/contentCases.ts';
import { markupCases, readableMarkup } from './corpus/markupCases.ts';
import { acceptedCases } from './corpus/acceptedCases.ts';
import { dataCases } from './corpus/dataCases.ts';
import { acceptedMistakes, mistakeCases } from './corpus/mistakeCases.ts';
import { digest, makeFixture, type Fixture } from './corpus/fixture.ts';
import { runScript } from './corpus/run.ts';
import './corpus/agreeSuite.ts';
import './corpus/swapSuite.ts';
import './corpus/prototypeSuite.ts';
import './corpus/propertySuite.ts';
import { publishedData } from '../helpers/publishedData.ts';

const fullBuild = basePathBuild();
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function fixture(): Fixture {
  const f = makeFixture();
  made.push(f.dir);
  return f;
}

/** Runs `fn` with the working directory seen as `cwd`, so messages name `data/…` and `content/…`. */
function seenFrom<T>(cwd: string, fn: () => T): T {
  const spy = vi.spyOn(process, 'cwd').mockReturnValue(cwd);
  try {
    return fn();
  } finally {
    spy.mockRestore();
  }
}

/** Every problem the check reports for the fixture's data and groups, or [] when they are valid. */
function dataProblems(f: Fixture): string[] {
  const groups = readGroups(f.data, f.dir).issues.map(formatIssue);
  try {
    seenFrom(f.dir, () => buildDataset(readInputs(f.data)));
    return groups;
  } catch (error) {
    if (!(error instanceof DataValidationError)) throw error;
    return [...new Set([...error.issues.map(formatIssue), ...groups])];
  }
}

const site = indexData(buildDataset(readInputs(publishedData())));
const contentProblems = (f: Fixture) => seenFrom(f.dir, () => checkContent(f.content, site, join(root, 'src/pages')).map(formatIssue));

describe('corpus: data inputs', () => {
  it.each([...dataCases, ...mistakeCases])('$name', ({ arrange, messages }) => {
    const f = fixture();
    const found = arrange(f) ?? {};
    const before = existsSync(f.data) ? digest(f.dir) : '';
    const problems = dataProblems(f);
    expect(problems).toEqual(typeof messages === 'function' ? messages(found) : messages);
    expect(existsSync(f.data) ? digest(f.dir) : '', 'the inputs are untouched').toBe(before);
    expect(problems.join('\n'), 'nothing of a linked file is printed').not.toMatch(/root:x:0:0|\n\s+at /);
  });

  it.each([...acceptedCases, ...acceptedMistakes])('reads $name', ({ arrange, holds, printedAverages = [] }) => {
    const f = fixture();
    arrange(f);
    const before = digest(f.dir);
    const dataset = seenFrom(f.dir, () => buildDataset(readInputs(f.data)));
    for (const { iso3, indicator, edition, text, value } of holds) {
      const o = dataset.observations.find((x) => x.iso3 === iso3 && x.indicator === indicator && x.edition === edition && x.index === 'dgi');
      expect(o, `${iso3} ${indicator} ${edition}`).toMatchObject({ text, value });
      expect(Object.is(o!.value, -0)).toBe(false);
    }
    for (const { index, edition, indicator, text } of printedAverages) {
      expect(dataset.stats.find((s) => s.index === index && s.edition === edition && s.indicator === indicator)?.printed?.text, `${index} ${edition} ${indicator}`).toBe(text);
    }
    expect(dataProblems(f), 'the check passes').toEqual([]);
    expect(digest(f.dir)).toBe(before);
  });
});

describe('corpus: the value rule', () => {
  it.each([
    ['-0', '0'],
    ['-0.000', '0.000'],
    ['+0.783', '0.783'],
    ['9e-1', '0.9'],
    [' 0.833 ', '0.833'],
    ['.5', '0.5'],
    ['1.', '1'],
    ['12.340e-1', '1.2340'],
    ['0,5', undefined],
    ['1e999', undefined],
    ['−0.5', undefined],
    ['0x1', undefined],
  ])('%j is shown as %j', (raw, shown) => {
    expect(normalizeNumber(raw)).toBe(shown);
  });
});

describe('corpus: editorial content', () => {
  it.each([...contentCases, ...markupCases])('$name', ({ arrange, messages }) => {
    const f = fixture();
    arrange(f);
    const before = digest(f.dir);
    expect(contentProblems(f)).toEqual(messages);
    expect(digest(f.dir), 'the inputs are untouched').toBe(before);
  });

  it.each([...readableContent, ...readableMarkup])('reads $name', ({ arrange }) => {
    const f = fixture();
    arrange(f);
    expect(contentProblems(f)).toEqual([]);
  });
});

/** Runs scripts/build.ts in a child process (asynchronously, so cases run side by side). */
const runBuild = (env: Record<string, string>) => runScript('build.ts', env);

describe('corpus: the build refuses before touching anything', () => {
  it.concurrent.each(buildCases)('$name', async ({ arrange, stderr, untouched, after }) => {
    const f = fixture();
    const dist = join(f.dir, 'site', 'dist');
    mkdirSync(join(f.dir, 'site'));
    const env = { OUT_DIR: dist, DATA_DIR: f.data, CONTENT_DIR: f.content, ASTRO_CACHE_DIR: join(f.dir, 'cache'), ...arrange(f, dist) };
    const guarded = [f.data, f.content, ...(untouched?.(f, dist) ?? [])].filter((d) => existsSync(d));
    const before = guarded.map(digest);
    const result = await runBuild(env);
    expect(result.status, result.stdout + result.stderr).toBe(1);
    const printed = result.stderr.split('\n');
    for (const line of stderr(f, dist)) expect(printed, result.stderr).toContain(line);
    expect(result.stderr, 'no stack trace').not.toMatch(/\n\s+at |node:internal/);
    expect(guarded.map(digest), 'the inputs and the existing site are untouched').toEqual(before);
    expect(existsSync(`${dist}.lock`) && !stderr(f, dist).some((l) => l.includes('another build is')), 'the lock is released').toBe(false);
    await after?.(f, dist);
  }, 60_000);

  it('restores dist from dist.previous with the last good site', async () => {
    const f = fixture();
    const dist = join(f.dir, 'dist');
    const { fakeSite } = await import('./corpus/buildCases.ts');
    fakeSite(`${dist}.previous`, '<h1>the last good site</h1>');
    rmSync(join(f.data, 'manifest.json'));
    const result = await runBuild({ OUT_DIR: dist, DATA_DIR: f.data, CONTENT_DIR: f.content });
    expect(result.status).toBe(1);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<h1>the last good site</h1>');
    expect(existsSync(`${dist}.previous`)).toBe(false);
  }, 60_000);
});

describe('corpus: configuration and file-system faults', () => {
  it.each([
    ['profiles/', '/profiles/'],
    ['profiles', '/profiles/'],
    ['/profiles', '/profiles/'],
    ['/profiles//x/', '/profiles/x/'],
    ['', '/'],
    ['/', '/'],
    [undefined, '/'],
  ])('BASE_PATH %j is normalised to %j, and _headers rules start with it', (raw, base) => {
    expect(normalizeBasePath(raw)).toBe(base);
    const rules = renderHeaders(["default-src 'self'"], normalizeBasePath(raw)).split('\n').filter((l) => !l.startsWith(' ') && l !== '');
    expect(rules.every((rule) => rule.startsWith(base))).toBe(true);
  });

  it.each([
    ['/home/ana/#site', 'the project folder "/home/ana/#site" contains "#", which Astro and Vite cannot build from (they read the path as a URL); move or rename the folder so its path has no #'],
    ['/home/ana/why?/site', 'the project folder "/home/ana/why?/site" contains "?", which Astro and Vite cannot build from (they read the path as a URL); move or rename the folder so its path has no ?'],
    ['/home/ana/site', undefined],
  ])('a project at %j: %s', (path, message) => {
    expect(projectPathProblem(path)).toBe(message);
  });

  it.each([
    ['EROFS', 'cannot write to /mnt/cd/dist: the folder is on a read-only file system; set OUT_DIR to a writable folder'],
    ['EACCES', 'cannot write to /mnt/cd/dist: permission denied; set OUT_DIR to a folder you may write to'],
    ['ENOSPC', 'cannot write to /mnt/cd/dist: the disk is full; free some space and run the build again'],
    ['ENOTDIR', 'cannot write to /mnt/cd/dist: a part of the path is a file, not a folder; set OUT_DIR to a folder path'],
  ])('a %s while writing the output says so in one sentence', (code, message) => {
    expect(describeFsError(Object.assign(new Error('raw'), { code }), '/mnt/cd/dist', 'write to')).toBe(message);
  });

  it.each([
    [{ SOURCE_DATE_EPOCH: '1861920000' }, '2029-01-01'],
    [{ SOURCE_DATE_EPOCH: ' 0 ' }, '1970-01-01'],
    [{ SOURCE_DATE_EPOCH: 'tomorrow' }, '2026-12-07'],
    [{}, '2026-12-07'],
  ])('SOURCE_DATE_EPOCH %j makes the checks take %s as today (else the clock\'s)', (env, day) => {
    expect(checkDate(env, new Date('2026-12-07T10:00:00Z'))).toBe(day);
  });

  it('moves a built site across file systems (EXDEV) by copying, marker first', () => {
    const from = mkdtempSync(join(root, 'test/.output-move-'));
    made.push(from);
    const shm = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
    const to = join(mkdtempSync(join(shm, 'corpus-move-')), 'dist.incoming');
    made.push(dirname(to));
    ownership(join(root, '.build')).mark(from);
    writeFileSync(join(from, 'index.html'), '<h1>site</h1>');
    mkdirSync(join(from, 'a'));
    writeFileSync(join(from, 'a', 'b.html'), 'b');
    moveDir(from, to);
    expect(existsSync(from)).toBe(false);
    expect(readFileSync(join(to, 'a', 'b.html'), 'utf8')).toBe('b');
    expect(ownership(join(root, '.build')).owns(to)).toBe(true);
  });

  it('takes a free lock, refuses a held one naming its holder, and takes over a stale one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-lock-'));
    made.push(dir);
    const path = join(dir, 'dist.lock');
    const first = acquireLock(path, 'writing dist');
    expect('release' in first).toBe(true);
    (first as { release: () => void }).release();
    expect(existsSync(path), 'released').toBe(false);
    writeFileSync(path, JSON.stringify({ pid: process.ppid, host: hostname(), since: '2026-12-01T21:00:00.000Z' }));
    expect(acquireLock(path, 'writing dist')).toEqual({
      problem: `another build is writing dist (process ${process.ppid} on ${hostname()}, since 2026-12-01T21:00:00.000Z); wait for it to finish, or if no build is running, delete ${path}`,
    });
    writeFileSync(path, JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), since: '2026-12-01T20:00:00.000Z' }));
    const third = acquireLock(path, 'writing dist');
    expect(third).toMatchObject({ note: `removed a stale build lock ${path} (process ${2 ** 22 + 7} is no longer running)` });
    (third as { release: () => void }).release();
  });
});

describe('corpus: a full build outside the project, on another file system, with BASE_PATH=profiles', () => {
  it('builds, marks the folder, writes _headers under /profiles/ and leaves nothing behind', async () => {
    const result = await fullBuild;
    const dist = result.outDir;
    const outside = dirname(dist);
    expect(outside.startsWith(root), 'the output is outside the project').toBe(false);
    expect(result.status, result.stderr).toBe(0);
    expect(ownership(join(root, '.build')).owns(dist), 'the marker is signed with the project key').toBe(true);
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers.split('\n')[0]).toBe('/profiles/*');
    expect(headers).toContain('\n/profiles/_astro/*\n');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('href="/profiles/');
    expect(readdirSync(outside).filter((n) => n !== 'dist.cache'), 'no staging, lock or swap folder left').toEqual(['dist']);
    const key = createHash('sha256').update(dist).digest('hex').slice(0, 12);
    expect(existsSync(join(root, '.build', `${key}.staging`)), 'the staging folder inside the project is gone').toBe(false);
  }, 300_000);

  it('npm run dev sends the policy the built pages carry: the same directives, scripts only from the site', async () => {
    const dist = (await fullBuild).outDir;
    const built = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))![1]!;
    const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)] as const));
    const page = directives(built);
    const dev = directives(devPolicy());
    expect([...dev.keys()].sort()).toEqual([...page.keys()].sort());
    for (const [name, sources] of page) {
      const own = sources.filter((source) => !source.startsWith("'sha256-"));
      if (name === 'style-src') expect(dev.get(name)).toEqual([...own, "'unsafe-inline'"]);
      else expect(dev.get(name), name).toEqual(own);
    }
    expect(dev.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    const headers: Record<string, string> = {};
    const plugin = devCsp() as { configureServer: (server: unknown) => void };
    let middleware: (req: unknown, res: unknown, next: () => void) => void = () => {};
    plugin.configureServer({ middlewares: { use: (fn: typeof middleware) => (middleware = fn) } });
    let passed = false;
    middleware({}, { setHeader: (name: string, value: string) => (headers[name] = value) }, () => (passed = true));
    expect(headers).toEqual({ 'Content-Security-Policy': devPolicy() });
    expect(passed).toBe(true);
  }, 300_000);
});
