/**
 * What a reader does with tables, the compare picker and group comparisons, in a real browser: sort by
 * keyboard, filter by group, filter the picker as you type, use presets, and read a group comparison
 * without JavaScript.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NARROW_WIDTH } from '../../src/lib/shared/chartWidths.ts';
import { useSiteInBrowser } from '../helpers/siteInBrowser.ts';

const session = useSiteInBrowser();

async function open(path: string, javaScript = true): Promise<Page> {
  const page = await session.page({ javaScript });
  await page.goto(session.origin + path);
  return page;
}

/** The row headers (country names) of the table, in the order shown. */
const rowNames = (page: Page, table: string) =>
  page.$$eval(`${table} tbody tr:not([hidden]) th[scope="row"]`, (cells) => cells.map((c) => c.textContent?.trim() ?? ''));

describe('sortable tables', () => {
  it('sorts the ranking by country with Enter, reverses with Space, and says so with aria-sort', async () => {
    const page = await open('/indices/dgi/');
    try {
      const table = 'figure:has(#dgi-2023-title) table';
      await page.locator('figure:has(#dgi-2023-title) details > summary').click();
      const before = await rowNames(page, table);
      expect(before[0]).toBe('Korea');
      const button = page.locator(`${table} thead th`, { hasText: 'Country' }).getByRole('button');
      await button.focus();
      await page.keyboard.press('Enter');
      const az = await rowNames(page, table);
      expect(az).toEqual([...before].sort((a, b) => a.localeCompare(b, 'en')));
      expect(await page.locator(`${table} thead th`, { hasText: 'Country' }).getAttribute('aria-sort')).toBe('ascending');
      await page.keyboard.press('Space');
      expect(await rowNames(page, table)).toEqual([...az].reverse());
      expect(await page.locator(`${table} thead th`, { hasText: 'Country' }).getAttribute('aria-sort')).toBe('descending');
      const score = page.locator(`${table} thead th`, { hasText: 'Score' });
      await score.getByRole('button').focus();
      await page.keyboard.press('Enter');
      expect(await score.getAttribute('aria-sort')).toBe('descending');
      expect((await rowNames(page, table))[0]).toBe('Korea');
      expect(await page.locator(`${table} thead th[aria-sort]`).count(), 'one sorted column at a time').toBe(1);
    } finally {
      await session.done(page);
    }
  });

  it('keeps the built order without JavaScript', async () => {
    const page = await open('/indices/dgi/', false);
    try {
      expect(await page.locator('figure:has(#dgi-2023-title) thead button').count()).toBe(0);
      expect((await rowNames(page, 'figure:has(#dgi-2023-title) table'))[0]).toBe('Korea');
    } finally {
      await session.done(page);
    }
  });

  it('shows one group of the countries list at a time', async () => {
    const page = await open('/countries/');
    try {
      const table = 'section[aria-labelledby="country-scores"] table';
      const all = await rowNames(page, table);
      await page.getByLabel('Show').selectOption({ label: 'Nordic countries' });
      expect(await rowNames(page, table)).toEqual(['Denmark', 'Finland', 'Iceland', 'Norway', 'Sweden']);
      await page.getByLabel('Show').selectOption({ label: 'All countries' });
      expect(await rowNames(page, table)).toEqual(all);
    } finally {
      await session.done(page);
    }
  });
});

describe('world map edition switch', () => {
  it.each([
    { path: '/', map: '#home-map-dgi-2023', lang: 'en', mark: 'DGI 2025: partial edition, scores as published, not ranked' },
    { path: '/es/indices/ourdata/', map: '#ourdata-map-2023', lang: 'es', mark: 'OURdata 2025: edición parcial' },
  ])('$path: without JavaScript, a reader follows the map’s switch to the partial 2025 map and sees its mark, the not-transcribed key and an unranked table', async ({ path, map, mark }) => {
    const page = await open(path, false);
    try {
      const section = page.locator('section.world-map', { has: page.locator(map) });
      expect(await section.locator('.map-editions a[aria-current]').innerText()).toMatch(/^2023 /);
      await section.locator('.map-editions a', { hasText: /^2025/ }).click();
      await page.waitForURL(/\/map\/2025\/$/);
      const shown = page.locator('section.world-map');
      expect(await shown.locator('.map-editions a[aria-current]').innerText()).toMatch(/^2025 /);
      expect((await shown.locator('.world-map-figure svg .chart-mark').textContent())?.replace(/\s+/g, ' ')).toContain(mark);
      expect(await shown.locator('.map-legend li').count(), 'five classes, not transcribed, not covered').toBe(7);
      expect(await shown.locator('.world-map-figure svg .map-untranscribed').count()).toBeGreaterThan(0);
      expect(await shown.locator('table thead th').count(), 'no rank column').toBe(2);
      expect(await shown.locator('table caption').textContent()).toContain(mark);
    } finally {
      await session.done(page);
    }
  });
});

describe('compare picker', () => {
  it('filters the list as you type, keeping ticked countries in view', async () => {
    const page = await open('/compare/?countries=kor,fra');
    try {
      const visible = () => page.$$eval('#compare-checklist li:not([hidden]) input', (boxes) => boxes.map((b) => (b as HTMLInputElement).value));
      await page.getByLabel('Filter the list').pressSequentially('den');
      await expect.poll(visible).toEqual(['dnk', 'fra', 'kor']);
      await page.getByLabel('Filter the list').fill('tur');
      await page.getByLabel('Filter the list').dispatchEvent('input');
      expect(await visible()).toEqual(['fra', 'kor', 'tur']);
      await page.getByLabel('Filter the list').fill('xyz');
      await page.getByLabel('Filter the list').dispatchEvent('input');
      expect(await page.textContent('#compare-filter-status')).toBe('No country matches.');
    } finally {
      await session.done(page);
    }
  });

  it('offers the top five, a group and the first country’s peers as presets', async () => {
    const page = await open('/compare/');
    try {
      await page.getByRole('button', { name: 'Top five, DGI 2023' }).click();
      await expect.poll(() => new URL(page.url()).search).toBe('?countries=kor,dnk,gbr,nor,aus');
      await page.getByRole('button', { name: 'Nordic countries' }).click();
      await expect.poll(() => new URL(page.url()).search).toMatch(/^\?countries=(dnk|fin|isl|nor|swe)(,(dnk|fin|isl|nor|swe)){4}$/);
      await page.getByRole('button', { name: 'Clear selection' }).click();
      expect(await page.getByRole('button', { name: /nearest peers/ }).isDisabled()).toBe(true);
      await page.getByRole('checkbox', { name: 'France' }).check();
      await page.getByRole('button', { name: 'France and its nearest peers' }).click();
      await expect.poll(() => new URL(page.url()).search).toMatch(/^\?countries=fra(,[a-z]{3}){3}$/);
      expect(await page.locator('#compare-result .compare-index').count()).toBe(2);
    } finally {
      await session.done(page);
    }
  });
});

describe('group comparison', () => {
  it('reads without JavaScript: chart, every member, the group and OECD averages', async () => {
    const page = await open('/compare/nordic/', false);
    try {
      expect(await page.textContent('h1')).toBe('The Nordic countries compared');
      const section = 'section[aria-labelledby="group-dgi-heading"]';
      expect(await page.locator(`${section} svg.chart`).first().isVisible()).toBe(true);
      expect((await rowNames(page, `${section} table`)).sort()).toEqual(['Denmark', 'Finland', 'Iceland', 'Norway', 'Sweden']);
      expect(await page.locator(`${section} tfoot th`).allTextContents()).toEqual(['Group average', 'OECD average']);
      expect(await page.isVisible(`${section} table`), 'the table is open without a click').toBe(true);
    } finally {
      await session.done(page);
    }
  });
});

describe('take-away charts', () => {
  it('downloads a chart as SVG, PNG and CSV, and links to the figure', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    try {
      await page.goto(`${session.origin}/countries/dnk/`);
      // The profile's headline chart: Denmark's dimensions in the newest DGI edition.
      const figure = page.locator('figure[id^="dgi-"][id$="-dnk-dims"]').first();
      const id = (await figure.getAttribute('id'))!;
      const take = async (name: string) => {
        const [download] = await Promise.all([page.waitForEvent('download'), figure.locator('.take-away').getByRole('link', { name, exact: true }).click()]);
        const path = await download.path();
        return { name: download.suggestedFilename(), body: readFileSync(path) };
      };
      const svgFile = await take('SVG');
      expect(svgFile.name).toBe(`${id}.svg`);
      // The profile's edition chart is drawn once, at the phone width (drawCompact), and the file is that drawing.
      expect(svgFile.body.toString('utf8')).toMatch(new RegExp(`^<\\?xml[^>]*>\\n<svg width="${NARROW_WIDTH}" height="\\d+" xmlns="http://www\\.w3\\.org/2000/svg"`));
      expect(svgFile.body.toString('utf8')).toContain('fill="#0a4a94"');
      const png = await take('PNG');
      expect(png.name).toBe(`${id}.png`);
      expect(png.body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(png.body.readUInt32BE(16), 'drawn at twice the chart width').toBe(2 * NARROW_WIDTH);
      const csv = await take('Data (CSV)');
      expect(csv.name).toBe(`${id}.csv`);
      const all = csv.body.toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
      // The CSV opens with the chart's context (title, subtitle, source and licence, address), then a blank line.
      expect(all[0]).toBe((await figure.locator('figcaption').textContent())?.trim());
      expect(all[1]).toMatch(/^Denmark · DGI \d{4}/);
      expect(all[2]).toMatch(/^"?Source: OECD/);
      expect(all[3]).toMatch(new RegExp(`#${id}$`));
      expect(all[4]).toBe('');
      const lines = all.slice(5);
      const caption = await figure.locator('table caption').first().textContent();
      const firstRow = await figure.locator('table tbody tr').first().locator('th, td').allTextContents();
      expect(lines[0]).toBe(caption?.trim());
      expect(lines[1]).toMatch(/^Indicator,Score,/);
      expect(lines[2]!.split(',').slice(0, 2)).toEqual(firstRow.slice(0, 2).map((c) => c.trim()));
      expect(lines[2]).toMatch(/^Digital by design,0\.\d+/);
      expect(await figure.locator('.take-away').getByRole('link', { name: 'Link to this chart' }).getAttribute('href')).toBe(`#${id}`);
    } finally {
      await context.close();
    }
  });
});

describe('fact sheet', () => {
  it.each(['/countries/dnk/', '/fr/countries/dnk/', '/es/countries/dnk/', '/countries/kor/', '/fr/countries/fra/'])('%s prints on at most two A4 pages with its masthead and page numbers', async (path) => {
    const page = await open(path);
    try {
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(2);
      await page.emulateMedia({ media: 'print' });
      const masthead = await page.locator('.print-meta').innerText();
      expect(masthead).toContain(path);
      expect(masthead).toMatch(/Digital Government Profiles|Profils de l'administration numérique|Perfiles/);
      expect(masthead, 'each edition shown with its publication date').toMatch(/DGI 20\d\d( \(partial\))? \(publi(shed|é en|cado en) [^)]+20\d\d\)/);
      expect(await page.isVisible('.site-header')).toBe(false);
      const portal = page.locator('.prose a[href^="https://"]').first();
      const [printed, href] = await portal.evaluate((a) => [getComputedStyle(a, '::after').content, a.getAttribute('href')]);
      expect(printed, 'portal links print with their address').toBe(`" (${href})"`);
      const h2 = await page.locator('main h2').first().evaluate((h) => getComputedStyle(h).breakAfter);
      expect(h2).toBe('avoid');
    } finally {
      await session.done(page);
    }
  });
});

describe('charts on a phone', () => {
  it.each(['/countries/dnk/', '/indices/dgi/open-by-default/', '/fr/countries/fra/', '/'])('%s: every chart text shows at 12 px or more at 390 px', async (path) => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(session.origin + path);
      const sizes = await page.$$eval('main svg.chart', (charts) => charts.flatMap((chart) => {
        const box = chart.getBoundingClientRect();
        if (box.width === 0) return [];
        const scale = box.width / Number(chart.getAttribute('viewBox')!.split(' ')[2]);
        return [...chart.querySelectorAll('text')].filter((t) => t.textContent?.trim()).map((t) => ({ text: t.textContent!.trim(), px: parseFloat(getComputedStyle(t).fontSize) * scale }));
      }));
      expect(sizes.length).toBeGreaterThan(0);
      const small = sizes.filter((s) => s.px < 11.95).map((s) => `${s.text}: ${s.px.toFixed(1)} px`);
      expect(small).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
