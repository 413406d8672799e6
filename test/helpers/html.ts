/**
 * Small, dependency-free readers for the built HTML (Astro writes double-quoted attributes), shared by
 * the static-output tests: the HTML files of a site folder, the URLs a page references, and the file a
 * site URL resolves to.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file under `dir`, as forward-slash paths relative to it (`countries/kor/index.html`). */
export function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** Decodes the entities Astro emits in attribute values and text. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The attributes of an opening tag's source text (`<a href="/x/" hidden>`). */
export function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/\s([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Every opening tag named `name` in `html`, as its attributes. Skips the bodies of script/style elements. */
export function tags(html: string, name: string): Record<string, string>[] {
  const code = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
  return [...code.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((m) => attributes(m[0]));
}

export interface Reference {
  tag: string;
  attr: string;
  url: string;
}

/** The URLs a page refers to: a/link/area href, script/img/source/iframe/audio/video src, srcset, form action, SVG use href. */
export function references(html: string): Reference[] {
  const refs: Reference[] = [];
  const spec: [string, string[]][] = [
    ['a', ['href']], ['area', ['href']], ['link', ['href']], ['script', ['src']], ['img', ['src', 'srcset']],
    ['source', ['src', 'srcset']], ['iframe', ['src']], ['audio', ['src']], ['video', ['src', 'poster']],
    ['form', ['action']], ['use', ['href', 'xlink:href']], ['image', ['href', 'xlink:href']],
  ];
  for (const [tag, names] of spec) {
    for (const attrs of tags(html, tag)) {
      for (const attr of names) {
        const value = attrs[attr];
        if (value === undefined) continue;
        const urls = attr === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value.trim()];
        for (const url of urls) if (url) refs.push({ tag, attr, url });
      }
    }
  }
  return refs;
}

/** Whether a URL leaves the site (other scheme or host) and so is not checked against the output. */
export function isExternal(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}

/** The site pathname of the page stored in `file` (`countries/kor/index.html` → `/countries/kor/`). */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The absolute pathname an internal `url` on the page at `fromPath` points to, without query or fragment. */
export function resolvePath(url: string, fromPath: string): string {
  const { pathname } = new URL(url, `http://site.test${fromPath}`);
  return decodeURIComponent(pathname);
}

/** The file in `dir` that serves `pathname` (directory → index.html), or null if there is none. */
export function fileFor(dir: string, pathname: string): string | null {
  const rel = pathname.replace(/^\/+/, '');
  const direct = join(dir, rel);
  if (!direct.startsWith(dir)) return null;
  if (existsSync(direct) && statSync(direct).isFile()) return rel;
  const index = join(direct, 'index.html');
  if (existsSync(index)) return join(rel, 'index.html').split('\\').join('/');
  return null;
}

/** The visible text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** The ids defined in a page (for same-page fragment links). */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
}
