import type { DataIssue } from '../issues.ts';
import type { IndicatorStats, PrintedAggregate } from './types.ts';
import { roundingTolerance } from './round.ts';

/**
 * Compares the OECD averages a source prints with the computed ones and returns a warning for each
 * that differs by more than the printed value's rounding.
 */
export function reconcileAggregates(printed: readonly PrintedAggregate[], stats: IndicatorStats[]): DataIssue[] {
  const warnings: DataIssue[] = [];
  for (const row of printed) {
    if (row.aggregate !== 'OECD') continue;
    const stat = stats.find((s) => s.index === row.index && s.edition === row.edition && s.indicator === row.indicator);
    if (!stat) continue;
    stat.printedAverage = row.value;
    if (stat.average === null) continue;
    const decimals = row.text.split('.')[1]?.length ?? 0;
    if (Math.abs(row.value - stat.average) > roundingTolerance(decimals)) {
      warnings.push({
        file: row.file,
        line: row.line,
        message: `the printed OECD average for ${row.index} ${row.edition} ${row.indicator} is ${row.text} but the mean over the ${stat.members} OECD members with data is ${stat.average.toFixed(decimals)}; the site shows the computed value`,
      });
    }
  }
  return warnings;
}
