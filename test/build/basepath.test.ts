/**
 * The site deployed under a sub-path (`BASE_PATH=/profiles/`): every internal URL carries the prefix and
 * resolves in the output, and a profile loads in a browser with its CSS and no failed request. The build
 * is the one test/build/corpus.test.ts checks too (BASE_PATH=profiles, which the build reads as /profiles/).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/browser/launch.ts';
import { basePathBuild } from '../helpers/basePathBuild.ts';
import { serve } from '../../scripts/browser/serve.ts';
import { fileFor, htmlFiles, isExternal, pagePath, references, tags } from '../helpers/html.ts';

const BASE = '/profiles/';
let outDir: string;
let files: string[];
let browser: Browser | undefined;
let server: Server | undefined;
let origin: string;
let buildLog: string;

beforeAll(async () => {
  const result = await basePathBuild();
  outDir = result.outDir;
  buildLog = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`The build with BASE_PATH=${BASE} failed:\n${result.stdout}\n${result.stderr}`);
  files = htmlFiles(outDir);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((resolve) => server!.close(resolve));
});

/** The output file a URL under the base serves, or null. */
function resolveUnderBase(url: string, fromFile: string): string | null {
  const { pathname } = new URL(url, `http://site.test${BASE}${pagePath(fromFile).slice(1)}`);
  const path = decodeURIComponent(pathname);
  if (!path.startsWith(BASE)) return null;
  return fileFor(outDir, path.slice(BASE.length - 1));
}

describe(`static output under ${BASE}`, () => {
  it('has the same pages as the default build', () => {
    expect(files).toContain('index.html');
    expect(files).toContain('countries/kor/index.html');
    expect(files).toContain('fr/countries/kor/index.html');
    expect(files.length).toBeGreaterThan(100);
  });

  it(`every internal link and asset URL starts with ${BASE} and resolves in the output`, () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of files) {
      for (const ref of references(readFileSync(join(outDir, file), 'utf8'))) {
        if (isExternal(ref.url) || ref.url.startsWith('#')) continue;
        checked++;
        const where = `${file}: <${ref.tag} ${ref.attr}="${ref.url}">`;
        if (!ref.url.startsWith(BASE)) problems.push(`${where} does not start with ${BASE}`);
        else if (!resolveUnderBase(ref.url, file)) problems.push(`${where} does not resolve`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(problems.slice(0, 30), `${problems.length} problems`).toEqual([]);
  });

  it(`no attribute holds a root-relative path outside ${BASE} (data-* bundles, hreflang, icons)`, () => {
    const problems: string[] = [];
    for (const file of files) {
      const html = readFileSync(join(outDir, file), 'utf8');
      for (const match of html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '').matchAll(/<([a-z][\w-]*)\b[^>]*>/gi)) {
        for (const [name, value] of Object.entries(tags(match[0], match[1]!)[0] ?? {})) {
          if (name.startsWith('aria-')) continue;
          if (value.startsWith('/') && !value.startsWith('//') && !value.startsWith(BASE)) problems.push(`${file}: <${match[1]} ${name}="${value}">`);
        }
      }
    }
    expect(problems.slice(0, 30), `${problems.length} problems`).toEqual([]);
  });

  it('without SITE_URL: says so once and makes no absolute URL, nor a relative stand-in (canonical, hreflang, og:image, sitemap)', () => {
    expect(buildLog.match(/SITE_URL is not set/g)).toHaveLength(1);
    const problems: string[] = [];
    for (const file of files) {
      const page = readFileSync(join(outDir, file), 'utf8');
      const links = tags(page, 'link').filter((l) => l.rel === 'canonical' || (l.rel === 'alternate' && l.hreflang));
      if (links.length) problems.push(`${file}: ${links.map((l) => `<link rel="${l.rel}" href="${l.href}">`).join(' ')}`);
      const urls = tags(page, 'meta').filter((m) => /^(og:url|og:image|twitter:)/.test(m.property ?? m.name ?? ''));
      if (urls.length) problems.push(`${file}: ${urls.map((m) => m.property ?? m.name).join(', ')}`);
      for (const m of page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        const data = JSON.parse(m[1]!);
        if (data.url || data.distribution) problems.push(`${file}: JSON-LD with url or distribution`);
      }
    }
    expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
    expect(existsSync(join(outDir, 'sitemap.xml'))).toBe(false);
    expect(existsSync(join(outDir, 'og'))).toBe(false);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });

  it('stylesheets refer to fonts and images under the base', () => {
    const cssFiles = new Set<string>();
    for (const file of files) {
      for (const link of tags(readFileSync(join(outDir, file), 'utf8'), 'link')) {
        if (link.rel === 'stylesheet' && link.href) cssFiles.add(link.href);
      }
    }
    expect(cssFiles.size).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const href of cssFiles) {
      const file = resolveUnderBase(href, 'index.html');
      if (!file) {
        problems.push(`${href} does not resolve`);
        continue;
      }
      const css = readFileSync(join(outDir, file), 'utf8');
      for (const m of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        const url = m[1]!;
        if (url.startsWith('data:') || isExternal(url)) continue;
        const target = new URL(url, `http://site.test${href}`).pathname;
        if (!target.startsWith(BASE) || !fileFor(outDir, decodeURIComponent(target.slice(BASE.length - 1)))) problems.push(`${href}: url(${url})`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe(`in the browser under ${BASE}`, () => {
  beforeAll(async () => {
    ({ server, origin } = await serve(outDir, BASE));
    browser = await launchBrowser();
  });

  for (const path of ['countries/kor/', 'fr/countries/kor/', 'search/?q=Korea', 'compare/?countries=kor,dnk,est']) {
    it(`${BASE}${path} loads with no failed request and its CSS applied`, async () => {
      const page = await browser!.newPage();
      const failed: string[] = [];
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.url()} ${response.status()}`);
      });
      try {
        const response = await page.goto(`${origin}${BASE}${path}`);
        expect(response?.status()).toBe(200);
        if (path.startsWith('search/')) {
          // The search client must find Pagefind's bundle under the base and link results under it.
          await page.locator(`#search-results a[href="${BASE}countries/kor/"]`).first().waitFor({ state: 'attached', timeout: 15_000 });
        }
        await page.waitForLoadState('networkidle');
        const styles = await page.evaluate(() => ({
          font: getComputedStyle(document.body).fontFamily,
          sheets: document.styleSheets.length,
          headerBorder: getComputedStyle(document.querySelector('.site-header')!).borderBottomStyle,
          skipLeft: getComputedStyle(document.querySelector('.skip')!).position,
        }));
        expect(failed, 'failed requests').toEqual([]);
        expect(styles.sheets).toBeGreaterThan(0);
        expect(styles.font).not.toMatch(/^("?Times New Roman"?|serif)$/i);
        expect(styles.font).toMatch(/system-ui/);
        expect(styles.headerBorder).toBe('solid');
        expect(styles.skipLeft).toBe('absolute');
        const outside = requested.filter((url) => url.startsWith(origin) && !url.startsWith(`${origin}${BASE}`));
        expect(outside, `requests outside ${BASE}`).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
