import { catalogues } from '../i18n/translate.ts';
import { quote, type DataIssue } from '../issues.ts';
import type { CountryGroup } from './schema.ts';

/**
 * Groups whose name (catalogue key `group.{id}`) is missing from a language's catalogue: every page
 * names the group, so the build would stop on it; `npm run check` says so first, at the group's line.
 */
export function groupNameProblems(groups: readonly CountryGroup[], text: string, file: string, all: Record<string, Record<string, string>> = catalogues): DataIssue[] {
  const languages = Object.keys(all);
  return groups.flatMap((group) => {
    const key = `group.${group.id}`;
    const missing = languages.filter((lang) => {
      const catalogue = all[lang] ?? {};
      return !Object.hasOwn(catalogue, key) || (catalogue[key] ?? '').trim() === '';
    });
    if (missing.length === 0) return [];
    const at = text.indexOf(`"${group.id}"`);
    const line = at < 0 ? undefined : text.slice(0, at).split('\n').length;
    const files = missing.map((lang) => `src/lib/i18n/${lang}.json`).join(', ');
    return [{ file, ...(line === undefined ? {} : { line }), message: `group ${quote(group.id)} has no name in ${files}; add the key ${quote(key)} with the group's name to every catalogue (${languages.join(', ')})` }];
  });
}
