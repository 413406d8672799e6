/**
 * Page-weight budget for a first view of a country profile: the HTML and every stylesheet, script, font
 * and image it needs, each gzipped at level 9, stay within 50 KB; its JavaScript within 10 KB.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/globalSetup.ts';
import { useSiteInBrowser } from '../helpers/siteInBrowser.ts';
import { fileFor, isExternal, resolvePath, tags } from '../helpers/html.ts';

const PAGE = '/countries/kor/';
const TOTAL_BUDGET = 51_200;
const JS_BUDGET = 10_240;
const FONT_OR_IMAGE = /\.(woff2?|ttf|otf|eot|svg|png|jpe?g|gif|webp|avif|ico)$/i;

type Kind = 'html' | 'css' | 'js' | 'font' | 'image';
interface Entry { file: string; kind: Kind; raw: number; gzip: number }

const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

function kindOf(file: string): Kind {
  const ext = extname(file).toLowerCase();
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (/\.(woff2?|ttf|otf|eot)$/.test(ext)) return 'font';
  return 'image';
}

/** Every file a first view of `pagePath` loads, found statically: HTML → CSS/JS/img/icons → CSS url() and JS static imports. */
function firstView(pagePath: string): { entries: Entry[]; inlineJs: string } {
  const htmlFile = fileFor(siteDir, pagePath)!;
  const html = readFileSync(join(siteDir, htmlFile), 'utf8');
  const entries: Entry[] = [{ file: htmlFile, kind: 'html', raw: Buffer.byteLength(html), gzip: gzip(html) }];
  const queue: { url: string; from: string }[] = [];
  for (const l of tags(html, 'link')) {
    const rel = (l.rel ?? '').split(/\s+/);
    if (l.href && (rel.includes('stylesheet') || rel.includes('modulepreload') || rel.includes('icon') || rel.includes('preload'))) queue.push({ url: l.href, from: pagePath });
  }
  for (const s of tags(html, 'script')) if (s.src) queue.push({ url: s.src, from: pagePath });
  for (const i of [...tags(html, 'img'), ...tags(html, 'source')]) {
    if (i.src) queue.push({ url: i.src, from: pagePath });
    for (const candidate of (i.srcset ?? '').split(',')) if (candidate.trim()) queue.push({ url: candidate.trim().split(/\s+/)[0]!, from: pagePath });
  }
  const inlineJs = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => !/\ssrc=/.test(attrs!) && !/type="application\/(?:ld\+)?json"/.test(attrs!))
    .map(([, , body]) => body)
    .join('\n');
  const seen = new Set<string>([htmlFile]);
  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    if (isExternal(url) && !url.startsWith('data:')) throw new Error(`${PAGE} loads an external resource: ${url}`);
    if (url.startsWith('data:')) continue;
    const path = resolvePath(url, from);
    const file = fileFor(siteDir, path);
    if (!file) throw new Error(`${PAGE} refers to a missing file: ${url}`);
    if (seen.has(file)) continue;
    seen.add(file);
    const data = readFileSync(join(siteDir, file));
    const kind = kindOf(file);
    entries.push({ file, kind, raw: data.length, gzip: gzip(data) });
    const text = data.toString('utf8');
    if (kind === 'css') {
      for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        if (FONT_OR_IMAGE.test(m[1]!.split(/[?#]/)[0]!)) queue.push({ url: m[1]!, from: path });
      }
      for (const m of text.matchAll(/@import\s+(?:url\()?["']([^"']+)["']/g)) queue.push({ url: m[1]!, from: path });
    }
    if (kind === 'js') {
      for (const m of text.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) queue.push({ url: m[1]!, from: path });
    }
  }
  return { entries, inlineJs };
}

const session = useSiteInBrowser();

describe(`first view of ${PAGE}`, () => {
  it(`HTML + CSS + JS + fonts + images ≤ ${TOTAL_BUDGET} bytes gzip, JavaScript ≤ ${JS_BUDGET} bytes gzip`, () => {
    const { entries, inlineJs } = firstView(PAGE);
    const total = entries.reduce((sum, e) => sum + e.gzip, 0);
    const inlineJsGzip = inlineJs.trim() ? gzip(inlineJs) : 0;
    const externalJs = entries.filter((e) => e.kind === 'js').reduce((sum, e) => sum + e.gzip, 0);
    const js = externalJs + inlineJsGzip;
    const byKind = (kind: Kind) => entries.filter((e) => e.kind === kind).reduce((sum, e) => sum + e.gzip, 0);
    console.log([
      `Page weight of ${PAGE} (gzip -9):`,
      ...entries.map((e) => `  ${e.kind.padEnd(5)} ${String(e.gzip).padStart(7)} B  (raw ${e.raw} B)  ${e.file}`),
      `  html ${byKind('html')} B, css ${byKind('css')} B, js ${externalJs} B in files + ${inlineJsGzip} B inline (${Buffer.byteLength(inlineJs)} B raw), fonts ${byKind('font')} B, images ${byKind('image')} B`,
      `  total ${total} B of ${TOTAL_BUDGET} B (${((100 * total) / TOTAL_BUDGET).toFixed(1)} %); JavaScript ${js} B of ${JS_BUDGET} B`,
    ].join('\n'));
    expect(entries.some((e) => e.kind === 'css'), 'the profile has its stylesheet').toBe(true);
    expect(total).toBeLessThanOrEqual(TOTAL_BUDGET);
    expect(js).toBeLessThanOrEqual(JS_BUDGET);
  });

  it('the files counted cover every request the browser makes for a first view', async () => {
    const { entries } = firstView(PAGE);
    const counted = new Set(entries.map((e) => `/${e.file}`.replace(/index\.html$/, '')));
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requested: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:') requested.push(url.origin === session.origin ? url.pathname : request.url());
    });
    try {
      await page.goto(session.origin + PAGE, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
    } finally {
      await page.close();
    }
    expect(requested.length).toBeGreaterThan(1);
    expect(requested.filter((path) => !counted.has(path)), 'requests not counted in the weight').toEqual([]);
  });
});
