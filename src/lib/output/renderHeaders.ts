/** Merges CSP policies directive by directive (sources united, in first-seen order). */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, string[]>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const known = directives.get(name) ?? [];
      for (const source of sources) if (!known.includes(source)) known.push(source);
      directives.set(name, known);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Where the built site may be framed by other sites: the embed pages, in each language. */
interface FramingLayout {
  /** URL patterns under the base of everything else, e.g. `/`, `countries/*`, `fr/countries/*`, `favicon.svg`. */
  elsewhere: string[];
  /** URL patterns of the embed pages, e.g. `embed/*`, `fr/embed/*`. */
  embeds: string[];
}

/**
 * A `_headers` file (the format Netlify, Cloudflare Pages and others read) with the pages' CSP, the
 * usual security headers, and long-lived caching for content-hashed assets under `base`. Framing is
 * forbidden everywhere but the embed pages: with a `layout`, the CSP and X-Frame-Options are set per
 * path pattern (no host has to merge two rules for one path), and the embed patterns allow any frame ancestor.
 */
export function renderHeaders(policies: readonly string[], base: string, layout?: FramingLayout): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const merged = mergePolicies(policies);
  const locked = [`  Content-Security-Policy: ${merged}; frame-ancestors 'none'`, '  X-Frame-Options: DENY'];
  const common = [
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    '  Strict-Transport-Security: max-age=31536000',
  ];
  const rules = layout
    ? [
        `${prefix}*`,
        ...common,
        ...layout.elsewhere.flatMap((pattern) => [`${prefix}${pattern === '/' ? '' : pattern}`, ...locked]),
        ...layout.embeds.flatMap((pattern) => [`${prefix}${pattern}`, `  Content-Security-Policy: ${merged}; frame-ancestors *`]),
      ]
    : [`${prefix}*`, locked[0]!, common[0]!, locked[1]!, ...common.slice(1)];
  return [
    ...rules,
    `${prefix}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    `${prefix}pagefind/*`,
    '  Cache-Control: public, max-age=3600',
    '',
  ].join('\n');
}

/**
 * The framing layout of a built site from its top-level entries (`names`) and those of each language
 * folder (`localeNames`, e.g. `{ fr: [...] }`): every entry but `embed` is locked.
 */
export function framingLayout(names: readonly string[], localeNames: Readonly<Record<string, readonly string[]>>, isDir: (path: string) => boolean): FramingLayout {
  const elsewhere = ['/'];
  const embeds: string[] = [];
  const add = (path: string) => {
    if (path.endsWith('embed')) embeds.push(`${path}/*`);
    else elsewhere.push(isDir(path) ? `${path}/*` : path);
  };
  for (const name of [...names].sort()) {
    if (name in localeNames) {
      elsewhere.push(`${name}/`);
      for (const sub of [...localeNames[name]!].sort()) add(`${name}/${sub}`);
    } else if (name !== '_headers') add(name);
  }
  return { elsewhere, embeds };
}
