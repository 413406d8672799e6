import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './buildSite.ts';

/** A temporary copy of the real `data/` folder. */
export function copyData(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'data-')), 'data');
  cpSync(join(root, 'data'), dir, { recursive: true });
  return dir;
}

/** Adds an edition entry to the copy's manifest. */
export function addEdition(dataDir: string, entry: Record<string, unknown>): void {
  const path = join(dataDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  manifest.editions.push(entry);
  writeFileSync(path, JSON.stringify(manifest, null, 2));
}
