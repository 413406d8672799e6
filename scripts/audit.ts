/**
 * `npm run audit`: Lighthouse (accessibility, best practices, SEO) on the home page, a country profile
 * (in the default and the last configured language), a policy-area page and the downloads page,
 * offline, against a local static server and the Chromium the browser tests use (scripts/browser/chromium.ts:
 * CHROMIUM_PATH, else the npm package's, else Debian's). Builds the site first with SITE_URL
 * set to that server, so canonical links and og:image point where the pages are served. Fails unless every
 * score is 1.0. `--dir DIR` audits a built site instead (its SITE_URL must then match the server, so pass
 * `--port` too). Reports are kept in test/.output/audit/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { languages } from '../src/lib/i18n/languages.ts';
import { localePath } from '../src/lib/urls/paths.ts';
import { BrowserProblem, chromiumFlags, findChromium, startProblem } from './browser/chromium.ts';
import { serve } from './browser/serve.ts';

/** The home page, a profile (also in the last configured language), a policy area and the downloads. */
const root = resolve(import.meta.dirname, '..');
const pages = ['', 'countries/kor/', localePath(languages.at(-1)!, 'countries/kor/'), 'indices/dgi/open-by-default/', 'downloads/'];
const categories = ['accessibility', 'best-practices', 'seo'] as const;
const { values } = parseArgs({ options: { dir: { type: 'string' }, port: { type: 'string' } } });

async function main(): Promise<number> {
  const work = join(root, 'test/.output/audit');
  const dir = values.dir ? resolve(values.dir) : join(work, 'dist');
  const found = await findChromium();
  const { server, origin } = await serve(dir, '/', values.port ? Number(values.port) : 0);
  // A profile of our own, so that what the browser printed (chrome-launcher's chrome-err.log) can be read if it fails.
  const profile = mkdtempSync(join(tmpdir(), 'dgp-audit-'));
  const chrome = await chromeLauncher
    .launch({ chromePath: found.path, userDataDir: profile, envVars: { ...process.env, ...found.env }, chromeFlags: ['--headless=new', ...chromiumFlags] })
    .catch((error: unknown) => {
      const printed = join(profile, 'chrome-err.log');
      const problem = startProblem(found, error, existsSync(printed) ? readFileSync(printed, 'utf8') : '');
      rmSync(profile, { recursive: true, force: true });
      server.close();
      throw problem;
    });
  try {
    if (!values.dir) {
      rmSync(work, { recursive: true, force: true });
      mkdirSync(work, { recursive: true });
      const built = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, OUT_DIR: dir, ASTRO_CACHE_DIR: `${dir}.cache`, SITE_URL: `${origin}/` },
      });
      if (built.status !== 0) {
        console.error(`The build for the audit failed:\n${built.stdout}\n${built.stderr}`);
        return 1;
      }
    }
    const rows: string[] = [];
    const failures: string[] = [];
    for (const page of pages) {
      const url = `${origin}/${page}`;
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      writeFileSync(join(work, `${page.replace(/\/$/, '').replace(/\//g, '-') || 'home'}.json`), JSON.stringify(lhr));
      const scores = categories.map((c) => lhr.categories[c]?.score ?? 0);
      rows.push(`| /${page} | ${scores.map((s) => s.toFixed(2)).join(' | ')} |`);
      for (const c of categories) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failures.push(`/${page} ${c}: ${audit.id}: ${audit.title}`);
        }
      }
    }
    console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}\n`);
    console.log(`| page | ${categories.join(' | ')} |\n| --- | ${categories.map(() => '---').join(' | ')} |\n${rows.join('\n')}`);
    if (failures.length) console.log(`\nAudits below 1:\n${failures.join('\n')}`);
    return failures.length ? 1 : 0;
  } finally {
    chrome.kill();
    rmSync(profile, { recursive: true, force: true });
    await new Promise((done) => server.close(done));
    if (!values.dir) for (const built of [dir, `${dir}.cache`]) rmSync(built, { recursive: true, force: true });
  }
}

process.exitCode = await main().catch((error: unknown) => {
  if (!(error instanceof BrowserProblem)) throw error;
  console.error(error.message);
  return 1;
});
