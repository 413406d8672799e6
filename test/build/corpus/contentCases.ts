/** Broken editorial content: each case breaks one thing in a copy of content/ and gives the exact messages. */
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Fixture } from './fixture.ts';

export interface ContentCase {
  name: string;
  arrange: (f: Fixture) => void;
  messages: string[];
}

export const FRONT = '---\ntitle: "Note"\nsummary: "A note."\nupdated: 2026-11-26\n---\n';
/** Writes `content/{path}` (folders made as needed). */
export const put = (f: Fixture, path: string, body: string) => {
  mkdirSync(dirname(join(f.content, path)), { recursive: true });
  writeFileSync(join(f.content, path), body);
};
/** Adds `body` after the frontmatter of content/countries/kor.mdx, from line 7 of a 5-line frontmatter file. */
export const inKorea = (f: Fixture, body: string) => put(f, 'countries/kor.mdx', `${FRONT}\n${body}\n`);
export const KOR = 'content/countries/kor.mdx';
export const RAW = 'is not allowed in content: it would load, run or redirect to something on the published page; write the text, or link with [text](https://…)';

export const contentCases: ContentCase[] = [
  {
    name: 'an MDX syntax error',
    arrange: (f) => inKorea(f, 'Korea leads.\n\n<Score country="KOR" index="dgi"\n\nMore text {'),
    messages: [`${KOR}:9: the MDX cannot be compiled: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`); fix the markup (a component is written <Score country="KOR" index="dgi" indicator="composite" />)`],
  },
  {
    name: 'a closing tag that does not match',
    arrange: (f) => inKorea(f, '<div>\n\ntext\n\n</span>'),
    messages: [`${KOR}:11: the MDX cannot be compiled: Unexpected closing tag \`</span>\`, expected corresponding closing tag for \`<div>\` (7:1); fix the markup (a component is written <Score country="KOR" index="dgi" indicator="composite" />)`],
  },
  ...['script', 'iframe', 'object', 'embed', 'link', 'base', 'form', 'style', 'frame'].map((tag) => ({
    name: `raw <${tag}>`,
    arrange: (f: Fixture) => inKorea(f, `Text.\n\n<${tag}></${tag}>`),
    messages: [`${KOR}:9: <${tag}> ${RAW}`],
  })),
  {
    name: '<meta http-equiv="refresh"> that takes readers off the site',
    arrange: (f) => inKorea(f, 'Text <meta http-equiv="refresh" content="0;url=https://evil.example" /> here.'),
    messages: [`${KOR}:7: <meta> ${RAW}`],
  },
  {
    name: 'an on… attribute',
    arrange: (f) => inKorea(f, '<p onMouseOver="alert(1)">Hover</p>'),
    messages: [`${KOR}:7: <p> attribute onMouseOver would run code on the published page; remove it`],
  },
  {
    name: 'a javascript: URL in an HTML link, with odd case and spaces',
    arrange: (f) => inKorea(f, '<a href=" JaVaScRiPt:alert(1)">click</a>'),
    messages: [`${KOR}:7: <a> attribute href=" JaVaScRiPt:alert(1)" would run code; link to a page or document instead`],
  },
  {
    name: 'a javascript: URL in a Markdown link',
    arrange: (f) => inKorea(f, 'See [the report](javascript:alert(1)).'),
    messages: [`${KOR}:7: the link to "javascript:alert(1)" would run code; link to a page or document instead`],
  },
  {
    name: 'an image loaded from another site',
    arrange: (f) => inKorea(f, '<img src="https://tracker.example/p.gif" alt="" />'),
    messages: [`${KOR}:7: <img> attribute src loads "https://tracker.example/p.gif" from another site, which the published page blocks (its security policy allows only the site's own files); put the file in public/ and use its path, or link to it with [text](https://tracker.example/p.gif)`],
  },
  {
    name: 'a Markdown image from another site',
    arrange: (f) => inKorea(f, '![chart](//cdn.example/c.png)'),
    messages: [`${KOR}:7: the image loads "//cdn.example/c.png" from another site, which the published page blocks (its security policy allows only the site's own files); put the file in public/ and use its path, or link to it with [text](//cdn.example/c.png)`],
  },
  {
    name: 'a javascript: URL among the frontmatter sources',
    arrange: (f) => put(f, 'countries/kor.mdx', FRONT.replace('---\n', '---\nsources:\n  - title: "x"\n    url: "javascript:alert(1)"\n').replace(/^---\n/, '---\n')),
    messages: [`${KOR}:4: frontmatter field "sources.0.url": give the full address of a web page, starting https:// (or http://)`],
  },
  {
    name: 'a link to a text outside the content folder',
    arrange: (f) => {
      writeFileSync(join(f.dir, 'secret.mdx'), FRONT + 'root:x:0:0\n');
      rmSync(join(f.content, 'countries/kor.mdx'));
      symlinkSync('../../secret.mdx', join(f.content, 'countries/kor.mdx'));
    },
    messages: [`${KOR}: is a link to a file outside the content folder, which is neither read nor published; copy the text into content/ instead`],
  },
  {
    name: 'a text saved as Windows-1252',
    arrange: (f) => put(f, 'countries/kor.mdx', Buffer.from(`${FRONT}\nCorée du Sud.\n`, 'latin1') as unknown as string),
    messages: [`${KOR}:7: the file is not UTF-8: byte 0xE9 on this line is not valid UTF-8 (read as Windows-1252 the line is "Corée du Sud."); save it as UTF-8 (in Excel: "CSV UTF-8"; in LibreOffice: character set "Unicode (UTF-8)") and run the command again`],
  },
  {
    name: 'an import that would run code at build time',
    arrange: (f) => inKorea(f, "import fs from 'node:fs'\n\nText."),
    messages: [`${KOR}:7: content cannot import or export code; use the components listed in EDITING.md`],
  },
  {
    name: 'an expression that would run at build time',
    arrange: (f) => inKorea(f, 'Text {process.exit(1)} here.'),
    messages: [`${KOR}:7: content cannot run JavaScript ({process.exit(1)}); write the text itself, or use a component`],
  },
  {
    name: 'a country note for a code with no profile (chn.mdx)',
    arrange: (f) => put(f, 'countries/chn.mdx', FRONT),
    messages: ['content/countries/chn.mdx: there is no profile for "CHN" (the data has no such country), so this note would never be shown; rename it to the code of a country in the data or remove it'],
  },
  {
    name: 'a country note named by the country (korea.mdx)',
    arrange: (f) => put(f, 'countries/korea.mdx', FRONT),
    messages: ['content/countries/korea.mdx: a country note is named by the lower-case ISO 3166-1 alpha-3 code of a country in the data, e.g. kor.mdx; "korea" is not one, so the note would never be shown'],
  },
  ...['countries', 'compare', 'search', 'downloads', 'data-quality', 'indices', 'fr', '404'].map((name) => ({
    name: `a page named like a built-in route (${name}.mdx)`,
    arrange: (f: Fixture) => put(f, `pages/${name}.mdx`, FRONT),
    messages: [`content/pages/${name}.mdx: the page name "${name}" is taken by the site's own /${name}/ page, so this text would never be shown; choose another name`],
  })),
  {
    name: 'a page name differing only by case (About.mdx)',
    arrange: (f) => renameSync(join(f.content, 'pages/about.mdx'), join(f.content, 'pages/About.mdx')),
    messages: ['content/pages/About.mdx: the name "About" is not a page address: use lower-case letters, digits and hyphens, no spaces, e.g. about.mdx'],
  },
  {
    name: 'two pages differing only by case',
    arrange: (f) => put(f, 'pages/About.mdx', FRONT),
    messages: [
      'content/pages/About.mdx: differs only by capitals from content/pages/about.mdx; addresses ignore case on many hosts, so keep one file',
      'content/pages/About.mdx: the name "About" is not a page address: use lower-case letters, digits and hyphens, no spaces, e.g. about.mdx',
      'content/pages/about.mdx: differs only by capitals from content/pages/About.mdx; addresses ignore case on many hosts, so keep one file',
    ],
  },
  {
    name: 'a page name with spaces',
    arrange: (f) => put(f, 'pages/open data.mdx', FRONT),
    messages: ['content/pages/open data.mdx: the name "open data" is not a page address: use lower-case letters, digits and hyphens, no spaces, e.g. open-data.mdx'],
  },
  {
    name: 'a Markdown file (.md) the site would not read',
    arrange: (f) => put(f, 'pages/news.md', FRONT),
    messages: ['content/pages/news.md: only .mdx files are published; rename it to news.mdx'],
  },
  {
    name: 'a folder the site does not read',
    arrange: (f) => put(f, 'blog/first.mdx', FRONT),
    messages: ['content/blog/first.mdx: the site does not read content/blog/; put a page in content/pages/, a country note in content/countries/, an index text in content/indices/'],
  },
  {
    name: 'a policy-area text for an indicator that does not exist',
    arrange: (f) => put(f, 'fr/indices/dgi/open-data.mdx', FRONT),
    messages: ['content/fr/indices/dgi/open-data.mdx: "open-data" is not a policy area of dgi, so this text would never be shown; name it after one of digital-by-design, data-driven-public-sector, government-as-a-platform, open-by-default, user-driven, proactiveness'],
  },
  {
    name: 'an impossible date (2026-02-30)',
    arrange: (f) => put(f, 'countries/kor.mdx', FRONT.replace('2026-11-26', '2026-02-30')),
    messages: [`${KOR}:4: frontmatter field "updated": "2026-02-30" is not a date in the calendar; write the date as YYYY-MM-DD, e.g. 2026-11-26`],
  },
  {
    name: 'a date written 03/04/2026',
    arrange: (f) => put(f, 'countries/kor.mdx', FRONT.replace('2026-11-26', '03/04/2026')),
    messages: [`${KOR}:4: frontmatter field "updated": "03/04/2026" is not in the form YYYY-MM-DD; write the date as YYYY-MM-DD, e.g. 2026-11-26`],
  },
  {
    name: 'edition={2023}, a number',
    arrange: (f) => inKorea(f, '<Score country="KOR" index="dgi" indicator="composite" edition={2023} />'),
    messages: [`${KOR}:7: <Score> attribute edition={2023} is a number, not text; write it in quotes: edition="2023"`],
  },
  {
    name: 'an attribute a component does not take',
    arrange: (f) => inKorea(f, '<Score country="KOR" index="dgi" indicator="composite" year="2023" />'),
    messages: [`${KOR}:7: <Score> has no attribute year; it takes country, index, indicator, edition`],
  },
];

/** Files saved by other editors that must be read as they are. */
export const readableContent: { name: string; arrange: (f: Fixture) => void }[] = [
  { name: 'frontmatter saved with a byte order mark', arrange: (f) => put(f, 'countries/kor.mdx', `\uFEFF${FRONT}\nText.\n`) },
  { name: 'frontmatter saved with CRLF line ends', arrange: (f) => put(f, 'countries/kor.mdx', `${FRONT}\nText.\n`.replace(/\n/g, '\r\n')) },
  { name: 'BOM and CRLF together', arrange: (f) => put(f, 'countries/kor.mdx', `\uFEFF${FRONT}\nText.\n`.replace(/\n/g, '\r\n')) },
  { name: 'a code example of <script> inside a code block', arrange: (f) => put(f, 'countries/kor.mdx', `${FRONT}\n\`\`\`html\n<script>alert(1)</script>\n\`\`\`\n`) },
  { name: 'an MDX comment', arrange: (f) => put(f, 'countries/kor.mdx', `${FRONT}\n{/* editor's note */}\n\nText.\n`) },
];

export const contentOf = (f: Fixture, path: string) => readFileSync(join(f.content, path), 'utf8');
