import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serve } from '../../scripts/browser/serve.ts';
import { launchBrowser } from '../../scripts/browser/launch.ts';
import { siteDir } from './globalSetup.ts';

export interface PageOptions {
  colorScheme?: 'light' | 'dark';
  /** Viewport width; the height is 900. */
  width?: number;
  javaScript?: boolean;
}

export interface SiteSession {
  browser: Browser;
  /** `http://127.0.0.1:port` of the server for the built site. */
  origin: string;
  /**
   * A blank page for one test, with the scheme and width asked for: one an earlier test of the file gave
   * back (same JavaScript setting), or a new one. Opening a page costs more than loading one.
   */
  page(options?: PageOptions): Promise<Page>;
  /** Gives the page back: its listeners are removed and it is left on about:blank, so nothing of the test carries over. */
  done(page: Page): Promise<void>;
  /**
   * For read-only checks of one load in both colour schemes (the site's schemes are CSS only): the load
   * `key` names is made by `load` once and kept, and the next call with the same key only switches the
   * emulated scheme on it. Another key gives the kept page back first; the file's end gives back the last.
   */
  inScheme<T extends { page: Page }>(key: string, colorScheme: 'light' | 'dark', load: () => Promise<T>): Promise<T>;
}

/** Events the tests listen to; their listeners go when a page is given back. */
const EVENTS = ['console', 'request', 'requestfailed', 'response', 'pageerror', 'download', 'dialog'] as const;

/** Serves the test build and starts Chromium before the file's tests; stops both after them. */
export function useSiteInBrowser(): SiteSession {
  let server: Server | undefined;
  const contexts = new Map<boolean, Promise<BrowserContext>>();
  const idle = new Map<Page, boolean>();
  const javaScriptOf = new Map<Page, boolean>();
  let kept: { key: string; loaded: { page: Page } } | undefined;
  const session: SiteSession = {
    browser: undefined as unknown as Browser,
    origin: '',
    async page({ colorScheme = 'light', width = 1280, javaScript = true } = {}) {
      let page = [...idle].find(([, js]) => js === javaScript)?.[0];
      if (page) idle.delete(page);
      else {
        if (!contexts.has(javaScript)) contexts.set(javaScript, session.browser.newContext({ javaScriptEnabled: javaScript }));
        page = await (await contexts.get(javaScript)!).newPage();
        javaScriptOf.set(page, javaScript);
      }
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      return page;
    },
    async done(page) {
      for (const event of EVENTS) page.removeAllListeners(event);
      if (page.isClosed()) return;
      await page.goto('about:blank');
      idle.set(page, javaScriptOf.get(page)!);
    },
    async inScheme(key, colorScheme, load) {
      if (kept?.key === key && !kept.loaded.page.isClosed()) {
        await kept.loaded.page.emulateMedia({ colorScheme });
        return kept.loaded as Awaited<ReturnType<typeof load>>;
      }
      if (kept) await session.done(kept.loaded.page);
      kept = undefined;
      const loaded = await load();
      kept = { key, loaded };
      return loaded;
    },
  };
  beforeAll(async () => {
    const served = await serve(siteDir);
    server = served.server;
    session.origin = served.origin;
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    if (kept) await session.done(kept.loaded.page);
    await session.browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });
  return session;
}
