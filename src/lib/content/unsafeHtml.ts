import type { DataIssue } from '../issues.ts';
import { lineOf, walk, type MdxNode } from './parseMdx.ts';

/** Elements that navigate, load or run something by themselves; content may not use them. */
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

/**
 * Raw HTML, links and code in MDX that would navigate, load or run something on a published page:
 * forbidden elements, `on…` handlers, `javascript:` URLs, `import`/`export` and JavaScript expressions.
 */
export function unsafeHtml(tree: MdxNode, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const say = (node: MdxNode, message: string) => {
    const line = lineOf(node);
    issues.push(line === undefined ? { file, message } : { file, line, message });
  };
  for (const node of walk(tree)) {
    if (node.type === 'mdxjsEsm') say(node, 'content cannot import or export code; use the components listed in EDITING.md');
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !/^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(String(node.value ?? ''))) {
      say(node, `content cannot run JavaScript ({${String(node.value).slice(0, 40)}}); write the text itself, or use a component`);
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url && scriptUrl(node.url)) {
      say(node, `the link to ${JSON.stringify(node.url.slice(0, 40))} would run code; link to a page or document instead`);
    }
    if (node.type === 'image' && node.url && EXTERNAL.test(node.url.trim())) say(node, externalMessage('the image', node.url));
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
    const name = node.name ?? '';
    const html = name === '' || /^[a-z]/.test(name);
    if (html && FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
      say(node, `<${name}> is not allowed in content: it would load, run or redirect to something on the published page; write the text, or link with [text](https://…)`);
    }
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute') {
        say(node, `<${name}> uses a spread attribute {...}; write each attribute as name="value"`);
        continue;
      }
      const attr = attribute.name ?? '';
      if (/^on/i.test(attr)) say(node, `<${name}> attribute ${attr} would run code on the published page; remove it`);
      const value = typeof attribute.value === 'string' ? attribute.value : attribute.value && typeof attribute.value === 'object' ? literal(String((attribute.value as { value?: unknown }).value ?? '')) : undefined;
      if (html && attr.toLowerCase() === 'srcdoc') say(node, `<${name}> attribute srcdoc would load a page inside the page; remove it`);
      if (value !== undefined && URL_ATTRIBUTES.has(attr.toLowerCase()) && scriptUrl(value)) {
        say(node, `<${name}> attribute ${attr}=${JSON.stringify(value.slice(0, 40))} would run code; link to a page or document instead`);
      }
      if (html && value !== undefined && LOADING_ATTRIBUTES.has(attr.toLowerCase()) && EXTERNAL.test(value.trim())) say(node, externalMessage(`<${name}> attribute ${attr}`, value));
      if (html && value === undefined && attribute.value && typeof attribute.value === 'object') {
        say(node, `<${name}> attribute ${attr} is a JavaScript expression; write it as plain text in quotes, ${attr}="…"`);
      }
    }
  }
  return issues;
}
