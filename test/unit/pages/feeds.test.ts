import { describe, expect, it } from 'vitest';
import { renderAtom } from '../../../src/lib/output/atom.ts';
import { feedModel } from '../../../src/lib/pages/feeds.ts';
import { checkAtom } from '../../helpers/atom.ts';
import { langs, pageContext, SITE } from '../../helpers/pageInputs.ts';

describe.each(langs)('Atom feeds of the changes to the real data (%s)', (lang) => {
  const ctx = pageContext(lang);
  const feed = (scope: Parameters<typeof feedModel>[1]) => checkAtom(renderAtom(feedModel(ctx, scope)), { absolute: true });

  it('the site feed is valid Atom with an entry per edition added, DGI 2025 and OURdata 2025 included', () => {
    const { problems, feed: site } = feed({ kind: 'site' });
    expect(problems).toEqual([]);
    const added = site!.entries.filter((e) => e.categories.includes('edition-added'));
    expect(added).toHaveLength(6);
    expect(added.map((e) => e.title).join(' | ')).toMatch(/DGI 2025/);
    expect(added.map((e) => e.title).join(' | ')).toMatch(/OURdata 2025/);
    // Newest first; the 2025 editions entered the data on 2026-12-01.
    const dates = site!.entries.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(added.filter((e) => /2025/.test(e.title)).map((e) => e.updated)).toEqual(['2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z']);
    expect(site!.links.find((l) => l.rel === 'self')!.href).toBe(`${SITE}${lang === 'en' ? '' : `${lang}/`}feed.xml`);
  });

  it("Korea's feed holds the editions that cover Korea, linking its profile; DGI 2025, which lacks Korea, is not among them", () => {
    const { problems, feed: kor } = feed({ kind: 'country', iso3: 'KOR' });
    expect(problems).toEqual([]);
    expect(kor!.entries.length).toBeGreaterThan(0);
    expect(kor!.entries.every((e) => e.href.endsWith('countries/kor/'))).toBe(true);
    expect(kor!.entries.map((e) => e.title).join(' | ')).not.toMatch(/DGI 2025/);
  });

  it('the DGI feed holds the DGI editions only', () => {
    const { problems, feed: dgi } = feed({ kind: 'index', index: 'dgi' });
    expect(problems).toEqual([]);
    expect(dgi!.entries.filter((e) => e.categories.includes('edition-added'))).toHaveLength(3);
    expect(dgi!.entries.every((e) => /DGI|Digital Government Index|indice de l'administration|Índice de Gobierno Digital/i.test(e.title))).toBe(true);
    expect(dgi!.entries.every((e) => e.href.endsWith('indices/dgi/'))).toBe(true);
  });
});

describe('checkAtom() (the strict test check)', () => {
  it.each([
    ['not XML', '<feed', /not well-formed/],
    ['another root', '<?xml version="1.0"?><rss/>', /not an Atom <feed>/],
    ['no id', '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>2026-01-01T00:00:00Z</updated><link rel="self" href="https://x/"/></feed>', /0 <id> elements/],
    ['a bad date', '<feed xmlns="http://www.w3.org/2005/Atom"><id>urn:x:1</id><title>t</title><updated>2026-01-01</updated><link rel="self" href="https://x/"/></feed>', /not an RFC 3339/],
  ])('rejects %s', (_, text, problem) => {
    expect(checkAtom(text).problems.join('\n')).toMatch(problem);
  });
});
