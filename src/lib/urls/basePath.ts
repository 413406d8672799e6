/**
 * `BASE_PATH` as Astro and `_headers` need it: a leading and a trailing slash (`profiles/` → `/profiles/`).
 * Throws, with the fix, on what cannot be a path prefix (a URL, `..`, spaces, `?`, `#`, backslashes).
 */
export function normalizeBasePath(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '' || value === '/') return '/';
  const fail = (why: string): never => {
    throw new Error(`BASE_PATH ${JSON.stringify(raw)} ${why}; write the sub-path the site is served under, e.g. BASE_PATH=/profiles/`);
  };
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) fail('is a URL, not a path');
  if (/[\s?#\\%"'<>]/.test(value)) fail('holds a space, "?", "#", "%", a quote, "<", ">" or a backslash');
  const parts = value.split('/').filter((part) => part !== '');
  if (parts.some((part) => part === '.' || part === '..')) fail('holds "." or ".." segments');
  return `/${parts.join('/')}/`;
}

/** Why Astro cannot build from the project folder `root`, or undefined. */
export function projectPathProblem(root: string): string | undefined {
  const bad = [...new Set(root.match(/[#?]/g) ?? [])];
  if (bad.length === 0) return undefined;
  return `the project folder ${JSON.stringify(root)} contains ${bad.map((c) => JSON.stringify(c)).join(' and ')}, which Astro and Vite cannot build from (they read the path as a URL); move or rename the folder so its path has no ${bad.join(' ')}`;
}
