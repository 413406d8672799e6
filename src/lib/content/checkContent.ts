import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { DataIssue } from '../issues.ts';
import type { Queries } from '../query/createQueries.ts';
import { checkReference } from './references.ts';
import { scanReferences } from './scanReferences.ts';
import { frontmatterSchema } from './schema.ts';

function listMdx(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listMdx(path);
      return name.endsWith('.mdx') ? [path] : [];
    });
}

/**
 * Checks every MDX file under `contentDir`: frontmatter against the schema (naming the field) and each
 * data component's country, index, indicator and edition against the dataset (naming the line).
 */
export function checkContent(contentDir: string, queries: Queries): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const path of listMdx(contentDir)) {
    const file = relative(process.cwd(), path);
    const source = readFileSync(path, 'utf8');
    const head = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
    if (!head) {
      issues.push({ file, line: 1, message: 'the file has no frontmatter; start it with a --- block holding title, summary, updated and sources' });
    } else {
      const document = parseDocument(head[1]!);
      if (document.errors.length) {
        for (const error of document.errors) issues.push({ file, line: (error.linePos?.[0].line ?? 0) + 1, message: `frontmatter is not valid YAML: ${error.message.split('\n')[0]}` });
      } else {
        const result = frontmatterSchema.safeParse(document.toJS());
        if (!result.success) {
          for (const issue of result.error.issues) {
            const field = issue.path.join('.') || '(frontmatter)';
            const node = document.getIn(issue.path, true) as { range?: [number, number] } | undefined;
            const line = node?.range ? head[1]!.slice(0, node.range[0]).split('\n').length + 1 : 1;
            issues.push({ file, line, message: `frontmatter field "${field}": ${issue.message}` });
          }
        } else {
          for (const code of result.data.related.countries) {
            if (!queries.country(code)) issues.push({ file, message: `frontmatter field "related.countries": "${code}" is not a country in the data` });
          }
          for (const ref of result.data.related.indicators) {
            const [index, indicator] = ref.split('/');
            if (!queries.indicator(index!, indicator!)) issues.push({ file, message: `frontmatter field "related.indicators": "${ref}" is not an indicator; write "{index}/{indicator}", e.g. "dgi/open-by-default"` });
          }
        }
      }
    }
    for (const ref of scanReferences(source)) {
      for (const prop of ref.unreadable) issues.push({ file, line: ref.line, message: `<${ref.component}> attribute ${prop} must be a plain string or list, e.g. countries={["KOR","DNK"]}` });
      for (const message of checkReference(queries, ref.component, ref.props)) issues.push({ file, line: ref.line, message });
    }
  }
  return issues;
}
