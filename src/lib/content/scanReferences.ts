import type { DataReference } from './references.ts';

export interface FoundReference {
  component: string;
  /** 1-based line in the file where the tag starts. */
  line: number;
  props: DataReference;
  /** Attributes that could not be read (e.g. a JS expression). */
  unreadable: string[];
}

const TAG = /<([A-Z][A-Za-z0-9]*)\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*)\/?>/g;
const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g;

/** Blanks out fenced code blocks and inline code so examples in them are not taken as components. */
function maskCode(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text.replace(/^(```|~~~)[\s\S]*?^\1/gm, blank).replace(/`[^`\n]*`/g, blank);
}

/** Finds every capitalised JSX tag in MDX source with its line and literal attribute values. */
export function scanReferences(source: string): FoundReference[] {
  const text = maskCode(source);
  const found: FoundReference[] = [];
  for (const match of text.matchAll(TAG)) {
    const line = text.slice(0, match.index).split('\n').length;
    const props: Record<string, unknown> = {};
    const unreadable: string[] = [];
    for (const attr of match[2]!.matchAll(ATTRIBUTE)) {
      const [, name, double, single, expression] = attr;
      if (expression === undefined) props[name!] = double ?? single;
      else {
        try {
          props[name!] = JSON.parse(expression.trim().replace(/'/g, '"'));
        } catch {
          unreadable.push(name!);
        }
      }
    }
    found.push({ component: match[1]!, line, props: props as DataReference, unreadable });
  }
  return found;
}
