// What a script shows, described as plain data (testable without a document) and turned into DOM by `toNode`
// with createElement, setAttribute and text nodes: nothing is parsed as HTML, so the strict CSP holds. The search
// page builds its results and filters with it; the compare page keeps its own el() (see compare.ts).

export interface View {
  tag: string;
  attrs: Record<string, string>;
  children: (View | string)[];
}

type Attrs = Record<string, string | boolean | undefined>;
type Child = View | string | false | null | undefined;

/** An element: `true` attributes are present and empty, `false` and `undefined` ones left out; so are empty, false and null children. */
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): View {
  const set: Record<string, string> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) set[name] = '';
    else if (typeof value === 'string') set[name] = value;
  }
  return { tag, attrs: set, children: children.filter((c): c is View | string => !!c) };
}

export function toNode(view: View | string): Node {
  if (typeof view === 'string') return document.createTextNode(view);
  const node = document.createElement(view.tag);
  for (const [name, value] of Object.entries(view.attrs)) node.setAttribute(name, value);
  node.append(...view.children.map(toNode));
  return node;
}
