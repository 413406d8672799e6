import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstView {
  page: string;
  html: number;
  css: number;
  /** External scripts and their static imports. */
  jsFiles: number;
  /** Inline executable scripts, gzipped on their own (also inside `html`). */
  jsInline: number;
  fonts: number;
  images: number;
  total: number;
  missing: string[];
}

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
  const body = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(re)) attrs[(m[1] ?? '').toLowerCase()] = (m[2] ?? m[3] ?? m[4] ?? '').replace(/&amp;/g, '&');
  return attrs;
}

/**
 * The first-view weight of one built page. URLs are resolved against the site root (`/x`) or the
 * referring file; external and data: URLs are skipped (data: URIs are inside the file that holds them).
 */
export function weighFirstView(siteDir: string, pageFile: string): FirstView {
  const html = readFileSync(pageFile);
  const text = html.toString('utf8');
  const pageUrl = `/${relative(siteDir, pageFile).split(sep).join('/')}`;
  const seen = new Set<string>();
  const missing: string[] = [];
  const sizes = { css: 0, jsFiles: 0, jsInline: 0, fonts: 0, images: 0 };

  const resolveUrl = (ref: string, from: string): string | undefined => {
    const clean = ref.trim().replace(/[?#].*$/, '');
    if (!clean || /^(data:|[a-z][a-z0-9+.-]*:|\/\/)/i.test(clean)) return undefined;
    const url = clean.startsWith('/') ? clean : posix.join(posix.dirname(from), clean);
    return decodeURIComponent(posix.normalize(url));
  };
  const fileOf = (url: string) => {
    const path = join(siteDir, ...url.split('/').filter(Boolean));
    return url.endsWith('/') ? join(path, 'index.html') : path;
  };
  /** Adds a file once; returns its bytes, or undefined when already counted or absent. */
  const take = (url: string): Buffer | undefined => {
    if (seen.has(url)) return undefined;
    seen.add(url);
    const file = fileOf(url);
    if (!existsSync(file) || !statSync(file).isFile()) {
      missing.push(url);
      return undefined;
    }
    return readFileSync(file);
  };
  const addScript = (url: string) => {
    const body = take(url);
    if (!body) return;
    sizes.jsFiles += gz(body);
    const code = body.toString('utf8');
    // Static imports and re-exports (`import x from "./a.js"`, `import "./b.js"`, `export * from "./c.js"`); not import().
    for (const m of code.matchAll(/\b(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?["']([^"']+)["']/g)) {
      const spec = m[1] ?? '';
      if (!/^(\.{1,2}\/|\/)/.test(spec)) continue;
      const next = resolveUrl(spec, url);
      if (next) addScript(next);
    }
  };
  const addCss = (url: string) => {
    const body = take(url);
    if (!body) return;
    sizes.css += gz(body);
    const css = body.toString('utf8');
    for (const m of css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?/g)) {
      const next = resolveUrl(m[1] ?? '', url);
      if (next) addCss(next);
    }
    for (const m of css.matchAll(/url\(\s*["']?([^"')]+?\.(?:woff2?|ttf|otf|eot)(?:[?#][^"')]*)?)["']?\s*\)/gi)) {
      const next = resolveUrl(m[1] ?? '', url);
      const font = next && take(next);
      if (font) sizes.fonts += gz(font);
    }
  };
  const addImage = (url: string) => {
    const body = take(url);
    if (body) sizes.images += gz(body);
  };

  for (const m of text.matchAll(/<(link|script|img)\b[^>]*>/gi)) {
    const tag = (m[1] ?? '').toLowerCase();
    const a = attributes(m[0]);
    if (tag === 'link' && a.href) {
      const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
      const url = resolveUrl(a.href, pageUrl);
      if (!url) continue;
      if (rel.includes('stylesheet') || (rel.includes('preload') && a.as === 'style')) addCss(url);
      else if (rel.includes('modulepreload') || (rel.includes('preload') && a.as === 'script')) addScript(url);
      else if (rel.includes('preload') && a.as === 'font') {
        const font = take(url);
        if (font) sizes.fonts += gz(font);
      } else if (rel.includes('icon') || (rel.includes('preload') && a.as === 'image')) addImage(url);
    } else if (tag === 'script' && a.src) {
      const url = resolveUrl(a.src, pageUrl);
      if (url) addScript(url);
    } else if (tag === 'img' && a.src) {
      const url = resolveUrl(a.src, pageUrl);
      if (url) addImage(url);
    }
  }
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const a = attributes(`<script ${m[1]}>`);
    if (a.src !== undefined) continue;
    const type = (a.type ?? '').toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    const inline = m[2] ?? '';
    if (inline.trim()) sizes.jsInline += gz(inline);
  }
  const htmlGz = gz(html);
  return {
    page: relative(siteDir, pageFile).split(sep).join('/'),
    html: htmlGz,
    ...sizes,
    total: htmlGz + sizes.css + sizes.jsFiles + sizes.fonts + sizes.images,
    missing,
  };
}
