import { normalizeBasePath, projectPathProblem } from '../../src/lib/urls/basePath.ts';
import { siteAddress } from '../../src/lib/urls/address.ts';

/**
 * What is wrong with the project's place or its settings (BASE_PATH, SITE_URL) before anything is read,
 * or undefined. `npm run check` and `npm run build` both ask, so they refuse alike, in the same words.
 */
export function configProblem(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const pathProblem = projectPathProblem(root);
  if (pathProblem) return pathProblem;
  try {
    siteAddress(env.SITE_URL, normalizeBasePath(env.BASE_PATH));
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}
