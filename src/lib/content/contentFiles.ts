import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { DataIssue } from '../issues.ts';
import type { DataIndex } from '../query/dataIndex.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Files content/ may hold that are not pages: notes for editors, system files. */
const IGNORED = /^(\..*|README(\.md)?|Thumbs\.db)$/i;

/** Every file under `dir` (folders descended, in a stable order). */
export function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      const info = statSync(path, { throwIfNoEntry: false });
      return info?.isDirectory() ? listFiles(path) : [path];
    });
}

/** Files under `contentDir` that are links leading out of it (or nowhere): never read, never published. */
export function linksLeaving(contentDir: string, files: string[]): { path: string; message: string }[] {
  const root = realpathSync(contentDir);
  return files.flatMap((path) => {
    if (!lstatSync(path).isSymbolicLink() && realpathSync(dirname(path)).startsWith(root)) return [];
    let target: string;
    try {
      target = realpathSync(path);
    } catch {
      return [{ path, message: 'is a link to a file that does not exist; replace it with the file itself' }];
    }
    return target === root || target.startsWith(root + sep) ? [] : [{ path, message: 'is a link to a file outside the content folder, which is neither read nor published; copy the text into content/ instead' }];
  });
}

/**
 * Top-level names the site's own routes use (`countries`, `compare`, …) read from the route folder,
 * including those under a dynamic folder such as `[...locale]`, plus the language prefixes.
 */
export function builtInRoutes(pagesDir: string, languages: readonly string[]): Set<string> {
  const names = new Set<string>(['index', '_astro', 'pagefind', '_headers', ...languages]);
  const add = (dir: string, depth: number) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const name = entry.name.replace(/\.(astro|ts|js|md|mdx)$/, '');
      if (name.startsWith('[')) {
        if (entry.isDirectory() && depth < 2) add(join(dir, entry.name), depth + 1);
        continue;
      }
      names.add(name.replace(/\.[a-z]+$/, ''));
    }
  };
  add(pagesDir, 0);
  return names;
}

/**
 * Checks where each file of `contentDir` sits: a text the site would never show (a country note for a
 * code with no profile, a page clashing with a built-in route, a name with capitals or spaces, a file in a
 * folder the site does not read) is an error rather than silently dropped.
 */
export function checkContentFiles(contentDir: string, files: string[], data: DataIndex, reserved: Set<string>, languages: readonly string[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const lower = new Map<string, string[]>();
  for (const path of files) {
    const key = relative(contentDir, path).toLowerCase();
    lower.set(key, [...(lower.get(key) ?? []), path]);
  }
  for (const path of files) {
    const file = relative(process.cwd(), path);
    const say = (message: string) => issues.push({ file, message });
    const name = basename(path);
    if (IGNORED.test(name)) continue;
    const parts = relative(contentDir, path).split(sep);
    const lang = languages.includes(parts[0]!) && parts.length > 1 ? parts.shift() : undefined;
    const prefix = lang ? `content/${lang}/` : 'content/';
    if (!name.endsWith('.mdx')) {
      say(name.endsWith('.md') ? `only .mdx files are published; rename it to ${name.replace(/\.md$/, '.mdx')}` : 'is not an MDX file, so the site does not read it; remove it or move it out of content/');
      continue;
    }
    const stem = name.slice(0, -4);
    const twins = lower.get(relative(contentDir, path).toLowerCase())!;
    if (twins.length > 1) say(`differs only by capitals from ${twins.filter((t) => t !== path).map((t) => relative(process.cwd(), t)).join(', ')}; addresses ignore case on many hosts, so keep one file`);
    if (!SLUG.test(stem)) {
      const suggestion = stem.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      say(`the name ${JSON.stringify(stem)} is not a page address: use lower-case letters, digits and hyphens, no spaces${suggestion ? `, e.g. ${suggestion}.mdx` : ''}`);
      continue;
    }
    const [kind, ...rest] = parts;
    if (kind === 'countries' && rest.length === 1) {
      if (!/^[a-z]{3}$/.test(stem)) say(`a country note is named by the lower-case ISO 3166-1 alpha-3 code of a country in the data, e.g. kor.mdx; ${JSON.stringify(stem)} is not one, so the note would never be shown`);
      else if (!data.country(stem.toUpperCase())) say(`there is no profile for ${JSON.stringify(stem.toUpperCase())} (the data has no such country), so this note would never be shown; rename it to the code of a country in the data or remove it`);
    } else if (kind === 'indices' && rest.length === 1) {
      if (!data.index(stem)) say(`there is no index ${JSON.stringify(stem)}, so this text would never be shown; name it after an index: ${data.dataset.indices.map((i) => `${i.id}.mdx`).join(', ')}`);
    } else if (kind === 'indices' && rest.length === 2) {
      const index = data.index(rest[0]!);
      const indicator = index && data.indicator(index.id, stem);
      if (!index) say(`there is no index ${JSON.stringify(rest[0])}, so this text would never be shown; use a folder named after an index: ${data.dataset.indices.map((i) => i.id).join(', ')}`);
      else if (!indicator || indicator.id === 'composite') say(`${JSON.stringify(stem)} is not a policy area of ${index.id}, so this text would never be shown; name it after one of ${index.indicators.filter((i) => i.id !== 'composite').map((i) => i.id).join(', ')}${stem === 'composite' ? ` (the composite is described in ${prefix}indices/${index.id}.mdx)` : ''}`);
    } else if (kind === 'pages' && rest.length === 1) {
      if (reserved.has(stem)) say(`the page name ${JSON.stringify(stem)} is taken by the site's own /${stem}/ page, so this text would never be shown; choose another name`);
    } else {
      say(`the site does not read ${prefix}${parts.slice(0, -1).join('/')}${parts.length > 1 ? '/' : ''}; put a page in ${prefix}pages/, a country note in ${prefix}countries/, an index text in ${prefix}indices/`);
    }
  }
  return issues;
}
