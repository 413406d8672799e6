/**
 * Search in a real browser: Pagefind results for names, other spellings and policy areas in both languages,
 * filters, the URL as the search's address, keyboard use, lazy loading of Pagefind, no-JS fallback, axe-core.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, routeAxe } from '../helpers/axe.ts';
import { useSiteInBrowser } from '../helpers/siteInBrowser.ts';

const RESULT_LINK = '#search-results .search-result-title a';

interface Opened { page: Page; cspErrors: string[]; requests: string[] }

const session = useSiteInBrowser();

/** A blank page that records requests and CSP errors, then opens `path`; give it back with session.done. */
async function open(path: string, options: { colorScheme?: 'light' | 'dark'; javaScript?: boolean } = {}): Promise<Opened> {
  const page = await session.page(options);
  await routeAxe(page, session.origin);
  const cspErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text()); });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(session.origin + path);
  return { page, cspErrors, requests };
}

/** Paths of the listed results, once the status line reports a finished search. */
async function resultPaths(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /\d|No results|Aucun/.test(document.getElementById('search-status')?.textContent ?? ''));
  return page.$$eval(RESULT_LINK, (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}



describe('search finds pages by name, other spellings and policy area', () => {
  const cases: [string, string, string][] = [
    ['Korea', '/search/?q=Korea', '/countries/kor/'],
    ['South Korea', '/search/?q=South%20Korea', '/countries/kor/'],
    ['Republic of Korea', '/search/?q=Republic%20of%20Korea', '/countries/kor/'],
    ['Türkiye', '/search/?q=T%C3%BCrkiye', '/countries/tur/'],
    ['Turkey', '/search/?q=Turkey', '/countries/tur/'],
    ['Czechia', '/search/?q=Czechia', '/countries/cze/'],
    ['Czech Republic', '/search/?q=Czech%20Republic', '/countries/cze/'],
    ['Slovakia', '/search/?q=Slovakia', '/countries/svk/'],
    ['Slovak Republic', '/search/?q=Slovak%20Republic', '/countries/svk/'],
    ['proactiveness', '/search/?q=proactiveness', '/indices/dgi/proactiveness/'],
    ['data availability', '/search/?q=data%20availability', '/indices/ourdata/data-availability/'],
    ['Corée (French index)', '/fr/search/?q=Cor%C3%A9e', '/fr/countries/kor/'],
    ['Turquie (French index)', '/fr/search/?q=Turquie', '/fr/countries/tur/'],
  ];
  for (const [label, path, expected] of cases) {
    it(`${label} lists ${expected}`, async () => {
      const { page, cspErrors } = await open(path);
      try {
        const paths = await resultPaths(page);
        expect(paths, `results for ${path}`).toContain(expected);
        if (path.startsWith('/fr/')) expect(paths.every((p) => p.startsWith('/fr/')), 'French pages only').toBe(true);
        else expect(paths.some((p) => p.startsWith('/fr/')), 'English pages only').toBe(false);
        expect(cspErrors).toEqual([]);
      } finally {
        await session.done(page);
      }
    });
  }

  it('shows the query in the field, the count in a live region, the page type and key figure, and marked excerpts', async () => {
    const { page } = await open('/search/?q=Korea');
    try {
      await resultPaths(page);
      expect(await page.inputValue('#search-query')).toBe('Korea');
      expect(await page.getAttribute('#search-status', 'role')).toBe('status');
      expect(await page.textContent('#search-status')).toMatch(/^\d+ results for “Korea”$/);
      const first = page.locator('#search-results .search-result').first();
      expect(await first.locator('a').getAttribute('href')).toBe('/countries/kor/');
      expect(await first.locator('.search-result-meta').textContent()).toMatch(/^Country profile · DGI 2023 0\.\d{3}, 1st of \d+ OECD members$/);
      expect(await first.locator('.search-result-excerpt mark').count()).toBeGreaterThan(0);
      expect(await page.isHidden('#search-noscript'), 'the no-JS notice is hidden').toBe(true);
    } finally {
      await session.done(page);
    }
  });

  it('typing updates the results and the URL', async () => {
    const { page } = await open('/search/');
    try {
      await page.fill('#search-query', 'Estonia');
      await page.waitForURL((url) => url.search === '?q=Estonia');
      expect(await resultPaths(page)).toContain('/countries/est/');
    } finally {
      await session.done(page);
    }
  });

  it('a filter narrows the results and is kept in the URL', async () => {
    const { page } = await open('/search/?q=Korea');
    try {
      const before = await resultPaths(page);
      const countBefore = Number((await page.textContent('#search-status'))?.match(/\d+/)?.[0]);
      await page.getByRole('checkbox', { name: /^Country profile/ }).check();
      await page.waitForURL((url) => url.searchParams.get('type') === 'Country profile');
      await page.waitForFunction((n) => Number(document.getElementById('search-status')?.textContent?.match(/\d+/)?.[0]) < n, countBefore);
      const after = await resultPaths(page);
      expect(after.length).toBeGreaterThan(0);
      expect(after.length).toBeLessThan(before.length);
      expect(after).toContain('/countries/kor/');
      expect(after.every((p) => p.startsWith('/countries/')), `only country profiles: ${after.join(', ')}`).toBe(true);
      // The filtered search is linkable.
      const { page: linked } = await open(new URL(page.url()).pathname + new URL(page.url()).search);
      expect(await resultPaths(linked)).toEqual(after);
      expect(await linked.getByRole('checkbox', { name: /^Country profile/ }).isChecked()).toBe(true);
      await session.done(linked);
    } finally {
      await session.done(page);
    }
  });
});

describe('loading and fallbacks', () => {
  it('a profile loads no Pagefind file until the reader searches from the header box', async () => {
    const { page, requests } = await open('/countries/kor/');
    try {
      await page.waitForLoadState('networkidle');
      expect(requests.filter((u) => u.includes('pagefind')), 'pagefind requests on a profile').toEqual([]);
      await page.focus('#site-search');
      await page.keyboard.type('Korea');
      expect(requests.filter((u) => u.includes('pagefind')), 'typing in the header box loads nothing').toEqual([]);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'Korea');
      expect(await resultPaths(page)).toContain('/countries/kor/');
      expect(requests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    } finally {
      await session.done(page);
    }
  });

  it('the search page without a query loads Pagefind only when the field is focused', async () => {
    const { page, requests } = await open('/search/');
    try {
      await page.waitForLoadState('networkidle');
      expect(requests.filter((u) => u.includes('pagefind'))).toEqual([]);
      await page.focus('#search-query');
      await expect.poll(() => requests.some((u) => u.endsWith('/pagefind/pagefind.js')), { timeout: 10_000 }).toBe(true);
    } finally {
      await session.done(page);
    }
  });

  it('without JavaScript the header form still lands on /search/?q= and the page links to the country list', async () => {
    const { page } = await open('/countries/kor/', { javaScript: false });
    try {
      await page.fill('#site-search', 'Korea');
      await page.press('#site-search', 'Enter');
      await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'Korea');
      expect(await page.isVisible('#search-noscript')).toBe(true);
      expect(await page.getAttribute('#search-noscript a', 'href')).toBe('/countries/');
    } finally {
      await session.done(page);
    }
  });
});

describe('keyboard', () => {
  it('Tab to the field, type, Tab to a result, Enter opens it', async () => {
    const { page } = await open('/search/');
    try {
      const activeId = () => page.evaluate(() => document.activeElement?.id ?? '');
      for (let i = 0; i < 40 && (await activeId()) !== 'search-query'; i++) await page.keyboard.press('Tab');
      expect(await activeId()).toBe('search-query');
      await page.keyboard.type('Korea');
      await page.waitForFunction(() => /^\d+ results for “Korea”$/.test(document.getElementById('search-status')?.textContent ?? ''));
      const onResult = () => page.evaluate(() => document.activeElement?.matches('#search-results .search-result-title a') ?? false);
      for (let i = 0; i < 30 && !(await onResult()); i++) await page.keyboard.press('Tab');
      expect(await onResult(), 'a result link takes focus').toBe(true);
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline, 'focus is visible').not.toBe('none');
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
      await page.keyboard.press('Enter');
      await page.waitForURL(href);
      expect(new URL(page.url()).pathname).toBe('/countries/kor/');
    } finally {
      await session.done(page);
    }
  });
});

describe('axe-core finds no WCAG 2.2 A/AA violations', () => {
  for (const path of ['/search/?q=Korea', '/fr/search/?q=Cor%C3%A9e']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${path} (${colorScheme})`, async () => {
        // Light and dark of a path check one load (the scheme is switched on it).
        const { page, cspErrors } = await session.inScheme(path, colorScheme, () => open(path, { colorScheme }));
        expect(await page.evaluate((scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, colorScheme), 'emulated colour scheme').toBe(true);
        expect((await resultPaths(page)).length).toBeGreaterThan(0);
        const violations = await axeViolations(page, session.origin);
        if (violations.length) console.error(describeViolations(`${path} [${colorScheme}]`, violations));
        expect(violations.map((v) => v.id), describeViolations(`${path} [${colorScheme}]`, violations)).toEqual([]);
        expect(cspErrors).toEqual([]);
      });
    }
  }
});
