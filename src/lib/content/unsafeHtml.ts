import type { DataIssue } from '../issues.ts';
import { allowedAttribute, HTML_ELEMENTS, kebab, MATH_ELEMENTS, SVG_ANIMATION, SVG_ATTRIBUTES, SVG_ELEMENTS } from './allowList.ts';
import { lineOf, type MdxNode } from './parseMdx.ts';

/** Elements that navigate, load or run something by themselves: named in their own message. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'meta', 'link', 'base', 'form', 'style', 'template']);
/** Attributes that take a URL the browser may load or navigate to. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'srcset', 'background', 'ping', 'xlink:href', 'xlinkhref', 'cite', 'manifest']);
/** Attributes whose URL the page loads by itself (not on a click). */
const LOADING_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'data', 'background']);
/** A URL on another site: the page would load it from there, which the site's Content Security Policy blocks. */
const EXTERNAL = /^(https?:)?\/\//i;
const externalMessage = (what: string, url: string) =>
  `${what} loads ${JSON.stringify(url.slice(0, 60))} from another site, which the published page blocks (its security policy allows only the site's own files); put the file in public/ and use its path, or link to it with [text](${url.slice(0, 60)})`;
const SCRIPT_URL = /^(javascript|vbscript|data:text\/html|data:image\/svg)/;
/** A link a drawing may hold: to an https: page, a path of the site (not `//host`), or a place in the page. */
const DRAWING_LINK = /^(https:\/\/|\/(?!\/)|#)/i;
const RAW = 'is not allowed in content: it would load, run or redirect to something on the published page; write the text, or link with [text](https://…)';
const SEE = 'see "What content may not contain" in EDITING.md';

/** The URL as a browser reads it: case, spaces and control characters inside the scheme do not count. */
function scriptUrl(url: string): boolean {
  return SCRIPT_URL.test(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase());
}

/** A string literal in an attribute expression (`href={"…"}`), or undefined when it is not one. */
function literal(expression: string): string | undefined {
  try {
    const value = JSON.parse(expression.trim().replace(/^'(.*)'$/s, '"$1"').replace(/^`(.*)`$/s, '"$1"'));
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

type Family = 'html' | 'svg' | 'math';

/** Why element `name` of `family` may not be used, or undefined when it may. */
function elementProblem(family: Family, name: string): string | undefined {
  const lower = name.toLowerCase();
  if (FORBIDDEN_ELEMENTS.has(lower)) return `<${name}> ${RAW}`;
  if (family === 'svg') {
    if (SVG_ANIMATION.has(name)) return `<${name}> is not allowed in a drawing: an animation element changes the drawing's attributes, links included, after the page is shown; draw it still, with shapes, text and groups`;
    if (!SVG_ELEMENTS.has(name)) return `<${name}> is not one of the drawing elements an SVG in content may use (shapes, text, groups, gradients, patterns, clips, masks, markers, still filters and links); remove it (${SEE})`;
  } else if (family === 'math') {
    if (!MATH_ELEMENTS.has(name)) return `<${name}> is not one of the MathML presentation elements content may use; remove it (${SEE})`;
  } else if (!HTML_ELEMENTS.has(lower) && lower !== 'svg' && lower !== 'math') {
    return `<${name}> is not an element content may use; write Markdown or the HTML elements for text (${SEE})`;
  }
  return undefined;
}

/**
 * Raw HTML, SVG, MathML, links and code in MDX that could navigate, load or run something on a published
 * page. Elements and attributes are checked against allow-lists (allowList.ts), with a message of their
 * own for what is known to be dangerous: forbidden elements, `on…` handlers, `javascript:` URLs, SVG
 * animation, links out of a drawing other than https:, `import`/`export` and JavaScript expressions.
 */
export function unsafeHtml(tree: MdxNode, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const say = (node: MdxNode, message: string) => {
    const line = lineOf(node);
    issues.push(line === undefined ? { file, message } : { file, line, message });
  };
  const attributes = (node: MdxNode, family: Family, name: string, component: boolean) => {
    const html = family === 'html' && !component;
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute') {
        say(node, `<${name}> uses a spread attribute {...}; write each attribute as name="value"`);
        continue;
      }
      const attr = attribute.name ?? '';
      const lower = attr.toLowerCase();
      if (/^on/i.test(attr)) {
        say(node, `<${name}> attribute ${attr} would run code on the published page; remove it`);
        continue;
      }
      const value = typeof attribute.value === 'string' ? attribute.value : attribute.value && typeof attribute.value === 'object' ? literal(String((attribute.value as { value?: unknown }).value ?? '')) : undefined;
      if (html && lower === 'srcdoc') {
        say(node, `<${name}> attribute srcdoc would load a page inside the page; remove it`);
        continue;
      }
      if (value !== undefined && URL_ATTRIBUTES.has(lower) && scriptUrl(value)) {
        say(node, `<${name}> attribute ${attr}=${JSON.stringify(value.slice(0, 40))} would run code; link to a page or document instead`);
        continue;
      }
      if (component) continue;
      if (value === undefined && attribute.value && typeof attribute.value === 'object') {
        say(node, `<${name}> attribute ${attr} is a JavaScript expression; write it as plain text in quotes, ${attr}="…"`);
        continue;
      }
      if (html && value !== undefined && LOADING_ATTRIBUTES.has(lower) && EXTERNAL.test(value.trim())) {
        say(node, externalMessage(`<${name}> attribute ${attr}`, value));
        continue;
      }
      if (family === 'svg' && (lower === 'xlink:href' || lower === 'xlinkhref')) {
        say(node, `<${name}> attribute ${attr} is not allowed in a drawing; write href="https://…" (or href="#id" to refer to a part of the drawing)`);
        continue;
      }
      if (family === 'svg' && attr === 'href' && !(value !== undefined && (name === 'use' ? value.startsWith('#') : DRAWING_LINK.test(value.trim())))) {
        say(node, name === 'use' ? `<use> attribute href=${JSON.stringify(String(value ?? '').slice(0, 40))} must refer to a part of the drawing, href="#id"` : `<${name}> attribute href=${JSON.stringify(String(value ?? '').slice(0, 40))} is not allowed in a drawing: a link there goes to an https: page or a path of the site, e.g. href="https://www.oecd.org/" or href="/countries/kor/"`);
        continue;
      }
      if (family === 'svg' && value !== undefined && /url\s*\(/i.test(value) && !/^\s*url\(\s*#[^)]*\)\s*$/i.test(value)) {
        say(node, `<${name}> attribute ${attr}=${JSON.stringify(value.slice(0, 40))} refers to something outside the drawing; refer to a part of it, url(#id)`);
        continue;
      }
      if (family === 'svg' && !SVG_ATTRIBUTES.has(attr) && SVG_ATTRIBUTES.has(kebab(attr))) {
        say(node, `<${name}> attribute ${attr} is written ${kebab(attr)} in SVG (the page keeps names as written, and a browser ignores ${attr}); write ${kebab(attr)}="…"`);
        continue;
      }
      if (!allowedAttribute(family, family === 'html' ? name.toLowerCase() : name, family === 'html' ? lower : attr)) {
        const kind = family === 'svg' ? 'a presentation attribute an SVG in content may use' : family === 'math' ? 'a MathML presentation attribute content may use' : 'an attribute content may use';
        say(node, `<${name}> attribute ${attr} is not ${kind}; remove it (${SEE})`);
      }
    }
  };
  const visit = (node: MdxNode, family: Family): void => {
    if (node.type === 'mdxjsEsm') say(node, 'content cannot import or export code; use the components listed in EDITING.md');
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !/^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(String(node.value ?? ''))) {
      say(node, `content cannot run JavaScript ({${String(node.value).slice(0, 40)}}); write the text itself, or use a component`);
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url && scriptUrl(node.url)) {
      say(node, `the link to ${JSON.stringify(node.url.slice(0, 40))} would run code; link to a page or document instead`);
    }
    if (node.type === 'image' && node.url && EXTERNAL.test(node.url.trim())) say(node, externalMessage('the image', node.url));
    let inner = family;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      const component = family === 'html' && /^[A-Z]/.test(name);
      if (family === 'html' && name === 'svg') inner = 'svg';
      if (family === 'html' && name === 'math') inner = 'math';
      const problem = name === '' || component ? undefined : elementProblem(family, name);
      // A refused element goes as a whole: what it holds is not reported as well.
      if (problem) return say(node, problem);
      attributes(node, inner, name, component);
    }
    for (const child of node.children ?? []) visit(child, inner);
  };
  visit(tree, 'html');
  return issues;
}
