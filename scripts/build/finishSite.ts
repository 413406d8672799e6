import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { languages } from '../../src/lib/i18n/translate.ts';
import { framingLayout, renderHeaders } from '../../src/lib/output/renderHeaders.ts';
import { searchDocument } from '../../src/lib/output/searchDocument.ts';
import { renderRobots, renderSitemap } from '../../src/lib/output/sitemap.ts';
import type { SiteAddress } from '../../src/lib/urls/address.ts';
import { splitLocale } from '../../src/lib/urls/paths.ts';
import type { BuildRecord } from './renderRecord.ts';

/** Every built page under `site`, as paths relative to it, in a stable order. */
function htmlFiles(site: string, dir = site): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? htmlFiles(site, join(dir, e.name)) : e.name.endsWith('.html') ? [relative(site, join(dir, e.name))] : []))
    .sort();
}

/** What the steps after `astro build` take from one built page. */
interface PageVisit {
  file: string;
  /** The page as search indexes it (see searchDocument); none for pages that opt out. */
  search?: string | undefined;
  /** The CSP of the page's `<meta>`. */
  policy?: string | undefined;
}

/** What the steps after `astro build` need besides the built pages. */
interface FinishOptions {
  /** Index the pages for search (Pagefind); false only for test builds that never search. */
  search: boolean;
  basePath: string;
  /** Where the site is published; without it no sitemap is written and robots.txt names none. */
  address: SiteAddress | undefined;
  /** What rendering handed over: the figures' take-away files and the unlisted pages. */
  record: BuildRecord;
}

/**
 * The steps after `astro build`, all here: each figure's take-away files written beside its page as
 * `{figure id}.svg` and `.csv` (the names its take-away links give) from what rendering recorded; then one walk
 * over the built pages, keeping each page's search document for Pagefind and its CSP for `_headers`; then
 * `robots.txt` and the sitemap (every page but the 404 and the unlisted ones), the search index (unless
 * `search` is false) and `_headers`, after the index so the framing rules cover `pagefind/` too.
 */
export async function finishSite(site: string, { search, basePath, address, record }: FinishOptions): Promise<{ pages: number; indexed: number; charts: number }> {
  const charts = record.charts();
  for (const chart of charts) {
    writeFileSync(join(site, chart.page, `${chart.id}.svg`), chart.svg);
    writeFileSync(join(site, chart.page, `${chart.id}.csv`), chart.csv);
  }
  const visits: PageVisit[] = [];
  for (const file of htmlFiles(site)) {
    const page = readFileSync(join(site, file), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(page)?.[1];
    visits.push({ file, search: search ? searchDocument(page) : undefined, policy });
  }
  writePublishing(site, visits, address, record.unlistedPages());
  const indexed = search ? await indexSearch(site, visits) : 0;
  writeHeaders(site, visits, basePath);
  return { pages: visits.length, indexed, charts: charts.length };
}

/** `robots.txt` and, with a site address, `sitemap.xml`: the built pages (`fr/countries/kor/`) but the 404 page and the unlisted ones. */
function writePublishing(site: string, visits: PageVisit[], address: SiteAddress | undefined, unlisted: ReadonlySet<string>): void {
  writeFileSync(join(site, 'robots.txt'), renderRobots(address));
  if (!address) return;
  const pages = visits
    .filter(({ file }) => file === 'index.html' || file.endsWith('/index.html'))
    .map(({ file }) => file.slice(0, -'index.html'.length))
    .filter((path) => !unlisted.has(path))
    .map((path) => {
      const { lang, path: neutral } = splitLocale(path);
      return { path, lang, neutral };
    });
  writeFileSync(join(site, 'sitemap.xml'), renderSitemap(pages, languages, address));
}

const fail = (step: string, errors: string[]): never => {
  throw new Error(`Pagefind failed to ${step}: ${errors.join('; ')}`);
};

/**
 * Indexes the pages with Pagefind's Node API into `site/pagefind/`; any error fails the build. Pages are handed
 * over without their charts and data tables (see searchDocument), which Pagefind would otherwise parse only to skip.
 */
async function indexSearch(site: string, visits: PageVisit[]): Promise<number> {
  const pagefind = await import('pagefind');
  const created = await pagefind.createIndex({ rootSelector: 'main', excludeSelectors: ['[data-pagefind-ignore]', 'svg', 'nav', '.no-index'] });
  const index = created.index ?? fail('create an index', created.errors);
  let pages = 0;
  for (const { file, search } of visits) {
    if (search === undefined) continue;
    const url = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
    const added = await index.addHTMLFile({ url, content: search });
    if (added.errors.length) fail(`index ${file}`, added.errors);
    pages++;
  }
  if (pages === 0) fail('find pages in the built site', ['no HTML pages with data-pagefind-body were found']);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) fail('write its files', written.errors);
  await pagefind.close();
  return pages;
}

/** Writes `_headers` with the CSP every page carries in its `<meta>`, so header-capable hosts enforce it too. */
function writeHeaders(site: string, visits: PageVisit[], basePath: string): void {
  const policies = visits.map((v) => v.policy).filter((policy): policy is string => policy !== undefined);
  const isDir = (path: string) => statSync(join(site, path)).isDirectory();
  const locales = Object.fromEntries(readdirSync(site).filter((name) => /^[a-z]{2}$/.test(name) && isDir(name)).map((name) => [name, readdirSync(join(site, name))]));
  writeFileSync(join(site, '_headers'), renderHeaders(policies, basePath, framingLayout(readdirSync(site), locales, isDir)));
}
