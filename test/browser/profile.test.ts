/**
 * A country profile on a phone, as a reader meets it: both indices' verdicts (score, OECD average, above or
 * below it) within the first 1,000 px at 390 px, the page at most 5,200 px tall with its parts folded, the
 * folds open on paper, and the next profile or the list of all one link away without JavaScript. Figures are found by
 * what they are (`data-verdict`, `data-figure`), not by today's numbers.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../helpers/siteInBrowser.ts';

const session = useSiteInBrowser();
const FIRST_VIEW = 1000;
const MAX_HEIGHT = 5200;

async function open(path: string, options: { width?: number; javaScript?: boolean } = {}): Promise<Page> {
  const page = await session.page({ width: 390, ...options });
  await page.goto(session.origin + path);
  return page;
}

/** Each verdict's index and, per key figure, its text and the page offset of its bottom edge. */
const verdicts = (page: Page) =>
  page.$$eval('[data-verdict]', (cards) =>
    cards.map((card) => ({
      index: card.getAttribute('data-verdict'),
      figures: Object.fromEntries(
        [...card.querySelectorAll('[data-figure]')].map((f) => [f.getAttribute('data-figure'), { text: f.querySelector('dd')?.textContent?.trim() ?? '', bottom: f.getBoundingClientRect().bottom + window.scrollY }]),
      ),
    })),
  );

describe('a profile at 390 px', () => {
  it.each(['/countries/dnk/', '/countries/kor/', '/es/countries/per/'])('%s: both verdicts give score, OECD average and above/below within the first 1,000 px', async (path) => {
    const page = await open(path);
    try {
      const cards = await verdicts(page);
      expect(cards.map((c) => c.index)).toEqual(['dgi', 'ourdata']);
      for (const card of cards) {
        for (const kind of ['score', 'average', 'gap']) {
          const figure = card.figures[kind];
          expect(figure, `${card.index} ${kind}`).toBeDefined();
          expect(figure!.text, `${card.index} ${kind}`).toMatch(/\d/);
          expect(figure!.bottom, `${card.index} ${kind} ends at ${Math.round(figure!.bottom)} px`).toBeLessThanOrEqual(FIRST_VIEW);
        }
        expect(card.figures.gap!.text, 'above or below said by its sign').toMatch(/^[+\u2212]|^0[.,]0+$/);
      }
    } finally {
      await session.done(page);
    }
  });

  it.each(['/countries/dnk/', '/countries/kor/', '/countries/deu/', '/countries/usa/', '/fr/countries/fra/', '/es/countries/per/'])('%s is at most 5,200 px tall with its parts folded', async (path) => {
    const page = await open(path);
    try {
      expect(await page.locator('details.fold[open]').count(), 'every fold closed').toBe(0);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(MAX_HEIGHT);
    } finally {
      await session.done(page);
    }
  });
});

describe('folds and the way to other profiles', () => {
  it('prints the folds that belong on paper open, with their heading, and leaves the screen-only ones out', async () => {
    const page = await open('/countries/dnk/', { width: 1280 });
    try {
      await page.emulateMedia({ media: 'print' });
      expect(await page.isVisible('#country-data'), 'the fold heading prints').toBe(true);
      expect(await page.isVisible('details:has(#country-data) .citations'), 'the citations print though the fold is closed').toBe(true);
      expect(await page.isVisible('details:has(#country-groups)')).toBe(false);
      await page.emulateMedia({ media: 'screen' });
      expect(await page.isVisible('details:has(#country-data) .citations'), 'folded on screen').toBe(false);
    } finally {
      await session.done(page);
    }
  });

  it('goes to the next country, and to the list of every profile, without JavaScript', async () => {
    const page = await open('/countries/kor/', { javaScript: false });
    try {
      await page.locator('.country-nav a[rel="next"]').click();
      await page.waitForURL((url) => url.pathname.startsWith('/countries/') && !url.pathname.endsWith('/kor/'));
      expect(await page.locator('h1').textContent()).not.toBe('Korea');
      await page.locator('.country-nav a[rel="prev"]').click();
      await page.waitForURL(/\/countries\/kor\/$/);
      await page.locator('.country-nav').getByRole('link', { name: /^All \d+ country profiles$/ }).click();
      await page.waitForURL(/\/countries\/$/);
      await page.getByRole('link', { name: 'Peru', exact: true }).first().click();
      await page.waitForURL(/\/countries\/per\/$/);
    } finally {
      await session.done(page);
    }
  });
});
