import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { quote, type DataIssue } from '../issues.ts';

/** `editions[1].source` from the keys and positions leading to a value; `` at the top. */
const pathText = (path: readonly (string | number)[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/**
 * Keys given twice in one object of `text` (valid JSON), with the line of each repeat. JSON.parse keeps
 * the last silently; the YAML parser (JSON is YAML) keeps every key with its position, so each repeat
 * is found and located.
 */
export function duplicateKeys(text: string, file: string): DataIssue[] {
  const lines = new LineCounter();
  const document = parseDocument(text, { uniqueKeys: false, lineCounter: lines, version: '1.2', schema: 'json' });
  if (document.errors.length) return [];
  const issues: DataIssue[] = [];
  const lineAt = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : undefined);
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (isSeq(node)) node.items.forEach((item, i) => visit(item, [...path, i]));
    if (!isMap(node)) return;
    const first = new Map<string, number | undefined>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const line = lineAt(pair.key as Node);
      if (first.has(key)) {
        const where = path.length ? `${pathText(path)}: the key` : 'the key';
        const earlier = first.get(key);
        issues.push({
          file,
          ...(line !== undefined ? { line } : {}),
          message: `${where} ${quote(key)} is given twice${earlier === undefined ? '' : earlier === line ? ' on this line' : ` (first on line ${earlier})`}; a JSON reader keeps only the last one silently, so keep the one you mean and delete the other`,
        });
      } else first.set(key, line);
      visit(pair.value, [...path, key]);
    }
  };
  visit(document.contents, []);
  return issues;
}

/**
 * Parses a JSON file of the data folder (`manifest.json`, `groups.json`): a byte order mark is allowed,
 * a syntax error or a key given twice in one object is an issue naming the file (and the line).
 */
export function readJson(text: string, file: string): { json?: unknown; issues: DataIssue[] } {
  const body = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { issues: [{ file, message: `is not valid JSON (${(error as Error).message}); fix the syntax` }] };
  }
  const issues = duplicateKeys(body, file);
  return issues.length ? { issues } : { json, issues };
}
