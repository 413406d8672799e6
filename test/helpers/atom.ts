/**
 * A strict check of Atom 1.0 (RFC 4287) for the site's feeds: the text is parsed as XML by `sax` in
 * strict, namespace-aware mode (a dependency of Astro's SVGO, so no package is added), then the
 * required structure is checked. Returns the problems (none for a valid feed) and the parsed feed.
 */
import { createRequire } from 'node:module';

const ATOM = 'http://www.w3.org/2005/Atom';

interface XmlNode {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

interface SaxParser {
  onerror: (error: Error) => void;
  onopentag: (tag: { local: string; uri: string; attributes: Record<string, { local: string; value: string }> }) => void;
  onclosetag: () => void;
  ontext: (text: string) => void;
  write(text: string): SaxParser;
  close(): void;
}

const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean, options: object): SaxParser };

function parseXml(text: string): XmlNode {
  const parser = sax.parser(true, { xmlns: true });
  const root: XmlNode = { name: '#document', uri: '', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const node: XmlNode = { name: tag.local, uri: tag.uri, attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value])), children: [], text: '' };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (t) => void (stack.at(-1)!.text += t);
  parser.write(text).close();
  return root;
}

export interface ParsedFeed {
  id: string;
  title: string;
  links: Record<string, string>[];
  entries: { id: string; title: string; updated: string; href: string; summary: string; categories: string[] }[];
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/** Problems of `text` as an Atom 1.0 feed; `absolute` also requires every link to be an absolute IRI. */
export function checkAtom(text: string, { absolute = false } = {}): { problems: string[]; feed?: ParsedFeed } {
  let doc: XmlNode;
  try {
    doc = parseXml(text);
  } catch (error) {
    return { problems: [`not well-formed XML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const problems: string[] = [];
  const feed = doc.children[0];
  if (doc.children.length !== 1 || !feed || feed.name !== 'feed' || feed.uri !== ATOM) return { problems: ['the root element is not an Atom <feed>'] };
  const own = (node: XmlNode, name: string) => node.children.filter((c) => c.uri === ATOM && c.name === name);
  const one = (node: XmlNode, name: string, where: string) => {
    const found = own(node, name);
    if (found.length !== 1) problems.push(`${where} has ${found.length} <${name}> elements; Atom requires exactly one`);
    return found[0]?.text.trim() ?? '';
  };
  const checkLinks = (node: XmlNode, where: string) => {
    for (const link of own(node, 'link')) {
      const href = link.attributes.href ?? '';
      if (!href) problems.push(`${where}: a <link> has no href`);
      if (absolute && !/^https?:\/\//.test(href)) problems.push(`${where}: link ${JSON.stringify(href)} is not absolute`);
    }
  };
  const id = one(feed, 'id', 'the feed');
  const title = one(feed, 'title', 'the feed');
  const updated = one(feed, 'updated', 'the feed');
  if (!IRI.test(id)) problems.push(`the feed id ${JSON.stringify(id)} is not an IRI`);
  if (!RFC3339.test(updated)) problems.push(`the feed's updated ${JSON.stringify(updated)} is not an RFC 3339 date-time`);
  if (!own(feed, 'link').some((l) => l.attributes.rel === 'self')) problems.push('the feed has no rel="self" link');
  checkLinks(feed, 'the feed');
  const feedAuthor = own(feed, 'author').length > 0;
  const ids = new Set<string>();
  const entries = own(feed, 'entry').map((entry, i) => {
    const where = `entry ${i + 1}`;
    const entryId = one(entry, 'id', where);
    const entryTitle = one(entry, 'title', where);
    const entryUpdated = one(entry, 'updated', where);
    if (!IRI.test(entryId)) problems.push(`${where}: id ${JSON.stringify(entryId)} is not an IRI`);
    if (ids.has(entryId)) problems.push(`${where}: id ${JSON.stringify(entryId)} is used twice`);
    ids.add(entryId);
    if (!RFC3339.test(entryUpdated)) problems.push(`${where}: updated ${JSON.stringify(entryUpdated)} is not an RFC 3339 date-time`);
    if (!feedAuthor && own(entry, 'author').length === 0) problems.push(`${where}: no <author> in the entry or the feed`);
    const alternate = own(entry, 'link').filter((l) => (l.attributes.rel ?? 'alternate') === 'alternate');
    if (alternate.length === 0 && own(entry, 'content').length === 0) problems.push(`${where}: no alternate link and no content`);
    checkLinks(entry, where);
    return {
      id: entryId, title: entryTitle, updated: entryUpdated, href: alternate[0]?.attributes.href ?? '',
      summary: own(entry, 'summary')[0]?.text.trim() ?? '', categories: own(entry, 'category').map((c) => c.attributes.term ?? ''),
    };
  });
  return { problems, feed: { id, title, links: own(feed, 'link').map((l) => l.attributes), entries } };
}
