import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './buildSite.ts';

/**
 * Tests about the real published data read it as it stood on a named date: the data folder without the
 * editions published after `by` ("YYYY-MM"). An editor who adds an edition (published later) changes none
 * of their facts; a correction to an edition they read does, as it should. Returns `dir` itself when it holds
 * nothing newer, else a copy (made once per process) whose manifest lost the newer entries, and only those:
 * the rest of its text is kept byte for byte, so line numbers in messages stay those of `dir`.
 */
export function publishedBy(dir: string, by: string): string {
  const text = readFileSync(join(dir, 'manifest.json'), 'utf8');
  const spans = editionSpans(text);
  const entries = spans.map((span) => ({ span, entry: JSON.parse(text.slice(span.start, span.end)) as { published?: unknown; file?: unknown } }));
  const isLater = ({ entry }: (typeof entries)[number]) => typeof entry.published === 'string' && entry.published.slice(0, 7) > by;
  const later = entries.filter(isLater).map((e) => e.span);
  const keptFiles = new Set(entries.filter((e) => !isLater(e)).map((e) => e.entry.file));
  const laterFiles = entries.filter(isLater).map((e) => e.entry.file).filter((file): file is string => typeof file === 'string' && !keptFiles.has(file));
  if (later.length === 0) return dir;
  const cached = copies.get(`${dir}|${by}`);
  if (cached && existsSync(cached)) return cached;
  let kept = text;
  for (const span of [...later].reverse()) kept = kept.slice(0, span.cutFrom) + kept.slice(span.cutTo);
  const copy = join(mkdtempSync(join(tmpdir(), 'oecd-published-')), 'data');
  cpSync(dir, copy, { recursive: true });
  writeFileSync(join(copy, 'manifest.json'), kept);
  for (const file of laterFiles) rmSync(join(copy, file), { force: true });
  copies.set(`${dir}|${by}`, copy);
  return copy;
}

const copies = new Map<string, string>();

/** The date the tests' facts about the real data are facts of: every edition published by December 2026. */
export const PUBLISHED_BY = '2026-12';

/** `data/` as published by PUBLISHED_BY: what every test of the real data (and the shared test site) reads. */
export const publishedData = (): string => publishedBy(join(root, 'data'), PUBLISHED_BY);

/** The build option that builds publishedData(): none when it is `data/` itself, as `npm run build` builds. */
export const publishedDataOption = (): { dataDir?: string } => {
  const dir = publishedData();
  return dir === join(root, 'data') ? {} : { dataDir: dir };
};

/**
 * The text spans of the objects in the manifest's top-level `editions` array, with the span to cut to remove
 * one and leave valid JSON: from the comma before it, or for the first of several, up to the entry after it.
 */
function editionSpans(text: string): { start: number; end: number; cutFrom: number; cutTo: number }[] {
  const at = text.search(/"editions"\s*:\s*\[/);
  if (at < 0) return [];
  const spans: { start: number; end: number }[] = [];
  let i = text.indexOf('[', at) + 1;
  for (;;) {
    while (i < text.length && /[\s,]/.test(text[i] ?? '')) i++;
    if (text[i] !== '{') break;
    const start = i;
    let depth = 0;
    let inString = false;
    for (; i < text.length; i++) {
      const c = text[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
    }
    const end = ++i;
    spans.push({ start, end });
  }
  return spans.map((s, k) => {
    const before = spans[k - 1];
    const after = spans[k + 1];
    return before ? { ...s, cutFrom: before.end, cutTo: s.end } : { ...s, cutFrom: s.start, cutTo: after ? after.start : s.end };
  });
}
