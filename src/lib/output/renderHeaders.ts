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

/**
 * A `_headers` file (the format Netlify, Cloudflare Pages and others read) with the pages' CSP, the
 * usual security headers, and long-lived caching for content-hashed assets under `base`.
 */
export function renderHeaders(policies: readonly string[], base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const csp = `${mergePolicies(policies)}; frame-ancestors 'none'`;
  return [
    `${prefix}*`,
    `  Content-Security-Policy: ${csp}`,
    '  X-Content-Type-Options: nosniff',
    '  X-Frame-Options: DENY',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    '  Strict-Transport-Security: max-age=31536000',
    `${prefix}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    `${prefix}pagefind/*`,
    '  Cache-Control: public, max-age=3600',
    '',
  ].join('\n');
}
