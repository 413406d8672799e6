import { chromium, type Browser } from 'playwright-core';
import { chromiumFlags, findChromium, startProblem } from './chromium.ts';

/**
 * Headless Chromium for the browser tests and the screenshot aid, found by ./chromium.ts (CHROMIUM_PATH, else
 * the npm package's, else Debian's). A browser that is there but does not start fails
 * the file with one sentence saying which binary and why.
 */
export async function launchBrowser(): Promise<Browser> {
  const found = await findChromium();
  try {
    return await chromium.launch({ executablePath: found.path, env: { ...process.env, ...found.env }, args: ['--headless', ...chromiumFlags] });
  } catch (error) {
    throw startProblem(found, error);
  }
}
