import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { decodeText } from '../csv/decode.ts';
import { languages } from '../i18n/translate.ts';
import type { DataIssue } from '../issues.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { listFiles } from './contentFiles.ts';

/** One text's review date as its frontmatter gives it. */
export interface TextDate {
  /** As the editor sees it, e.g. `content/indices/dgi.mdx`. */
  file: string;
  /** Path under the content folder, without a language prefix: `indices/dgi/open-by-default.mdx`. */
  path: string;
  /** `updated`, YYYY-MM-DD. */
  updated: string;
  /** The line of `updated` (line 1 is the opening `---`). */
  line: number;
}

/**
 * Texts older than the newest data change they may speak of, as warnings with `file:line`: a text under
 * `indices/{index}` against that index's newest edition, every other text against the newest of all. An
 * edition counts from the day its file was added (`added` in the manifest), else from its publication month
 * (a text reviewed in that month or later is current). The
 * texts are not wrong for being old (figures come from components); the list says what an editor should
 * re-read when an edition is added, so it warns and does not stop the build.
 */
/** When an edition last changed the data: the day its file was added (`added`), else its publication month. */
const changed = (e: { published: string; added?: string | undefined }) => (e.added && e.added > e.published ? e.added : e.published);

export function staleTexts(texts: readonly TextDate[], data: DataIndex): DataIssue[] {
  const newest = (indices: string[]) =>
    indices
      .flatMap((index) => data.editions(index))
      .reduce<(typeof data.dataset.editions)[number] | undefined>((best, e) => (!best || changed(e) > changed(best) || (changed(e) === changed(best) && e.published > best.published) ? e : best), undefined);
  const all = data.dataset.indices.map((i) => i.id);
  return texts.flatMap((text) => {
    const own = /^indices\/([^/.]+)/.exec(text.path)?.[1];
    const edition = newest(own && all.includes(own) ? [own] : all);
    if (!edition || text.updated.slice(0, changed(edition).length) >= changed(edition)) return [];
    const name = `${data.requireIndex(edition.index).shortLabel.en} ${edition.edition}`;
    const when = edition.added ? `added ${edition.added}` : `published ${edition.published}`;
    return [{
      file: text.file,
      line: text.line,
      message: `"updated" is ${text.updated}, before ${name} (${when}); re-read what the text says of editions, counts and averages, then set "updated" to the day of the review`,
    }];
  });
}

/** The review date of every published MDX text under `contentDir` (drafts and unreadable files are left to checkContent). */
export function textDates(contentDir: string): TextDate[] {
  const prefix = new RegExp(`^(${languages.join('|')})/`);
  return listFiles(contentDir)
    .filter((path) => path.endsWith('.mdx'))
    .flatMap((path) => {
      const text = decodeText(readFileSync(path), path).text;
      const head = text ? /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---/.exec(text) : null;
      if (!head) return [];
      const yaml = head[1]!.replace(/\r\n/g, '\n');
      const document = parseDocument(yaml);
      const node = document.get('updated', true) as { range?: [number, number] } | undefined;
      const value = document.toJS()?.updated as unknown;
      const updated = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.trim() : undefined;
      if (!updated || !/^\d{4}-\d{2}-\d{2}$/.test(updated) || document.toJS()?.draft === true) return [];
      const line = node?.range ? yaml.slice(0, node.range[0]).split('\n').length + 1 : 1;
      return [{ file: relative(process.cwd(), path), path: relative(contentDir, path).split(sep).join('/').replace(prefix, ''), updated, line }];
    });
}
