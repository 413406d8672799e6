/**
 * A throw-away project folder for one corpus case: copies of data/ and content/ that the case breaks,
 * with a digest to prove that nothing the build reads was changed by it.
 */
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { root } from '../../helpers/buildSite.ts';
import { publishedData } from '../../helpers/publishedData.ts';

export interface Fixture {
  /** The temporary folder, seen as the working directory so messages read `data/…` and `content/…`. */
  dir: string;
  data: string;
  content: string;
}

export function makeFixture(): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  const data = join(dir, 'data');
  const content = join(dir, 'content');
  cpSync(publishedData(), data, { recursive: true });
  cpSync(join(root, 'content'), content, { recursive: true });
  return { dir, data, content };
}

/** Hash of every path, link target and file's bytes under `dir`, links not followed. */
export function digest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const info = lstatSync(path);
      hash.update(relative(dir, path)).update('\0');
      if (info.isSymbolicLink()) hash.update(`-> ${readlinkSync(path)}`);
      else if (info.isDirectory()) walk(path);
      else if (info.size < 64 * 1024 * 1024) hash.update(readFileSync(path));
      else hash.update(String(info.size));
    }
  };
  walk(dir);
  return hash.digest('hex');
}
