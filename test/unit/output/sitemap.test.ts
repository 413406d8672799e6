import { describe, expect, it } from 'vitest';
import { renderRobots, renderSitemap } from '../../../src/lib/output/sitemap.ts';
import { siteAddress } from '../../../src/lib/urls/address.ts';

const address = siteAddress('https://example.org/', '/profiles/')!;
const page = (path: string, lang: string, neutral: string) => ({ path, lang, neutral });

describe('renderSitemap()', () => {
  const xml = renderSitemap(
    [page('fr/countries/kor/', 'fr', 'countries/kor/'), page('countries/kor/', 'en', 'countries/kor/'), page('es/countries/kor/', 'es', 'countries/kor/'), page('only-en/', 'en', 'only-en/')],
    ['en', 'fr', 'es'],
    address,
  );
  it('lists every page once, in path order, by its absolute URL under the base', () => {
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://example.org/profiles/countries/kor/', 'https://example.org/profiles/es/countries/kor/',
      'https://example.org/profiles/fr/countries/kor/', 'https://example.org/profiles/only-en/',
    ]);
  });
  it('gives each page the alternates of every language it exists in, in language order, plus x-default', () => {
    const entry = /<url>\s*<loc>https:\/\/example\.org\/profiles\/fr\/countries\/kor\/<\/loc>([\s\S]*?)<\/url>/.exec(xml)![1]!;
    expect([...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'en https://example.org/profiles/countries/kor/', 'fr https://example.org/profiles/fr/countries/kor/',
      'es https://example.org/profiles/es/countries/kor/', 'x-default https://example.org/profiles/countries/kor/',
    ]);
  });
  it('gives a page with no twin no alternates', () => {
    expect(/<loc>[^<]*only-en\/<\/loc>\s*<\/url>/.test(xml)).toBe(true);
  });
  it('escapes XML', () => {
    expect(renderSitemap([page('a&b/', 'en', 'a&b/')], ['en'], address)).toContain('<loc>https://example.org/profiles/a&amp;b/</loc>');
  });
});

describe('renderRobots()', () => {
  it('names the sitemap when the address is known, and only then', () => {
    expect(renderRobots(address)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/profiles/sitemap.xml\n');
    expect(renderRobots(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});
