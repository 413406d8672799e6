/**
 * The one place that decides which Chromium the browser tests, `scripts/screenshot.ts` and `npm run audit`
 * drive, so they all find the same one:
 * 1. `CHROMIUM_PATH`, when set;
 * 2. the Chromium inside the npm package @sparticuz/chromium (a dev dependency, so `npm ci` is the only
 *    set-up step: no root, no Debian). The package holds a headless shell brotli-packed; it is unpacked
 *    once per package version into node_modules/.cache/chromium/, with the NSS libraries the package
 *    carries (so it needs nothing from the system but glibc) and a font configuration that reads the
 *    system's fonts first and falls back to the package's Open Sans where the system has none;
 * 3. where that package has no build (it holds Linux x64 only), Debian's Chromium if installed.
 * The npm browser comes before Debian's because it runs the browser project with less CPU and gives the
 * same results with the same fonts (measured in CONTRIBUTING.md). Not under test/: scripts must not
 * import test code.
 */
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';
import { extract, type ExtractOptions } from 'tar-fs';

/** A Chromium binary to launch, where it came from (for messages) and the environment it needs. */
interface Chromium {
  path: string;
  origin: string;
  /** Added to the launching process's environment (the npm browser's libraries and fonts). */
  env: Record<string, string>;
}

/** Flags every launch takes: root needs no sandbox, and this machine's closed network must not be called. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's headless shell (package chromium-headless-shell), then its full browser: used where the npm package's is not. */
const SYSTEM_CHROMIUMS = [
  { path: '/usr/bin/chromium-headless-shell', origin: "Debian's chromium-headless-shell" },
  { path: '/usr/bin/chromium', origin: "Debian's chromium" },
];

const NPM_PACKAGE = '@sparticuz/chromium';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Files unpacked as whoever unpacks them, not as the package's builder (tar-fs 3 option, not in @types/tar-fs 2). */
const asUnpacker = { chown: false } as ExtractOptions;

/** A browser that cannot be found or started, said in one sentence (no stack: the sentence is the whole story). */
export class BrowserProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrowserProblem';
    this.stack = message;
  }
}

/** The Chromium to use (see the module comment), unpacking the npm package's on first use. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<Chromium> {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen))
      throw new BrowserProblem(
        `CHROMIUM_PATH is "${chosen}", which does not exist: set it to a Chromium or Chrome binary, or unset it to use the npm package's.`,
      );
    return { path: chosen, origin: 'CHROMIUM_PATH', env: {} };
  }
  const packaged = npmPackage();
  if (packaged) return npmChromium(packaged);
  const system = SYSTEM_CHROMIUMS.find(({ path }) => existsSync(path));
  if (system) return { ...system, env: {} };
  const why =
    process.platform === 'linux' && process.arch === 'x64'
      ? `the npm package ${NPM_PACKAGE} is not installed (run \`npm ci\`)`
      : `the npm package ${NPM_PACKAGE} holds a Linux x64 build only and this is ${process.platform} ${process.arch}`;
  throw new BrowserProblem(`No Chromium found: ${why} and no Debian Chromium is installed, so set CHROMIUM_PATH to a Chromium or Chrome binary.`);
}

/** The installed npm package's folder and version, if it holds a build for this machine. */
function npmPackage(): { dir: string; version: string } | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(NPM_PACKAGE);
  } catch {
    return undefined;
  }
  const dir = resolve(dirname(entry), '..');
  return { dir, version: (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version };
}

/** The npm package's Chromium, unpacked into node_modules/.cache/chromium/<version>/ if not yet there. */
async function npmChromium(packaged: { dir: string; version: string }): Promise<Chromium> {
  const dir = join(root, 'node_modules/.cache/chromium', packaged.version);
  if (!existsSync(dir)) await unpack(join(packaged.dir, 'bin'), dir);
  return {
    path: join(dir, 'chromium'),
    origin: `the npm package ${NPM_PACKAGE} ${packaged.version}`,
    env: { LD_LIBRARY_PATH: [join(dir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'), FONTCONFIG_FILE: join(dir, 'fonts.conf') },
  };
}

/**
 * Unpacks the package's browser, libraries and fallback font into `dir`: into a folder of this process
 * first, then renamed into place, so test workers that start at once never run a half-written binary
 * (the first rename wins; a later one finds `dir` there and drops its copy).
 */
async function unpack(bin: string, dir: string): Promise<void> {
  const staging = `${dir}.${process.pid}.${Date.now()}`;
  mkdirSync(staging, { recursive: true });
  try {
    const inflate = (file: string) => createReadStream(join(bin, file)).pipe(createBrotliDecompress());
    await Promise.all([
      pipeline(inflate('chromium.br'), createWriteStream(join(staging, 'chromium'), { mode: 0o755 })),
      pipeline(inflate('al2023.tar.br'), extract(staging, asUnpacker)), // lib/: NSS, NSPR and expat
      pipeline(inflate('fonts.tar.br'), extract(join(staging, 'fallback'), asUnpacker)), // fonts/Open_Sans/ (its fonts.conf is for Lambda)
    ]);
    writeFileSync(join(staging, 'fonts.conf'), fontsConf(dir));
    try {
      renameSync(staging, dir);
    } catch (error) {
      if (!existsSync(dir)) throw error;
    }
  } catch (error) {
    throw new BrowserProblem(
      `The npm package ${NPM_PACKAGE}'s Chromium could not be unpacked into ${dir} (${error instanceof Error ? error.message : String(error)}); free some disk space or set CHROMIUM_PATH to a Chromium binary.`,
    );
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The system's font configuration where there is one, then the package's Open Sans, so text always has a font. */
function fontsConf(dir: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${join(dir, 'fallback/fonts')}</dir>
  <cachedir>${join(dir, 'font-cache')}</cachedir>
</fontconfig>
`;
}

/**
 * The sentence for a browser that is there but did not start: which binary, the browser's own complaint
 * and what to do. The complaint is the first error line it printed outside its log (a loader error, say),
 * else a FATAL line of its log (its ERROR lines are mostly harmless, such as no D-Bus), else how it
 * exited, else the launcher's first line. Playwright puts what the browser printed in its error; other
 * launchers pass it as `stderr`.
 */
export function startProblem(chromium: Chromium, error: unknown, stderr = ''): BrowserProblem {
  const text = (error instanceof Error ? error.message : String(error)).replace(/\u001b\[[\d;]*m/g, '');
  const printed = [...[...text.matchAll(/\[pid=\d+\]\[err\] (.*\S.*)$/gm)].map((m) => m[1]!), ...stderr.split('\n')].map((line) => line.trim()).filter(Boolean);
  const plain = printed.filter((line) => !line.startsWith('['));
  const exit = /<process did exit: exitCode=(\w+), signal=(\w+)>/.exec(text);
  const exited = exit && (exit[2] !== 'null' ? `it was stopped by ${exit[2]}` : `it exited with code ${exit[1]} before Playwright could connect`);
  const reason =
    plain.find((line) => /error|cannot|fail|denied|not found|no such/i.test(line)) ??
    printed.find((line) => /^\[[^\]]*:FATAL:/.test(line)) ??
    exited ??
    plain[0] ??
    text.split('\n')[0]!.replace(/^[\w.]+: /, '');
  const fix =
    chromium.origin === 'CHROMIUM_PATH'
      ? 'set CHROMIUM_PATH to a Chromium that runs here, or unset it'
      : chromium.origin.startsWith('the npm package')
        ? 'run `npm ci` again, or set CHROMIUM_PATH to a Chromium that runs here'
        : 'set CHROMIUM_PATH to a Chromium that runs here';
  return new BrowserProblem(`Chromium did not start (${chromium.origin}, ${chromium.path}): ${reason.replace(/\.$/, '')}; ${fix}.`);
}
