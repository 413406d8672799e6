import { describe, expect, it } from 'vitest';
import { languages } from '../../../src/lib/i18n/translate.ts';
import { siteAddress } from '../../../src/lib/urls/address.ts';
import { headTags, type PageHead } from '../../../src/lib/urls/head.ts';

const image = { path: 'og/countries/kor.png', alt: 'Korea', width: 1200, height: 630 };
const page = (over: Partial<PageHead> = {}): PageHead => ({
  path: 'countries/kor/', lang: 'en', languages, address: siteAddress('https://profiles.example.org/'), base: '/',
  title: 'Korea', description: 'Korea: DGI 2023 0.935', siteName: 'Digital Government Profiles', image, ...over,
});
const attr = (tags: ReturnType<typeof headTags>, key: string, value: string, read: string) => tags.find((t) => t.attrs[key] === value)?.attrs[read];
const localize = (lang: string, path: string) => (lang === 'en' ? path : `${lang}/${path}`);

describe('siteAddress()', () => {
  it.each([
    ['https://profiles.example.org', '/', 'https://profiles.example.org', '/'],
    ['https://profiles.example.org/', '/profiles/', 'https://profiles.example.org', '/profiles/'],
    ['https://example.org/profiles/', '/profiles/', 'https://example.org', '/profiles/'],
    ['http://127.0.0.1:8080/', '/', 'http://127.0.0.1:8080', '/'],
  ])('%s with BASE_PATH %s → %s + %s', (url, base, origin, normal) => {
    expect(siteAddress(url, base)).toEqual({ origin, base: normal });
  });
  it.each([[undefined], ['']])('is undefined for SITE_URL=%j', (url) => {
    expect(siteAddress(url, '/')).toBeUndefined();
  });
  it.each([
    ['profiles.example.org', /is not an absolute URL/],
    ['ftp://example.org/', /uses ftp:/],
    ['https://example.org/?a=1', /query, fragment or credentials/],
    ['https://example.org/other/', /has the path \/other\/ but BASE_PATH is \/; .*BASE_PATH=\/other\//],
  ])('rejects %s, quoting it', (url, message) => {
    expect(() => siteAddress(url, '/')).toThrow(message);
    expect(() => siteAddress(url, '/')).toThrow(`SITE_URL="${url}"`);
  });
});

describe('headTags() with SITE_URL', () => {
  it('gives an absolute canonical link and og:url for the page in its language', () => {
    const tags = headTags(page({ lang: 'fr' }));
    expect(attr(tags, 'rel', 'canonical', 'href')).toBe('https://profiles.example.org/fr/countries/kor/');
    expect(attr(tags, 'property', 'og:url', 'content')).toBe('https://profiles.example.org/fr/countries/kor/');
  });
  it('gives an absolute alternate for every configured language plus x-default', () => {
    const alternates = headTags(page()).filter((t) => t.attrs.rel === 'alternate');
    expect(alternates.map((t) => t.attrs.hreflang)).toEqual([...languages, 'x-default']);
    for (const t of alternates) expect(t.attrs.href).toMatch(/^https:\/\/profiles\.example\.org\//);
  });
  it('follows the language list: a third language gets its alternate without code changes', () => {
    const tags = headTags({ ...page(), languages: ['en', 'fr', 'es'] } as PageHead, localize);
    expect(tags.filter((t) => t.attrs.rel === 'alternate').map((t) => `${t.attrs.hreflang} ${t.attrs.href}`)).toEqual([
      'en https://profiles.example.org/countries/kor/',
      'fr https://profiles.example.org/fr/countries/kor/',
      'es https://profiles.example.org/es/countries/kor/',
      'x-default https://profiles.example.org/countries/kor/',
    ]);
  });
  it('puts the base path in every URL', () => {
    const tags = headTags(page({ address: siteAddress('https://example.org/', '/profiles/'), base: '/profiles/' }));
    expect(attr(tags, 'rel', 'canonical', 'href')).toBe('https://example.org/profiles/countries/kor/');
    expect(attr(tags, 'property', 'og:image', 'content')).toBe('https://example.org/profiles/og/countries/kor.png');
  });
  it('gives Open Graph and Twitter card tags with the page title, description and image', () => {
    const tags = headTags(page());
    expect(attr(tags, 'property', 'og:title', 'content')).toBe('Korea');
    expect(attr(tags, 'property', 'og:description', 'content')).toBe('Korea: DGI 2023 0.935');
    expect(attr(tags, 'property', 'og:image:width', 'content')).toBe('1200');
    expect(attr(tags, 'property', 'og:image:height', 'content')).toBe('630');
    expect(attr(tags, 'name', 'twitter:card', 'content')).toBe('summary_large_image');
    expect(attr(tags, 'name', 'twitter:image', 'content')).toBe('https://profiles.example.org/og/countries/kor.png');
  });
  it('gives the 404 page (served at every missing address) no canonical link, og:url or alternates, but its preview', () => {
    const tags = headTags(page({ path: '404.html' }));
    expect(tags.filter((t) => t.tag === 'link')).toEqual([]);
    expect(attr(tags, 'property', 'og:url', 'content')).toBeUndefined();
    expect(attr(tags, 'property', 'og:image', 'content')).toBe('https://profiles.example.org/og/countries/kor.png');
  });
});

describe('headTags() without SITE_URL', () => {
  const tags = headTags(page({ address: undefined }));
  it('makes no URL at all, absolute or relative: no canonical, alternates, og:url, og:image or Twitter image', () => {
    expect(tags.filter((t) => t.tag === 'link')).toEqual([]);
    for (const t of tags) for (const value of Object.values(t.attrs)) expect(value).not.toMatch(/^(https?:)?\/\/|^\//);
    expect(tags.map((t) => t.attrs.property ?? t.attrs.name)).toEqual(['og:type', 'og:site_name', 'og:title', 'og:description']);
  });
});
