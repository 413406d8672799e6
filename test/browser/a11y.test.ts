/**
 * Accessibility in a real browser: axe-core (WCAG 2.2 A/AA) in light and dark schemes, keyboard
 * access (skip link, "/" shortcut) and no page-level horizontal scrolling at phone width.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, routeAxe } from '../helpers/axe.ts';
import { useSiteInBrowser } from '../helpers/siteInBrowser.ts';

const PAGES = [
  '/', '/countries/', '/countries/kor/', '/countries/deu/', '/indices/dgi/', '/indices/dgi/open-by-default/',
  '/indices/ourdata/data-availability/', '/methodology/', '/data-quality/', '/downloads/',
  '/fr/', '/fr/countries/kor/', '/fr/indices/dgi/open-by-default/', '/fr/countries/deu/', '/es/indices/ourdata/map/2025/',
  // The profiles of issue 21's screenshots: a partial edition leading (Denmark, France, Peru) and no edition at all (the United States).
  '/countries/dnk/', '/countries/usa/', '/fr/countries/fra/', '/es/countries/per/',
];


const session = useSiteInBrowser();

async function openPage(options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Page> {
  const page = await session.browser.newPage({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  await routeAxe(page, session.origin);
  return page;
}

interface Loaded { page: Page; path: string; width: number; status: number | undefined }
let loaded: Loaded | undefined;

/**
 * One page for the checks that only read it: a path is loaded once at a width, and the light and dark
 * checks of that path switch the emulated colour scheme on it (the site's schemes are CSS only), rather
 * than loading it again. Any test may run alone: a path not yet loaded is loaded.
 */
async function pageAt(path: string, colorScheme: 'light' | 'dark', width = 1280): Promise<Loaded> {
  if (!loaded || loaded.page.isClosed()) loaded = { page: await openPage({ colorScheme, width }), path: '', width, status: undefined };
  const { page } = loaded;
  await page.emulateMedia({ colorScheme });
  if (loaded.path !== path || loaded.width !== width) {
    await page.setViewportSize({ width, height: 900 });
    const response = await page.goto(session.origin + path);
    Object.assign(loaded, { path, width, status: response?.status() });
  }
  return loaded;
}

afterAll(async () => {
  await loaded?.page.close();
});



/**
 * axe cannot tell the background of SVG text (it reports it as incomplete), so chart text is checked here:
 * text drawn on a tile against the tile's fill, every other chart text against the page background. Needs 4.5:1.
 */
async function lowContrastChartText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (color: string) => {
      const [r, g, b] = rgb(color).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const page = getComputedStyle(document.documentElement).backgroundColor;
    const problems: string[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>('main svg.chart text')) {
      if (!text.textContent?.trim() || text.getBoundingClientRect().width === 0) continue;
      const box = text.getBoundingClientRect();
      const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
      const tile = [...(text.parentElement?.querySelectorAll(':scope > .chart-tile') ?? [])].find((rect) => {
        const r = rect.getBoundingClientRect();
        return cx > r.left && cx < r.right && cy > r.top && cy < r.bottom;
      });
      const background = tile ? getComputedStyle(tile).fill : page;
      const value = ratio(getComputedStyle(text).fill, background);
      if (value < 4.5) problems.push(`"${text.textContent.trim()}" ${getComputedStyle(text).fill} on ${background}: ${value.toFixed(2)}:1`);
    }
    return problems;
  });
}

describe('axe-core finds no WCAG 2.2 A/AA violations', () => {
  for (const path of PAGES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${path} (${colorScheme})`, async () => {
        const { page, status } = await pageAt(path, colorScheme);
        expect(status, `${path} status`).toBe(200);
        const matches = await page.evaluate((scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, colorScheme);
        expect(matches, 'emulated colour scheme').toBe(true);
        const violations = await axeViolations(page, session.origin);
        if (violations.length > 0) console.error(describeViolations(`${path} [${colorScheme}]`, violations));
        expect(violations.map((v) => v.id), describeViolations(`${path} [${colorScheme}]`, violations)).toEqual([]);
        expect((await lowContrastChartText(page)).slice(0, 10), 'chart text below 4.5:1').toEqual([]);
      });
    }
  }
});

describe('keyboard', () => {
  it('"/" on a profile focuses the site search box', async () => {
    const page = await openPage();
    try {
      await page.goto(`${session.origin}/countries/kor/`);
      await page.locator('h1').click();
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      expect(await page.inputValue('#site-search'), 'the "/" is not typed into the box').toBe('');
    } finally {
      await page.close();
    }
  });

  for (const path of ['/countries/kor/', '/fr/']) {
    it(`Tab from the top of ${path} reaches the skip link first, and it moves focus to main`, async () => {
      const page = await openPage();
      try {
        await page.goto(session.origin + path);
        await page.keyboard.press('Tab');
        const first = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const box = el?.getBoundingClientRect();
          return { className: el?.className, href: el?.getAttribute('href'), inView: !!box && box.left >= 0 && box.top >= 0 && box.width > 0 };
        });
        expect(first).toEqual({ className: 'skip', href: '#main', inView: true });
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => location.hash === '#main');
        const focusInMain = await page.evaluate(() => {
          const main = document.getElementById('main');
          const active = document.activeElement;
          return !!main && (active === main || main.contains(active) || document.querySelector(':target') === main);
        });
        expect(focusInMain).toBe(true);
        // The next Tab goes to the first focusable element inside main, not back to the header.
        await page.keyboard.press('Tab');
        const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
        expect(inMain, 'Tab after the skip link lands inside main').toBe(true);
      } finally {
        await page.close();
      }
    });
  }
});

describe('language of parts (WCAG 3.1.2)', () => {
  it('/fr/countries/deu/ marks its English fallback text lang="en" and says so in French', async () => {
    const page = await openPage();
    try {
      await page.goto(`${session.origin}/fr/countries/deu/`);
      const parts = await page.evaluate(() => ({
        page: document.documentElement.lang,
        english: [...document.querySelectorAll('main [lang="en"]')].map((el) => el.textContent?.trim().length ?? 0),
        notice: document.querySelector('main [lang="en"] .notice[lang="fr"]')?.textContent ?? '',
        switchLang: document.querySelector('.lang-switch')?.getAttribute('lang'),
      }));
      expect(parts.page).toBe('fr');
      expect(Math.max(0, ...parts.english), 'a block of English text marked lang="en"').toBeGreaterThan(200);
      expect(parts.notice).toMatch(/anglais/);
      expect(parts.switchLang).toBe('en');
    } finally {
      await page.close();
    }
  });
});

describe('phone width (390 px)', () => {
  for (const path of ['/', '/countries/kor/', '/indices/dgi/open-by-default/', '/fr/countries/kor/']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${path} (${colorScheme}) does not scroll sideways; wide tables scroll in .table-scroll`, async () => {
        const { page } = await pageAt(path, colorScheme, 390);
        const layout = await page.evaluate(() => {
          const vw = document.documentElement.clientWidth;
          // Wide content may scroll inside its own box (.table-scroll, .chart-scroll) if that box fits the screen.
          const inScrollBox = (el: Element) => {
            for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
              if (getComputedStyle(box).overflowX !== 'visible' && box.getBoundingClientRect().right <= vw + 0.5) return true;
            }
            return false;
          };
          const tooWide = [...document.querySelectorAll('body *')]
            .filter((el) => {
              const box = el.getBoundingClientRect();
              if (box.width === 0 || box.right <= vw + 0.5) return false;
              return !inScrollBox(el) && !el.closest('.visually-hidden');
            })
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
          const tables = [...document.querySelectorAll('main table')].map((t) => !!t.closest('.table-scroll'));
          return { scrollWidth: document.documentElement.scrollWidth, bodyScroll: document.body.scrollWidth, tooWide, tables };
        });
        expect(layout.tooWide, 'elements sticking out of the viewport').toEqual([]);
        expect(layout.scrollWidth).toBeLessThanOrEqual(390);
        expect(layout.bodyScroll).toBeLessThanOrEqual(390);
        expect(layout.tables.every(Boolean), 'every table in main sits in a .table-scroll wrapper').toBe(true);
      });
    }
  }
});
