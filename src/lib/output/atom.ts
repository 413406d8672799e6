import { createHash } from 'node:crypto';

/** One entry of an Atom feed: a change, with the page to look at. */
interface AtomEntry {
  /** A stable IRI: the same change keeps it from build to build (see `stableId`). */
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  /** The page to look at. */
  href: string;
  /** Plain text. */
  summary: string;
  /** Atom categories (`term`), e.g. the kind of change. */
  categories?: readonly string[];
}

/** An Atom 1.0 feed (RFC 4287). */
export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** RFC 3339 date-time: the newest entry's. */
  updated: string;
  /** Where the feed itself is published. */
  self: string;
  /** The page the feed is about. */
  alternate: string;
  /** The language of its text (`xml:lang`). */
  lang: string;
  author: string;
  /** Licence or rights statement. */
  rights?: string;
  entries: readonly AtomEntry[];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A day (YYYY-MM-DD) as the RFC 3339 date-time Atom requires: midnight UTC. */
export const atomDate = (day: string) => `${day}T00:00:00Z`;

/**
 * A name-based `urn:uuid:` (RFC 4122 version 5 layout over SHA-1) for `key`: an Atom id that stays the
 * same for the same change and does not depend on where the site is published.
 */
export function stableId(key: string): string {
  const hex = createHash('sha1').update(key).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The feed as Atom 1.0 XML, entries in the order given (newest first). Links are written as given:
 * absolute when the site address is known, else relative to the site root.
 */
export function renderAtom(feed: AtomFeed): string {
  const e = escapeXml;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.lang)}">`,
    `  <id>${e(feed.id)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${e(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${e(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.alternate)}"/>`,
    `  <author><name>${e(feed.author)}</name></author>`,
    ...(feed.rights ? [`  <rights>${e(feed.rights)}</rights>`] : []),
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${e(entry.id)}</id>`,
      `    <title>${e(entry.title)}</title>`,
      `    <updated>${e(entry.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${e(entry.href)}"/>`,
      ...(entry.categories ?? []).map((term) => `    <category term="${e(term)}"/>`),
      `    <summary type="text">${e(entry.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
