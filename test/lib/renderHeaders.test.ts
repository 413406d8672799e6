import { describe, expect, it } from 'vitest';
import { mergePolicies, renderHeaders } from '../../src/lib/output/renderHeaders.ts';

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
