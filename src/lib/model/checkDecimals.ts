import { quote, type DataIssue } from '../issues.ts';
import type { EditionEntry, IndexDefinition } from '../manifest/schema.ts';
import { decimalsFor } from './levels.ts';
import { roundTo } from './round.ts';

/** Decimals a value written plainly carries, trailing zeros not counted: `0.5980` → 3, `1.0` → 0. */
const carriedDecimals = (text: string) => (text.split('.')[1] ?? '').replace(/0+$/, '').length;

/** A value as the file gives it: its indicator, its text written plainly, its number and line. */
interface Given {
  indicator: string;
  text: string;
  value: number;
  line?: number | undefined;
}

/**
 * The edition's declared decimals against the digits its values carry, per indicator level. Where most
 * of a level's values carry more, the declaration is wrong (`decimals: 0` on a file of 0.598s): one
 * message naming the manifest entry. Where a few do (spreadsheet float noise, `0.59800000001`), each is
 * refused with the value as published: two scores shown alike must never be ranked apart.
 */
export function checkDecimals(values: readonly Given[], entry: EditionEntry, index: IndexDefinition, file: string, where: string): DataIssue[] {
  const levelOf = new Map(index.indicators.map((i) => [i.id, i.level]));
  const byLevel = new Map<string, { total: number; declared: number; over: (Given & { decimals: number })[] }>();
  for (const given of values) {
    const level = levelOf.get(given.indicator) ?? 'dimension';
    let group = byLevel.get(level);
    if (!group) byLevel.set(level, (group = { total: 0, declared: decimalsFor(entry, index, given.indicator), over: [] }));
    group.total++;
    const decimals = carriedDecimals(given.text);
    if (decimals > group.declared) group.over.push({ ...given, decimals });
  }
  const issues: DataIssue[] = [];
  const at = (line: number | undefined) => (line === undefined ? {} : { line });
  for (const [level, { total, declared, over }] of byLevel) {
    if (over.length === 0) continue;
    if (over.length * 2 > total) {
      const most = Math.max(...over.map((o) => o.decimals));
      const example = over.find((o) => o.decimals === most)!;
      issues.push({
        file,
        ...at(example.line),
        message: `most ${level} values carry more decimals than the ${declared} that ${where} (${entry.index} ${entry.edition}) declares, up to ${most} (e.g. ${quote(example.text)} on this line); declare the decimals the source prints, "decimals": {"${level}": ${most}}, or every figure would be rounded to ${declared}`,
      });
      continue;
    }
    for (const o of over) {
      issues.push({
        file,
        ...at(o.line),
        message: `value ${quote(o.text)} carries ${o.decimals} decimals, but ${entry.index} ${entry.edition} publishes ${level} scores with ${declared} (decimals in ${where}); write the value as the source prints it, ${roundTo(o.value, declared).toFixed(declared)}, so that scores shown alike rank alike`,
      });
    }
  }
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
