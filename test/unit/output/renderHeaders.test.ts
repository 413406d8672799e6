import { describe, expect, it } from 'vitest';
import { framingLayout, mergePolicies, renderHeaders } from '../../../src/lib/output/renderHeaders.ts';

describe('mergePolicies()', () => {
  it('unites the sources of each directive across pages, once each', () => {
    expect(mergePolicies(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self';script-src 'self' 'sha256-b'; style-src 'self'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'",
    );
  });
  it('gives an empty policy for no pages', () => {
    expect(mergePolicies([])).toBe('');
  });
});

describe('renderHeaders()', () => {
  it('scopes rules to the base path and forbids framing', () => {
    const text = renderHeaders(["script-src 'self'"], '/profiles/');
    expect(text).toContain("/profiles/*\n  Content-Security-Policy: script-src 'self'; frame-ancestors 'none'");
    expect(text).toContain('/profiles/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(text).not.toContain('unsafe-inline');
  });
});

describe('framing: only embed pages may be framed', () => {
  const dirs = new Set(['countries', 'embed', 'fr', 'fr/countries', 'fr/embed', 'pagefind']);
  const layout = framingLayout(['404.html', '_headers', 'countries', 'embed', 'favicon.svg', 'fr', 'index.html', 'pagefind'], { fr: ['countries', 'embed', 'index.html'] }, (p) => dirs.has(p));

  it('locks every entry of the site but the embed folders, in each language', () => {
    expect(layout).toEqual({
      elsewhere: ['/', '404.html', 'countries/*', 'favicon.svg', 'fr/', 'fr/countries/*', 'fr/index.html', 'index.html', 'pagefind/*'],
      embeds: ['embed/*', 'fr/embed/*'],
    });
  });

  it('gives each locked pattern frame-ancestors \'none\' and DENY, and each embed pattern frame-ancestors * without DENY', () => {
    const text = renderHeaders(["script-src 'self'"], '/p/', layout);
    const rule = (pattern: string) => new RegExp(`^${pattern.replace(/[*/.]/g, '\\$&')}\\n((?: {2}.*\\n)*)`, 'm').exec(text)?.[1] ?? '';
    for (const pattern of ['/p/', '/p/countries/*', '/p/fr/', '/p/fr/countries/*', '/p/index.html']) {
      expect(rule(pattern), pattern).toBe("  Content-Security-Policy: script-src 'self'; frame-ancestors 'none'\n  X-Frame-Options: DENY\n");
    }
    for (const pattern of ['/p/embed/*', '/p/fr/embed/*']) {
      expect(rule(pattern), pattern).toBe("  Content-Security-Policy: script-src 'self'; frame-ancestors *\n");
    }
    expect(rule('/p/*')).toContain('X-Content-Type-Options: nosniff');
    expect(rule('/p/*')).not.toMatch(/Frame|frame/);
  });
});
