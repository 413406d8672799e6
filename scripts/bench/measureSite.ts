import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { weighFirstView, type FirstView } from './firstView.ts';
import type { BuildRun } from './measureBuild.ts';

export const PAGE_TYPES = ['home', 'country', 'policyArea', 'compare', 'search'] as const;
export type PageType = (typeof PAGE_TYPES)[number];
export const PAGE_LABELS: Record<PageType, string> = { home: 'home', country: 'country profile', policyArea: 'policy area', compare: 'compare', search: 'search' };

export interface Result {
  id: string;
  label: string;
  run: BuildRun;
  pages: number;
  /** Bytes of all .html files (uncompressed): what the renderer writes and Pagefind reads. */
  htmlBytes: number;
  distBytes: number;
  pagefindBytes: number;
  views: Partial<Record<PageType, FirstView>>;
}

function walk(dir: string): { path: string; size: number }[] {
  const out: { path: string; size: number }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile()) out.push({ path, size: statSync(path).size });
  }
  return out;
}

/** The page of each type to weigh: fixed pages, and the heaviest English country profile and policy-area page. */
function pagesToWeigh(siteDir: string, htmlFiles: { path: string; size: number }[]): Record<PageType, string | undefined> {
  const rel = (f: { path: string }) => relative(siteDir, f.path).split(sep).join('/');
  const largest = (re: RegExp) =>
    htmlFiles
      .filter((f) => re.test(rel(f)))
      .sort((a, b) => b.size - a.size || a.path.localeCompare(b.path))[0]?.path;
  const fixed = (path: string) => (existsSync(join(siteDir, path)) ? join(siteDir, path) : undefined);
  return {
    home: fixed('index.html'),
    country: largest(/^countries\/[a-z]{3}\/index\.html$/),
    policyArea: largest(/^indices\/[^/]+\/[^/]+\/index\.html$/),
    compare: fixed('compare/index.html'),
    search: fixed('search/index.html'),
  };
}

export function measureSite(id: string, label: string, run: BuildRun, siteDir: string): Result {
  const files = walk(siteDir);
  const html = files.filter((f) => f.path.endsWith('.html'));
  const pagefindDir = join(siteDir, 'pagefind') + sep;
  const pages = pagesToWeigh(siteDir, html);
  const views: Partial<Record<PageType, FirstView>> = {};
  for (const type of PAGE_TYPES) {
    const file = pages[type];
    if (file) views[type] = weighFirstView(siteDir, file);
  }
  return {
    id,
    label,
    run,
    pages: html.length,
    htmlBytes: html.reduce((s, f) => s + f.size, 0),
    distBytes: files.reduce((s, f) => s + f.size, 0),
    pagefindBytes: files.filter((f) => f.path.startsWith(pagefindDir)).reduce((s, f) => s + f.size, 0),
    views,
  };
}
