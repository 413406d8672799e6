import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { isAlias, parseDocument, visit, type Node } from 'yaml';
import { decodeText } from '../csv/decode.ts';
import { languages } from '../i18n/translate.ts';
import type { DataIssue } from '../issues.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { builtInRoutes, checkContentFiles, linksLeaving, listFiles } from './contentFiles.ts';
import { parseMdx } from './parseMdx.ts';
import { blockComponents, checkReference } from './references.ts';
import { findReferences } from './findReferences.ts';
import { frontmatterSchema } from './schema.ts';
import { unsafeHtml } from './unsafeHtml.ts';

/** The frontmatter block: after an optional byte order mark, between `---` lines (LF or CRLF, trailing spaces allowed). */
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(\r?\n|$)/;

/** Checks the frontmatter of one file against the schema, naming the field and its line. */
function checkFrontmatter(source: string, file: string, data: DataIndex): DataIssue[] {
  const issues: DataIssue[] = [];
  const head = FRONTMATTER.exec(source);
  if (!head) return [{ file, line: 1, message: 'the file has no frontmatter; start it with a --- block holding title, summary, updated and sources' }];
  const yaml = head[1]!.replace(/\r\n/g, '\n');
  const document = parseDocument(yaml);
  if (document.errors.length) {
    return document.errors.map((error) => ({ file, line: (error.linePos?.[0].line ?? 0) + 1, message: `frontmatter is not valid YAML: ${error.message.split('\n')[0]}` }));
  }
  const special = yamlFeatures(document, yaml, file);
  if (special.length) return special;
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
    if (!data.country(code)) issues.push({ file, message: `frontmatter field "related.countries": "${code}" is not a country in the data` });
  }
  for (const ref of result.data.related.indicators) {
    const [index, indicator] = ref.split('/');
    if (!data.indicator(index!, indicator!)) issues.push({ file, message: `frontmatter field "related.indicators": "${ref}" is not an indicator; write "{index}/{indicator}", e.g. "dgi/open-by-default"` });
  }
  return issues;
}

/**
 * Tags (`!!js/function`, `!custom`) and aliases (`*name`) in frontmatter, with the file and line: the
 * site's own build parses frontmatter with another YAML reader, which rejects some tags, and aliases can
 * multiply a few lines into gigabytes. Plain values are all frontmatter needs.
 */
function yamlFeatures(document: ReturnType<typeof parseDocument>, yaml: string, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const lineOf = (node: Node) => yaml.slice(0, node.range?.[0] ?? 0).split('\n').length + 1;
  const aliases: { line: number; name: string }[] = [];
  visit(document, {
    Node(_, node) {
      if (isAlias(node)) aliases.push({ line: lineOf(node), name: node.source });
      else if (node.tag) {
        const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
        issues.push({ file, line: lineOf(node), message: `frontmatter uses the YAML tag ${tag}; remove it and write a plain value (text, a date, a list)` });
      }
    },
  });
  const [first] = aliases;
  if (first) {
    const all = aliases.length > 1 ? `, ${aliases.length} aliases in all` : '';
    issues.push({ file, line: first.line, message: `frontmatter uses the YAML alias *${first.name}${all}; write each value itself (aliases and anchors are not read in frontmatter)` });
  }
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Checks every file under `contentDir`, the one place content is validated (the build runs it first;
 * the components check their props with the same checkReference): where the file sits, its frontmatter,
 * that the MDX compiles, raw HTML that would navigate, load or run, and each data component's country,
 * index, indicator and edition against the dataset (naming the line).
 */
export function checkContent(contentDir: string, data: DataIndex, pagesDir = resolve('src/pages')): DataIssue[] {
  if (!existsSync(contentDir)) {
    return [{ file: relative(process.cwd(), contentDir) || contentDir, message: 'the content folder does not exist; set CONTENT_DIR to the folder holding the MDX texts, or unset it to use content/' }];
  }
  const listed = listFiles(contentDir);
  const refused = new Map(linksLeaving(contentDir, listed).map(({ path, message }) => [path, message]));
  const files = listed.filter((path) => !refused.has(path));
  const issues: DataIssue[] = [...refused].map(([path, message]) => ({ file: relative(process.cwd(), path), message }));
  issues.push(...checkContentFiles(contentDir, files, data, builtInRoutes(pagesDir, languages), languages));
  for (const path of files.filter((f) => f.endsWith('.mdx'))) {
    const file = relative(process.cwd(), path);
    const decoded = decodeText(readFileSync(path), file);
    if (decoded.issue) {
      issues.push(decoded.issue);
      continue;
    }
    const source = decoded.text!;
    issues.push(...checkFrontmatter(source, file, data));
    const parsed = parseMdx(source, file);
    if (!parsed.tree) {
      issues.push(parsed.issue!);
      continue;
    }
    issues.push(...unsafeHtml(parsed.tree, file));
    for (const ref of findReferences(parsed.tree)) {
      if (ref.inline && blockComponents.has(ref.component)) issues.push({ file, line: ref.line, message: `<${ref.component}> is a figure, so it stands on a line of its own, with a blank line before and after; take it out of the sentence` });
      for (const prop of ref.unreadable) issues.push({ file, line: ref.line, message: `<${ref.component}> attribute ${prop} must be a plain string or list, e.g. countries={["KOR","DNK"]}` });
      for (const message of checkReference(data, ref.component, ref.props)) issues.push({ file, line: ref.line, message });
    }
  }
  return issues;
}

