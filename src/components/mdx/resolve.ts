import { checkReference, type DataReference } from '../../lib/content/references.ts';
import type { Edition } from '../../lib/model/types.ts';
import { loadData } from '../../lib/load/loadData.ts';

/**
 * Resolves an MDX data component's props with the same checkReference `npm run check` runs (which the build
 * runs first), so a problem can only reach this point if the check was skipped.
 */
export function resolveReference(component: string, props: object): { edition: Edition } {
  const site = loadData();
  const ref = props as DataReference;
  const problems = checkReference(site, component, props as Record<string, unknown>);
  if (problems.length) throw new Error(`${problems.join('; ')} (run "npm run check" for the file and line)`);
  return { edition: site.edition(ref.index!, ref.edition ?? 'latest')! };
}
