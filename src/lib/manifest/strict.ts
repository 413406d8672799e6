import { z } from 'zod';

/** Edit distance between two keys (insertions, deletions, substitutions), for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known key closest to `key` (case-insensitive edit distance; ties: the first declared). */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { key: candidate, distance };
  }
  return best?.key;
}

/** The message for keys an object does not declare: each named, with the closest known key. `known` must not be empty. */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[]): string {
  return keys
    .map((key) => {
      const closest = closestKey(key, known);
      return `unknown key ${JSON.stringify(key)}${closest ? `; did you mean ${JSON.stringify(closest)}?` : ''}`;
    })
    .join('; ');
}

/**
 * A zod object that rejects keys it does not declare, with a message naming each unknown key and the
 * closest known one (`countryAlias` → `countryAliases`): a misspelt optional field would otherwise be
 * dropped silently and its default used.
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys, known) : undefined),
  });
}
