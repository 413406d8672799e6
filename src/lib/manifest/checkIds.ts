import { quote } from '../issues.ts';
import type { Manifest } from './schema.ts';

/** `at` of every item after the first that repeats an earlier item's key, with where the first was. */
function repeats<T>(items: readonly T[], keyOf: (item: T) => string): { at: number; first: number }[] {
  const first = new Map<string, number>();
  const out: { at: number; first: number }[] = [];
  items.forEach((item, at) => {
    const key = keyOf(item);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, at);
    else out.push({ at, first: earlier });
  });
  return out;
}

/**
 * Ids given twice anywhere in the manifest, each named at its own place with the first: an indicator of
 * an index (which would otherwise show as dozens of parent mismatches), an unheld edition, an unheld
 * edition that is also held, a known discrepancy, a country not taking part. Indices, editions and
 * files are checked with the cross references (parseManifest).
 */
export function repeatedIds(manifest: Manifest): string[] {
  const messages: string[] = [];
  manifest.indices.forEach((index, i) => {
    for (const { at, first } of repeats(index.indicators, (x) => x.id)) {
      messages.push(`indices[${i}].indicators[${at}].id: indicator ${quote(index.indicators[at]!.id)} of ${quote(index.id)} is declared twice (also indicators[${first}]); give each indicator its own id, or keep one`);
    }
  });
  const held = new Map(manifest.editions.map((e, i) => [`${e.index}/${e.edition}`, i]));
  manifest.unheldEditions.forEach((e, i) => {
    const twin = held.get(`${e.index}/${e.edition}`);
    if (twin !== undefined) messages.push(`unheldEditions[${i}]: ${e.index} ${e.edition} is held (editions[${twin}] describes its file), so it cannot also be unheld; remove it from unheldEditions`);
  });
  for (const { at, first } of repeats(manifest.unheldEditions, (e) => `${e.index}/${e.edition}`)) {
    const e = manifest.unheldEditions[at]!;
    messages.push(`unheldEditions[${at}]: ${e.index} ${e.edition} is listed twice (also unheldEditions[${first}]); keep one`);
  }
  manifest.editions.forEach((e, i) => {
    for (const { at, first } of repeats(e.knownDiscrepancies, (d) => `${d.country}/${d.indicator}`)) {
      const d = e.knownDiscrepancies[at]!;
      messages.push(`editions[${i}].knownDiscrepancies[${at}]: ${d.country} ${d.indicator} is declared twice (also knownDiscrepancies[${first}]); keep one`);
    }
    for (const { at, first } of repeats(e.notTakingPart, (code) => code)) {
      messages.push(`editions[${i}].notTakingPart[${at}]: ${quote(e.notTakingPart[at])} is listed twice (also notTakingPart[${first}]); keep one`);
    }
  });
  return messages;
}
