/**
 * Content markup checked by allow-list (issue 24): SVG drawings and MathML formulas limited to drawing and
 * presentation, no animation, links out of a drawing to https: or the site only; frontmatter without YAML
 * tags or aliases; figures on a line of their own. Each case gives its exact message.
 */
import { FRONT, inKorea, KOR, put, RAW, type ContentCase } from './contentCases.ts';
import type { Fixture } from './fixture.ts';

const SEE = 'see "What content may not contain" in EDITING.md';
const DRAWING = `is not one of the drawing elements an SVG in content may use (shapes, text, groups, gradients, patterns, clips, masks, markers, still filters and links); remove it (${SEE})`;
const ANIMATION = "is not allowed in a drawing: an animation element changes the drawing's attributes, links included, after the page is shown; draw it still, with shapes, text and groups";
const ELSEWHERE = 'is not allowed in a drawing: a link there goes to an https: page or a path of the site, e.g. href="https://www.oecd.org/" or href="/countries/kor/"';
/** Frontmatter with `yaml` in place of its sources (after title, summary, updated: from line 5). */
const withYaml = (f: Fixture, yaml: string) => put(f, 'countries/kor.mdx', FRONT.replace(/---\n$/, `${yaml}\n---\n`));

export const markupCases: ContentCase[] = [
  {
    name: '<animate> setting a link to javascript: inside an SVG link',
    arrange: (f) => inKorea(f, '<svg viewBox="0 0 10 10">\n  <a href="#top">\n    <animate attributeName="href" values="javascript:alert(1)" />\n    <text x="1" y="9">Go</text>\n  </a>\n</svg>'),
    messages: [`${KOR}:9: <animate> ${ANIMATION}`],
  },
  {
    name: '<set> setting a link to javascript:',
    arrange: (f) => inKorea(f, '<svg>\n  <a href="/countries/kor/">\n    <set attributeName="href" to="javascript:alert(1)" />\n  </a>\n</svg>'),
    messages: [`${KOR}:9: <set> ${ANIMATION}`],
  },
  ...['animateMotion', 'animateTransform', 'discard'].map((tag) => ({
    name: `<${tag}> in a drawing`,
    arrange: (f: Fixture) => inKorea(f, `<svg><${tag} /></svg>`),
    messages: [`${KOR}:7: <${tag}> ${ANIMATION}`],
  })),
  {
    name: '<foreignObject> bringing HTML into a drawing',
    arrange: (f) => inKorea(f, '<svg>\n  <foreignObject width="10" height="10"><p>text</p></foreignObject>\n</svg>'),
    messages: [`${KOR}:8: <foreignObject> ${DRAWING}`],
  },
  {
    name: '<script> inside a drawing',
    arrange: (f) => inKorea(f, '<svg>\n  <script>alert(1)</script>\n</svg>'),
    messages: [`${KOR}:8: <script> ${RAW}`],
  },
  {
    name: '<image> loading a picture into a drawing',
    arrange: (f) => inKorea(f, '<svg><image href="/logo.png" /></svg>'),
    messages: [`${KOR}:7: <image> ${DRAWING}`],
  },
  {
    name: 'an SVG link to http: (not https:)',
    arrange: (f) => inKorea(f, '<svg><a href="http://evil.example/"><text>x</text></a></svg>'),
    messages: [`${KOR}:7: <a> attribute href="http://evil.example/" ${ELSEWHERE}`],
  },
  {
    name: 'an SVG link to another host written //host',
    arrange: (f) => inKorea(f, '<svg><a href="//evil.example/"><text>x</text></a></svg>'),
    messages: [`${KOR}:7: <a> attribute href="//evil.example/" ${ELSEWHERE}`],
  },
  {
    name: 'an SVG link to data:',
    arrange: (f) => inKorea(f, '<svg><a href="data:text/plain,hi"><text>x</text></a></svg>'),
    messages: [`${KOR}:7: <a> attribute href="data:text/plain,hi" ${ELSEWHERE}`],
  },
  {
    name: 'an SVG link to javascript:',
    arrange: (f) => inKorea(f, '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>'),
    messages: [`${KOR}:7: <a> attribute href="javascript:alert(1)" would run code; link to a page or document instead`],
  },
  {
    name: 'xlink:href in a drawing',
    arrange: (f) => inKorea(f, '<svg><a xlink:href="https://www.oecd.org/"><text>x</text></a></svg>'),
    messages: [`${KOR}:7: <a> attribute xlink:href is not allowed in a drawing; write href="https://…" (or href="#id" to refer to a part of the drawing)`],
  },
  {
    name: '<use> of a file from another site',
    arrange: (f) => inKorea(f, '<svg><use href="https://evil.example/sprite.svg#a" /></svg>'),
    messages: [`${KOR}:7: <use> attribute href="https://evil.example/sprite.svg#a" must refer to a part of the drawing, href="#id"`],
  },
  {
    name: 'a paint from outside the drawing',
    arrange: (f) => inKorea(f, '<svg><rect width="5" height="5" fill="url(https://evil.example/p.svg#g)" /></svg>'),
    messages: [`${KOR}:7: <rect> attribute fill="url(https://evil.example/p.svg#g)" refers to something outside the drawing; refer to a part of it, url(#id)`],
  },
  {
    name: 'a style attribute in a drawing',
    arrange: (f) => inKorea(f, '<svg><rect width="5" height="5" style="fill:red" /></svg>'),
    messages: [`${KOR}:7: <rect> attribute style is not a presentation attribute an SVG in content may use; remove it (${SEE})`],
  },
  {
    name: 'a presentation attribute in its JSX spelling, which the browser would ignore',
    arrange: (f) => inKorea(f, '<svg><rect width="5" height="5" strokeWidth="2" /></svg>'),
    messages: [`${KOR}:7: <rect> attribute strokeWidth is written stroke-width in SVG (the page keeps names as written, and a browser ignores strokeWidth); write stroke-width="…"`],
  },
  {
    name: 'an event handler in a drawing',
    arrange: (f) => inKorea(f, '<svg><rect width="5" height="5" onClick="alert(1)" /></svg>'),
    messages: [`${KOR}:7: <rect> attribute onClick would run code on the published page; remove it`],
  },
  {
    name: '<maction> in a formula',
    arrange: (f) => inKorea(f, '<math><maction actiontype="toggle"><mi>x</mi></maction></math>'),
    messages: [`${KOR}:7: <maction> is not one of the MathML presentation elements content may use; remove it (${SEE})`],
  },
  {
    name: 'a link on a MathML element',
    arrange: (f) => inKorea(f, '<math><mi href="https://evil.example/">x</mi></math>'),
    messages: [`${KOR}:7: <mi> attribute href is not a MathML presentation attribute content may use; remove it (${SEE})`],
  },
  {
    name: 'an HTML element that is not for text (<video>)',
    arrange: (f) => inKorea(f, '<video src="/clip.mp4"></video>'),
    messages: [`${KOR}:7: <video> is not an element content may use; write Markdown or the HTML elements for text (${SEE})`],
  },
  {
    name: 'a data- attribute the site reads from its own pages',
    arrange: (f) => inKorea(f, '<div data-chart-file="x">text</div>'),
    messages: [`${KOR}:7: <div> attribute data-chart-file is not an attribute content may use; remove it (${SEE})`],
  },
  {
    name: 'a YAML alias bomb in the frontmatter is named with its file and line',
    arrange: (f) => withYaml(f, 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]'),
    messages: [`${KOR}:6: frontmatter uses the YAML alias *a, 27 aliases in all; write each value itself (aliases and anchors are not read in frontmatter)`],
  },
  {
    name: 'a !!js/function tag in the frontmatter',
    arrange: (f) => put(f, 'countries/kor.mdx', FRONT.replace('title: "Note"', 'title: !!js/function "function () { return 1 }"')),
    messages: [`${KOR}:2: frontmatter uses the YAML tag !!js/function; remove it and write a plain value (text, a date, a list)`],
  },
  {
    name: 'a custom YAML tag in the frontmatter',
    arrange: (f) => put(f, 'countries/kor.mdx', FRONT.replace('summary: "A note."', 'summary: !secret "A note."')),
    messages: [`${KOR}:3: frontmatter uses the YAML tag !secret; remove it and write a plain value (text, a date, a list)`],
  },
  {
    name: 'a country listed twice in <CountryCompare>',
    arrange: (f) => inKorea(f, '<CountryCompare countries={["KOR","DNK","KOR"]} index="dgi" edition="2023" />'),
    messages: [`${KOR}:7: <CountryCompare> lists the country "KOR" twice; list each country once`],
  },
  {
    name: 'an <IndicatorChart> inside a sentence',
    arrange: (f) => inKorea(f, 'Korea leads, as <IndicatorChart index="dgi" indicator="composite" /> shows.'),
    messages: [`${KOR}:7: <IndicatorChart> is a figure, so it stands on a line of its own, with a blank line before and after; take it out of the sentence`],
  },
];

/** Markup inside the allow-lists, which the check must pass as it is. */
export const readableMarkup: { name: string; arrange: (f: Fixture) => void }[] = [
  {
    name: 'a still SVG drawing with a title, shapes, a gradient, text and an https: link',
    arrange: (f) =>
      inKorea(f, '<svg viewBox="0 0 100 20" role="img" aria-label="A bar">\n  <title>A bar</title>\n  <defs><linearGradient id="g"><stop offset="0" stop-color="#0a4a94" /></linearGradient></defs>\n  <rect x="0" y="0" width="80" height="20" fill="url(#g)" stroke-width="1" />\n  <a href="https://www.oecd.org/"><text x="2" y="15" font-size="10">OECD</text></a>\n  <use href="#g" />\n</svg>'),
  },
  { name: 'a MathML formula', arrange: (f) => inKorea(f, '<math display="block"><mrow><mi>x</mi><mo>=</mo><mfrac><mn>1</mn><mn>6</mn></mfrac></mrow></math>') },
  { name: 'HTML for text: a table with a caption, an abbreviation, a site image', arrange: (f) => inKorea(f, '<table><caption>Scores</caption><tbody><tr><th scope="row"><abbr title="Korea">KOR</abbr></th><td colSpan="2">0.935</td></tr></tbody></table>\n\n<img src="/favicon.svg" alt="" />') },
  { name: 'an <IndicatorChart> on a line of its own', arrange: (f) => inKorea(f, 'Korea leads.\n\n<IndicatorChart index="dgi" indicator="composite" />\n\nMore text.') },
];
