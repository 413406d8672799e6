import { checkReference, type DataReference } from '../../lib/content/references.ts';
import type { Edition } from '../../lib/model/types.ts';
import { loadSite } from '../../lib/site/loadSite.ts';

/** Resolves an MDX data component's props, or fails the build naming the component and the allowed values. */
export function resolveReference(component: string, ref: DataReference & Record<string, unknown>): { edition: Edition } {
  const site = loadSite();
  const problems = checkReference(site, component, ref);
  if (problems.length) throw new Error(`${problems.join('; ')} (run "npm run check" for the file and line)`);
  return { edition: site.edition(ref.index!, ref.edition ?? 'latest')! };
}
