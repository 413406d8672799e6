import type { z } from 'zod';
import type { DataIssue } from './issues.ts';

/** Joins a zod issue path as `editions[2].layout.type`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/**
 * Validates `input` against `schema`; on failure returns one `path: message` issue per zod issue,
 * each naming `file`, so an editor sees every problem at once.
 */
export function parseWithFriendlyErrors<S extends z.ZodType>(
  schema: S,
  input: unknown,
  file: string,
): { ok: true; data: z.infer<S> } | { ok: false; issues: DataIssue[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      file,
      message: `${formatPath(issue.path) || '(root)'}: ${issue.message}`,
    })),
  };
}
