import { mdxToJs, mdxToMdast, type MdastNode } from 'satteri';
import type { DataIssue } from '../issues.ts';

/** A node of the MDX syntax tree, as far as the checks read it. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number; column: number } };
}

/**
 * Compiles `source` with the MDX compiler Astro builds with (Sätteri) and returns its syntax tree, or the
 * syntax error at its file line. Lines count from the file's first line, frontmatter included.
 */
export function parseMdx(source: string, file: string): { tree?: MdxNode; issue?: DataIssue } {
  try {
    mdxToJs(source, { features: { gfm: true, smartPunctuation: true }, jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
    return { tree: mdxToMdast(source, { features: { gfm: true } }) as MdastNode as unknown as MdxNode };
  } catch (error) {
    const text = String((error as Error)?.message ?? error);
    const at = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(text);
    const message = (at ? text.slice(at[0].length) : text).replace(/\s*\((?:mdx|micromark)[\w-]*:[\w-]+\)\s*$/, '').split('\n')[0]!;
    return { issue: { file, ...(at ? { line: Number(at[1]) } : {}), message: `the MDX cannot be compiled: ${message}; fix the markup (a component is written <Score country="KOR" index="dgi" indicator="composite" />)` } };
  }
}

/** Every node of `tree`, depth first, in document order. */
export function* walk(tree: MdxNode): Generator<MdxNode> {
  yield tree;
  for (const child of tree.children ?? []) yield* walk(child);
}

export const lineOf = (node: MdxNode): number | undefined => node.position?.start.line;
