/**
 * Compare in a real browser: the URL chooses the countries, checkboxes rewrite the URL, the chart and table
 * show the chosen countries, errors for too few or too many, the no-JS form, keyboard use and axe-core.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, routeAxe } from '../helpers/axe.ts';
import { useSiteInBrowser } from '../helpers/siteInBrowser.ts';



const session = useSiteInBrowser();

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; width?: number; javaScript?: boolean } = {}): Promise<{ page: Page; cspErrors: string[] }> {
  const page = await session.page(options);
  await routeAxe(page, session.origin);
  const cspErrors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text()); });
  await page.goto(session.origin + path);
  return { page, cspErrors };
}

/** Per index: the chart's legend entries and the table's column headings. */
function shown(page: Page): Promise<{ legend: string[]; columns: string[] }[]> {
  return page.$$eval('#compare-result .compare-index', (sections) => sections.map((s) => ({
    legend: [...s.querySelectorAll('svg .chart-legend text')].map((t) => t.textContent ?? ''),
    columns: [...s.querySelectorAll('thead th')].map((t) => t.textContent ?? ''),
  })));
}

const search = (page: Page) => new URL(page.url()).search;

describe('comparison from the URL', () => {
  it('?countries=kor,dnk,est draws each index with Korea, Denmark and Estonia', async () => {
    const { page, cspErrors } = await open('/compare/?countries=kor,dnk,est');
    try {
      await page.waitForSelector('#compare-result .compare-index svg.chart');
      const indices = await shown(page);
      expect(indices).toHaveLength(2);
      for (const { legend, columns } of indices) {
        expect(legend).toEqual(['Korea', 'Denmark', 'Estonia', 'OECD average']);
        expect(columns).toEqual(['Indicator', 'Korea', 'Denmark', 'Estonia', 'OECD average']);
      }
      expect(await page.textContent('#compare-result tbody tr:first-child')).toMatch(/^Composite score0\.935 \(1st\)0\.\d{3} \(\d+\w\w\)/);
      expect(await page.$$eval('input[name="c"]:checked', (boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual(['dnk', 'est', 'kor']);
      expect(await page.textContent('#compare-count')).toBe('(3 selected)');
      expect(await page.isHidden('#compare-noscript'), 'the no-JS notice is hidden').toBe(true);
      expect(await page.getAttribute('#compare-all', 'open'), 'the all-countries tables are collapsed').toBeNull();
      expect(await page.textContent('#compare-error')).toBe('');
      expect(cspErrors).toEqual([]);
    } finally {
      await session.done(page);
    }
  });

  it('toggling a checkbox updates the URL and the comparison', async () => {
    const { page } = await open('/compare/?countries=kor,dnk,est');
    try {
      await page.getByRole('checkbox', { name: 'Finland' }).check();
      await expect.poll(() => search(page)).toBe('?countries=kor,dnk,est,fin');
      expect((await shown(page))[0]!.legend).toEqual(['Korea', 'Denmark', 'Estonia', 'Finland', 'OECD average']);
      await page.getByRole('checkbox', { name: 'Korea' }).uncheck();
      await expect.poll(() => search(page)).toBe('?countries=dnk,est,fin');
      expect((await shown(page))[0]!.columns).toEqual(['Indicator', 'Denmark', 'Estonia', 'Finland', 'OECD average']);
      expect(await page.textContent('#compare-count')).toBe('(3 selected)');
    } finally {
      await session.done(page);
    }
  });

  it('accepts the no-JS form’s ?c= values, drops unknown codes and rewrites the URL to ?countries=', async () => {
    const { page } = await open('/compare/?c=kor&c=xyz&c=DNK');
    try {
      await page.waitForSelector('#compare-result .compare-index');
      await expect.poll(() => search(page)).toBe('?countries=kor,dnk');
      expect((await shown(page))[0]!.columns).toEqual(['Indicator', 'Korea', 'Denmark', 'OECD average']);
    } finally {
      await session.done(page);
    }
  });

  it('says so when fewer than two or more than six countries are chosen', async () => {
    const { page } = await open('/compare/?countries=kor');
    try {
      expect(await page.textContent('#compare-error')).toBe('Choose at least two countries.');
      expect(await page.getAttribute('#compare-error', 'role')).toBe('alert');
      expect(await page.locator('#compare-result .compare-index').count()).toBe(0);
      for (const name of ['Denmark', 'Estonia', 'Finland', 'France', 'Spain']) await page.getByRole('checkbox', { name }).check();
      expect(await page.textContent('#compare-error')).toBe('');
      expect((await shown(page))[0]!.legend).toHaveLength(7);
      await page.getByRole('checkbox', { name: 'Japan' }).check();
      expect(await page.textContent('#compare-error')).toBe('Choose at most six countries.');
      expect(await page.locator('#compare-result .compare-index').count()).toBe(0);
      await expect.poll(() => search(page)).toBe('?countries=kor,dnk,est,fin,fra,esp,jpn');
    } finally {
      await session.done(page);
    }
  });

  it('works in French', async () => {
    const { page } = await open('/fr/compare/?countries=kor,dnk');
    try {
      await page.waitForSelector('#compare-result .compare-index');
      expect((await shown(page))[0]!.columns).toEqual(['Indicateur', 'Corée', 'Danemark', "Moyenne de l'OCDE"]);
      expect(await page.getAttribute('#compare-result thead a', 'href')).toBe('/fr/countries/kor/');
    } finally {
      await session.done(page);
    }
  });

  it('without JavaScript the picker is hidden, the page says what works and links to the static group comparisons', async () => {
    const { page } = await open('/compare/', { javaScript: false });
    try {
      expect(await page.isVisible('#compare-noscript')).toBe(true);
      expect(await page.textContent('#compare-noscript')).toContain('needs JavaScript');
      expect(await page.isHidden('#compare-form'), 'no checkboxes whose ticks would be lost').toBe(true);
      expect(await page.isVisible('#compare-all table')).toBe(true);
      expect(await page.locator('#compare-all tbody tr').count()).toBeGreaterThan(40);
      await page.locator('#compare-noscript').getByRole('link', { name: 'Nordic countries' }).click();
      await page.waitForURL((url) => url.pathname === '/compare/nordic/');
      expect(await page.textContent('h1')).toBe('The Nordic countries compared');
    } finally {
      await session.done(page);
    }
  });
});

describe('an edition chosen: DGI and OURdata 2025 (partial)', () => {
  it('with JavaScript: the edition link keeps the chosen countries, and 2025 is drawn unranked with the printed OECD average', async () => {
    const { page, cspErrors } = await open('/compare/?countries=dnk,est');
    try {
      await page.waitForSelector('#compare-result .compare-index');
      await page.getByRole('link', { name: /^2025 editions, partial/ }).click();
      await page.waitForURL((url) => url.pathname === '/compare/editions/2025/' && url.search === '?countries=dnk,est');
      await page.waitForSelector('#compare-result .compare-index svg.chart');
      expect(await page.textContent('#compare-result .compare-index h3')).toBe('Digital Government Index 2025 (partial edition)');
      const indices = await shown(page);
      expect(indices[0]!.columns).toEqual(['Indicator', 'Denmark', 'Estonia', 'OECD average, as printed by the OECD']);
      expect(await page.textContent('#compare-result tbody tr:first-child')).toBe('Composite score0.830.830.70');
      expect(await page.textContent('.compare-editions [aria-current="page"]')).toBe('2025 editions, partial (DGI 2025, OURdata 2025)');
      expect(await page.getAttribute('.compare-editions a.compare-edition >> nth=0', 'href')).toBe('/compare/?countries=dnk,est');
      expect(cspErrors).toEqual([]);
    } finally {
      await session.done(page);
    }
  });

  it('without JavaScript: the edition links lead to a page listing every country’s 2025 scores, unranked, with the printed averages', async () => {
    const { page } = await open('/compare/', { javaScript: false });
    try {
      expect(await page.textContent('.compare-editions [aria-current="page"]')).toBe('Latest complete editions (DGI 2023, OURdata 2023)');
      await page.getByRole('link', { name: /^2025 editions, partial/ }).click();
      await page.waitForURL((url) => url.pathname === '/compare/editions/2025/');
      expect(await page.isVisible('.compare-editions .notice')).toBe(true);
      const caption = await page.textContent('#compare-all caption');
      expect(caption).toBe('All countries, DGI 2025 (partial edition)');
      const denmark = await page.locator('#compare-all table').first().locator('tr', { hasText: 'Denmark' }).textContent();
      expect(denmark).toMatch(/^Denmark0\.83/);
      expect(denmark, 'no rank in a partial edition').not.toMatch(/\(\d/);
      expect(await page.locator('#compare-all table').first().locator('tr', { hasText: 'OECD average, as printed by the OECD' }).textContent()).toMatch(/0\.70/);
    } finally {
      await session.done(page);
    }
  });
});

describe('keyboard', () => {
  it('Tab reaches a checkbox with a visible focus ring, Space toggles it and the URL follows', async () => {
    const { page } = await open('/compare/?countries=kor,dnk,est');
    try {
      await page.waitForSelector('#compare-result .compare-index');
      const onBox = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'c');
      for (let i = 0; i < 40 && !(await onBox()); i++) await page.keyboard.press('Tab');
      expect(await onBox(), 'a country checkbox takes focus').toBe(true);
      const focused = await page.evaluate(() => {
        const box = document.activeElement as HTMLInputElement;
        return { value: box.value, checked: box.checked, outline: getComputedStyle(box).outlineStyle, visible: box.matches(':focus-visible') };
      });
      expect(focused.visible && focused.outline !== 'none', 'visible focus').toBe(true);
      await page.keyboard.press('Space');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(!focused.checked);
      await expect.poll(() => search(page)).toBe(`?countries=kor,dnk,est,${focused.value}`);
      // Tab on to the Compare button; Enter moves focus to the comparison.
      for (let i = 0; i < 60 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Compare'; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('compare-heading');
      expect((await shown(page))[0]!.legend).toHaveLength(5);
    } finally {
      await session.done(page);
    }
  });
});

describe('axe-core finds no WCAG 2.2 A/AA violations', () => {
  for (const [path, width] of [['/compare/?countries=kor,dnk,est', 1280], ['/compare/?countries=kor,dnk,est', 390], ['/compare/editions/2025/?countries=dnk,est,fra', 1280], ['/es/compare/editions/2025/?countries=dnk,est,fra', 390]] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${path} (${colorScheme}, ${width} px)`, async () => {
        // Light and dark of a width check one load (the scheme is switched on it).
        const { page, cspErrors } = await session.inScheme(`${path} ${width}`, colorScheme, () => open(path, { colorScheme, width }));
        await page.waitForSelector('#compare-result .compare-index svg.chart');
        expect(await page.evaluate((scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, colorScheme), 'emulated colour scheme').toBe(true);
        const violations = await axeViolations(page, session.origin);
        const text = describeViolations(`${path} [${colorScheme}, ${width}]`, violations);
        if (violations.length) console.error(text);
        expect(violations.map((v) => v.id), text).toEqual([]);
        expect(cspErrors).toEqual([]);
        if (width === 390) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(overflow, 'the page does not scroll sideways at phone width').toBeLessThanOrEqual(390);
        }
      });
    }
  }
});
