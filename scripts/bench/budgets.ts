import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fmtLimit, kB, MB } from './format.ts';
import type { PageType } from './measureSite.ts';

type PerDataset = number | Record<string, number>;
export interface Budget {
  max: PerDataset;
  aim?: PerDataset;
  unit: string;
  why: string;
}
export interface Budgets {
  buildTime: Budget;
  buildTimePerPage: Budget;
  peakMemory: Budget;
  distSize: Budget;
  pagefindSize: Budget;
  firstView: Record<PageType, Budget>;
  countryJs: Budget;
  buildTimeScaling: { maxTimeRatioOverPageRatio: number; why: string };
}

const UNITS: Record<string, number> = { s: 1000, ms: 1, MB, kB, B: 1 };

/** The budgets of budgets.config.json at the project's `root`. */
export function loadBudgets(root: string): Budgets {
  const config = JSON.parse(readFileSync(join(root, 'budgets.config.json'), 'utf8')) as { budgets: Budgets };
  return config.budgets;
}

/** A budget's limit for the dataset in the unit the bench measures in (ms or bytes); undefined when none applies. */
function limit(value: PerDataset | undefined, dataset: string, unit: string): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'number' ? value : value[dataset];
  const factor = UNITS[unit];
  if (factor === undefined) throw new Error(`budgets.config.json: unknown unit ${JSON.stringify(unit)}; use one of ${Object.keys(UNITS).join(', ')}`);
  return n === undefined ? undefined : n * factor;
}

export function judge(value: number, budget: Budget, dataset: string): { budget: string; status: string; over: boolean } {
  const max = limit(budget.max, dataset, budget.unit);
  if (max === undefined) return { budget: '-', status: '', over: false };
  const aim = limit(budget.aim, dataset, budget.unit);
  const over = value > max;
  let status = over ? 'OVER' : 'ok';
  if (aim !== undefined) status += value <= aim ? ' (aim met)' : ' (above aim)';
  return { budget: `<= ${fmtLimit(max, budget.unit)}${aim !== undefined ? `, aim ${fmtLimit(aim, budget.unit)}` : ''}`, status, over };
}
