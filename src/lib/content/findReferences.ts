import { lineOf, walk, type MdxNode } from './parseMdx.ts';

interface FoundReference {
  component: string;
  /** 1-based line in the file where the tag starts. */
  line: number;
  /** Attribute values as written: text, or the value of a literal expression (`{["KOR","DNK"]}`, `{2023}`). */
  props: Record<string, unknown>;
  /** Attributes that could not be read (e.g. a JS expression that is not a literal). */
  unreadable: string[];
  /** True when the tag sits inside a sentence (an MDX text element) rather than on a line of its own. */
  inline: boolean;
}

/** The value of a literal expression: a JSON-like string, number, boolean or list. */
function literal(expression: string): { value?: unknown; ok: boolean } {
  try {
    return { value: JSON.parse(expression.trim().replace(/'/g, '"')), ok: true };
  } catch {
    return { ok: false };
  }
}

/** Every capitalised JSX element (a component) in the MDX syntax tree, with its line and attribute values. */
export function findReferences(tree: MdxNode): FoundReference[] {
  const found: FoundReference[] = [];
  for (const node of walk(tree)) {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !/^[A-Z]/.test(node.name ?? '')) continue;
    // No prototype: an attribute may be called `constructor` or `__proto__`.
    const props: Record<string, unknown> = Object.create(null);
    const unreadable: string[] = [];
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
      const value = attribute.value;
      if (value === null || value === undefined) props[attribute.name] = true;
      else if (typeof value === 'string') props[attribute.name] = value;
      else {
        const parsed = literal(String((value as { value?: unknown }).value ?? ''));
        if (parsed.ok) props[attribute.name] = parsed.value;
        else unreadable.push(attribute.name);
      }
    }
    found.push({ component: node.name!, line: lineOf(node) ?? 1, props, unreadable, inline: node.type === 'mdxJsxTextElement' });
  }
  return found;
}
