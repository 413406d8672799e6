import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { decodeText } from '../csv/decode.ts';
import { languages } from '../i18n/translate.ts';
import type { DataIssue } from '../issues.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { builtInRoutes, checkContentFiles, linksLeaving, listFiles } from './contentFiles.ts';
import { parseMdx } from './parseMdx.ts';
import { checkReference } from './references.ts';
import { findReferences } from './findReferences.ts';
import { frontmatterSchema } from './schema.ts';
import { unsafeHtml } from './unsafeHtml.ts';

/** The frontmatter block: after an optional byte order mark, between `---` lines (LF or CRLF, trailing spaces allowed). */
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(\r?\n|$)/;

/** Checks the frontmatter of one file against the schema, naming the field and its line. */
function checkFrontmatter(source: string, file: string, queries: DataIndex): DataIssue[] {
  const issues: DataIssue[] = [];
  const head = FRONTMATTER.exec(source);
  if (!head) return [{ file, line: 1, message: 'the file has no frontmatter; start it with a --- block holding title, summary, updated and sources' }];
  const yaml = head[1]!.replace(/\r\n/g, '\n');
  const document = parseDocument(yaml);
  if (document.errors.length) {
    return document.errors.map((error) => ({ file, line: (error.linePos?.[0].line ?? 0) + 1, message: `frontmatter is not valid YAML: ${error.message.split('\n')[0]}` }));
  }
  const result = frontmatterSchema.safeParse(document.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || '(frontmatter)';
      const node = document.getIn(issue.path, true) as { range?: [number, number] } | undefined;
      const line = node?.range ? yaml.slice(0, node.range[0]).split('\n').length + 1 : 1;
      issues.push({ file, line, message: `frontmatter field "${field}": ${issue.message}` });
    }
    return issues;
  }
  for (const code of result.data.related.countries) {
    if (!queries.country(code)) issues.push({ file, message: `frontmatter field "related.countries": "${code}" is not a country in the data` });
  }
  for (const ref of result.data.related.indicators) {
    const [index, indicator] = ref.split('/');
    if (!queries.indicator(index!, indicator!)) issues.push({ file, message: `frontmatter field "related.indicators": "${ref}" is not an indicator; write "{index}/{indicator}", e.g. "dgi/open-by-default"` });
  }
  return issues;
}

/**
 * Checks every file under `contentDir`, the one place content is validated (the build runs it first;
 * the components check their props with the same checkReference): where the file sits, its frontmatter,
 * that the MDX compiles, raw HTML that would navigate, load or run, and each data component's country,
 * index, indicator and edition against the dataset (naming the line).
 */
export function checkContent(contentDir: string, queries: DataIndex, pagesDir = resolve('src/pages')): DataIssue[] {
  if (!existsSync(contentDir)) {
    return [{ file: relative(process.cwd(), contentDir) || contentDir, message: 'the content folder does not exist; set CONTENT_DIR to the folder holding the MDX texts, or unset it to use content/' }];
  }
  const listed = listFiles(contentDir);
  const refused = new Map(linksLeaving(contentDir, listed).map(({ path, message }) => [path, message]));
  const files = listed.filter((path) => !refused.has(path));
  const issues: DataIssue[] = [...refused].map(([path, message]) => ({ file: relative(process.cwd(), path), message }));
  issues.push(...checkContentFiles(contentDir, files, queries, builtInRoutes(pagesDir, languages), languages));
  for (const path of files.filter((f) => f.endsWith('.mdx'))) {
    const file = relative(process.cwd(), path);
    const decoded = decodeText(readFileSync(path), file);
    if (decoded.issue) {
      issues.push(decoded.issue);
      continue;
    }
    const source = decoded.text!;
    issues.push(...checkFrontmatter(source, file, queries));
    const parsed = parseMdx(source, file);
    if (!parsed.tree) {
      issues.push(parsed.issue!);
      continue;
    }
    issues.push(...unsafeHtml(parsed.tree, file));
    for (const ref of findReferences(parsed.tree)) {
      for (const prop of ref.unreadable) issues.push({ file, line: ref.line, message: `<${ref.component}> attribute ${prop} must be a plain string or list, e.g. countries={["KOR","DNK"]}` });
      for (const message of checkReference(queries, ref.component, ref.props)) issues.push({ file, line: ref.line, message });
    }
  }
  return issues;
}

