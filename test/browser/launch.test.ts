/**
 * The browser the suite drives (scripts/browser/chromium.ts): it starts and draws text in a real font,
 * and a browser that is missing or cannot start is named in one sentence, with no stack.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BrowserProblem, findChromium } from '../../scripts/browser/chromium.ts';
import { launchBrowser } from '../../scripts/browser/launch.ts';
import { tempDir } from '../helpers/temp.ts';

afterEach(() => vi.unstubAllEnvs());

/** Letters of the three languages and the site's typography (guillemets, dash, accents). */
const TEXT = 'Profils numériques « DGI » — Índice 12 345';

/** A line of Chromium's log that is no reason for failing (no D-Bus here). */
const BUS = '[1207/120000.0:ERROR:bus.cc(407)] Failed to connect to the bus: Failed to connect to socket /run/dbus/system_bus_socket';

describe('the browser found', () => {
  it('starts and draws French and Spanish text in a font', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setContent(`<p id="t" style="font-family: system-ui, sans-serif">${TEXT}</p>`);
      const cdp = await page.context().newCDPSession(page);
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#t' });
      await cdp.send('CSS.enable');
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      expect(fonts.length, 'a platform font draws the text').toBeGreaterThan(0);
      const letters = TEXT.replace(/\s/g, '').length;
      expect(
        fonts.reduce((sum, font) => sum + font.glyphCount, 0),
        'every letter drawn by a font',
      ).toBeGreaterThanOrEqual(letters);
    } finally {
      await browser.close();
    }
  });
});

describe('a browser that is missing or does not start', () => {
  it('CHROMIUM_PATH naming no file is one sentence that says so', async () => {
    const problem = await findChromium({ CHROMIUM_PATH: '/nowhere/chromium' }).catch((error: unknown) => error);
    expect(problem).toBeInstanceOf(BrowserProblem);
    expect((problem as Error).message).toBe(
      'CHROMIUM_PATH is "/nowhere/chromium", which does not exist: set it to a Chromium or Chrome binary, or unset it to use the npm package\'s.',
    );
  });

  it.each([
    [
      'prints why and exits',
      'echo "chromium: error while loading shared libraries: libnss3.so: cannot open shared object file" >&2; exit 127',
      'chromium: error while loading shared libraries: libnss3.so: cannot open shared object file',
    ],
    [
      'logs a harmless error, then a fatal one',
      `echo '${BUS}' >&2; echo '[1207/120000.1:FATAL:zygote_host_impl_linux.cc(128)] No usable sandbox!' >&2; exit 1`,
      '[1207/120000.1:FATAL:zygote_host_impl_linux.cc(128)] No usable sandbox!',
    ],
    ['logs only a harmless error and exits', `echo '${BUS}' >&2; exit 3`, 'it exited with code 3 before Playwright could connect'],
    ['exits without a word', 'exit 0', 'it exited with code 0 before Playwright could connect'],
    ['crashes', 'kill -SEGV $$', 'it was stopped by SIGSEGV'],
  ])('a binary that %s is one sentence naming it and why, with no stack', async (_, script, reason) => {
    const binary = join(tempDir('dgp-browser-'), 'chromium');
    writeFileSync(binary, `#!/bin/sh\n${script}\n`, { mode: 0o755 });
    vi.stubEnv('CHROMIUM_PATH', binary);
    const problem = (await launchBrowser().catch((error: unknown) => error)) as Error;
    expect(problem).toBeInstanceOf(BrowserProblem);
    expect(problem.message).toBe(`Chromium did not start (CHROMIUM_PATH, ${binary}): ${reason}; set CHROMIUM_PATH to a Chromium that runs here, or unset it.`);
    expect(problem.stack).toBe(problem.message);
  });
});
