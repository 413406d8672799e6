import { stream } from './random.ts';

export const MAX_EDITIONS = 40;
export const FIRST_LABEL = 2015;

type Layout = 'wide' | 'long' | 'sdmx';

export interface EditionPlan {
  index: 'dgi' | 'ourdata';
  k: number;
  label: string;
  published: string;
  layout: Layout;
  rankedSet: 'all-participants' | 'oecd-members';
  comparableWithPrevious: boolean;
  /** OURdata only: whether the file prints pillar scores. */
  pillarsGiven: boolean;
  file: string;
}

export function planEditions(index: 'dgi' | 'ourdata', count: number, seed: number): EditionPlan[] {
  const random = stream(seed, `editions-${index}`);
  const plans: EditionPlan[] = [];
  for (let k = 0; k < count; k++) {
    const year = FIRST_LABEL + 2 * k;
    const label = String(year);
    // DGI results come out the year after the survey, OURdata's at the end of the survey year.
    const month = index === 'dgi' ? 1 + Math.floor(random() * 11) : 10 + Math.floor(random() * 3);
    const published = `${index === 'dgi' ? year + 1 : year}-${String(month).padStart(2, '0')}`;
    const layout: Layout = index === 'ourdata' ? 'long' : k === 2 ? 'sdmx' : k % 2 === 0 ? 'wide' : 'long';
    const rankedSet = index === 'dgi' ? (k % 3 === 0 ? 'all-participants' : 'oecd-members') : k % 3 === 1 ? 'all-participants' : 'oecd-members';
    const comparableWithPrevious = k === 0 || random() >= 0.3;
    plans.push({ index, k, label, published, layout, rankedSet, comparableWithPrevious, pillarsGiven: k % 2 === 1, file: `${index}-${label}.csv` });
  }
  // At least one methodology break once there are two editions.
  const middle = plans[Math.ceil((plans.length - 1) / 2)];
  if (middle && plans.length >= 2 && plans.every((p) => p.comparableWithPrevious)) middle.comparableWithPrevious = false;
  return plans;
}
