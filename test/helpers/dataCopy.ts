import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedData } from './publishedData.ts';
import { tempDir } from './temp.ts';

/** A temporary copy of the real `data/` folder, removed when the test file ends. */
export function copyData(): string {
  const dir = join(tempDir('data-'), 'data');
  cpSync(publishedData(), dir, { recursive: true });
  return dir;
}

/** Adds an edition entry to the copy's manifest. */
export function addEdition(dataDir: string, entry: Record<string, unknown>): void {
  const path = join(dataDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  manifest.editions.push(entry);
  writeFileSync(path, JSON.stringify(manifest, null, 2));
}
