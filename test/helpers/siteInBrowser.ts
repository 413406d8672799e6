import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serve } from '../e2e/serve.ts';
import { launchBrowser } from './browser.ts';
import { siteDir } from './globalSetup.ts';

export interface SiteSession {
  browser: Browser;
  /** `http://127.0.0.1:port` of the server for the built site. */
  origin: string;
}

/** Serves the test build and starts Chromium before the file's tests; stops both after them. */
export function useSiteInBrowser(): SiteSession {
  const session = {} as SiteSession;
  let server: Server | undefined;
  beforeAll(async () => {
    const served = await serve(siteDir);
    server = served.server;
    session.origin = served.origin;
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });
  return session;
}
