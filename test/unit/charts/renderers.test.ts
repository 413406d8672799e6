import { describe, expect, it } from 'vitest';
import { expectInert, expectWellFormed, hrefsIn, RENDERERS } from './helpers.ts';

const HOSTILE = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "' onload='alert(1)", '</text><script>x</script>'];

describe.each(RENDERERS)('%s()', (_name, render) => {
  it.each(['', '1chart', 'Chart', 'my chart', 'a_b', 'a"><script>', 'é'])('throws on an invalid id %j', (id) => {
    expect(() => render({ id })).toThrow(/Invalid chart id/);
  });

  it('labels its root with the title and description ids', () => {
    const markup = render({ id: 'x-1' }).toString();
    expect(markup).toMatch(/^<svg [^>]*aria-labelledby="x-1-title x-1-desc"/);
    expect(markup).toMatch(/^<svg [^>]*viewBox="0 0 640 \d+" width="100%"/);
    expect(markup).toContain('<title id="x-1-title">Probe chart</title>');
    expect(markup).toContain('<desc id="x-1-desc">A chart used by the tests.</desc>');
  });

  it.each(HOSTILE)('escapes hostile labels %j', (hostile) => {
    const markup = render({ label: hostile, title: hostile, summary: hostile }).toString();
    expectWellFormed(markup);
    expectInert(markup);
    expect(markup).not.toContain(hostile);
    expect(markup).not.toMatch(/<(img|script)/);
    expect(markup).toContain(hostile.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;'));
  });

  it('handles NaN like null', () => {
    const withNaN = render({ value: NaN }).toString();
    expect(withNaN).toBe(render({ value: null }).toString());
    expectInert(withNaN);
    expect(withNaN).toMatch(/not covered|n\/a/);
  });

  it('never draws a missing value as 0', () => {
    const markup = render({ value: null }).toString();
    expect(markup).not.toMatch(/>0\.000</);
    expect(markup).not.toMatch(/Probeland: 0\.000/);
  });

  it('renders an empty-state message text instead of crashing on empty rows', () => {
    const markup = render({ empty: true }).toString();
    expectWellFormed(markup);
    expect(markup).toContain('>No data available</text>');
    expect(render({ empty: true, labels: { noData: 'Aucune donnée' } }).toString()).toContain('>Aucune donnée</text>');
  });

  it('is well-formed and free of inline styles and scripts', () => {
    const markup = render({}).toString();
    expectWellFormed(markup);
    expectInert(markup);
  });
});

describe.each(RENDERERS.filter(([name]) => name !== 'renderHistory' && name !== 'renderDistribution'))(
  '%s() links',
  (_name, render) => {
    it('wraps the row in an escaped link and switches the root to role="group"', () => {
      const markup = render({ href: '/en/countries/prb/?a=1&b="2"' }).toString();
      expect(hrefsIn(markup)).toEqual(['/en/countries/prb/?a=1&amp;b=&quot;2&quot;']);
      expect(markup).toMatch(/^<svg [^>]*role="group"/);
      expect(render({}).toString()).toMatch(/^<svg [^>]*role="img"/);
    });

    it('refuses a javascript: link', () => {
      expect(() => render({ href: 'javascript:alert(1)' })).toThrow(/unsafe scheme/);
    });
  },
);
