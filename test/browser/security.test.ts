/**
 * The strict Content Security Policy holds in a real browser: no violations, no request leaves the
 * site's origin, and every page carries the policy in a <meta> element without 'unsafe-inline'.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/globalSetup.ts';
import { useSiteInBrowser } from '../helpers/siteInBrowser.ts';

const PAGES: { path: string; ready?: (page: Page) => Promise<unknown> }[] = [
  { path: '/' },
  { path: '/countries/kor/' },
  { path: '/indices/dgi/open-by-default/' },
  { path: '/compare/?countries=kor,dnk,est' },
  {
    path: '/search/?q=Korea',
    // The search client renders results from the Pagefind index; wait for a link to Korea's profile.
    ready: (page) => page.locator('#search-results a[href$="/countries/kor/"]').first().waitFor({ state: 'attached', timeout: 15_000 }),
  },
];

const session = useSiteInBrowser();

/** The CSP <meta> of an HTML document, or null; `before` is whether it precedes every script and stylesheet. */
function cspMeta(html: string): { content: string; beforeResources: boolean } | null {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i.exec(html);
  if (!meta) return null;
  const firstResource = html.search(/<script\b|<style\b|<link\b[^>]*rel="stylesheet"/i);
  return { content: meta[1]!, beforeResources: firstResource === -1 || meta.index < firstResource };
}

function expectStrictPolicy(where: string, html: string): void {
  const meta = cspMeta(html);
  expect(meta, `${where} has a <meta http-equiv="content-security-policy">`).not.toBeNull();
  const policy = meta!.content.replace(/&#39;|&apos;/g, "'");
  expect(policy, where).not.toContain("'unsafe-inline'");
  expect(policy, where).not.toContain("'unsafe-eval'");
  expect(policy, where).toMatch(/default-src 'self'/);
  expect(policy, where).toMatch(/script-src 'self'/);
  expect(policy, where).toMatch(/style-src 'self'/);
  expect(policy, where).toMatch(/object-src 'none'/);
  expect(meta!.beforeResources, `${where}: the CSP <meta> comes before any script or stylesheet`).toBe(true);
}

describe('in the browser', () => {
  for (const { path, ready } of PAGES) {
    it(`${path}: no CSP violation, no request to another origin`, async () => {
      const page = await session.browser.newPage();
      const foreign: string[] = [];
      const failed: string[] = [];
      const cspConsole: string[] = [];
      const pageErrors: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:') return;
        const requestOrigin = url.protocol === 'blob:' ? new URL(url.pathname).origin : url.origin;
        if (requestOrigin !== session.origin) foreign.push(request.url());
      });
      page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.url()} ${response.status()}`);
      });
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) cspConsole.push(message.text());
      });
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      await page.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
        });
      });
      try {
        const response = await page.goto(session.origin + path, { waitUntil: 'load' });
        expect(response?.status(), `${path} status`).toBe(200);
        expectStrictPolicy(path, await response!.text());
        if (ready) await ready(page);
        await page.waitForLoadState('networkidle');
        const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
        expect(violations, 'securitypolicyviolation events').toEqual([]);
        expect(cspConsole, 'CSP console messages').toEqual([]);
        expect(foreign, 'requests to other origins').toEqual([]);
        expect(failed, 'failed requests').toEqual([]);
        expect(pageErrors, 'uncaught script errors').toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('the listeners do catch a violation (the check can fail)', async () => {
    const page = await session.browser.newPage();
    const cspConsole: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspConsole.push(message.text());
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(e.violatedDirective));
    });
    try {
      await page.goto(`${session.origin}/`);
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__ran = true';
        document.body.append(s);
        const div = document.createElement('div');
        div.setAttribute('style', 'color: red');
        document.body.append(div);
      });
      await page.waitForFunction(() => (window as unknown as { __csp: string[] }).__csp.length >= 1);
      expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
      expect(cspConsole.length).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});

describe('in the output', () => {
  it('every HTML page carries the strict CSP in a <meta> element', () => {
    const pages = (readdirSync(siteDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const html = readFileSync(join(siteDir, file), 'utf8');
      expectStrictPolicy(relative(siteDir, join(siteDir, file)), html);
      expect(html, `${file} has no inline style attribute (blocked by the CSP)`).not.toMatch(/<[a-z][^>]*\sstyle="/i);
      expect(html, `${file} has no inline event handler`).not.toMatch(/<[a-z][^>]*\son[a-z]+="/i);
    }
  });
});
