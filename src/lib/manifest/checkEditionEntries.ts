import { quote, type DataIssue } from '../issues.ts';
import type { Manifest } from './schema.ts';

/** Edition labels that MDX components and URLs use as keywords, so no edition may carry them. */
const RESERVED_LABELS = new Set(['latest']);

/**
 * Checks of an edition entry that the schema cannot express: a reserved label, and two source
 * variables or columns mapped to one indicator (which would otherwise surface as a duplicate on every row).
 */
export function checkEditionEntries(manifest: Manifest, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  manifest.editions.forEach((edition, i) => {
    if (RESERVED_LABELS.has(edition.edition.toLowerCase())) {
      issues.push({ file, message: `editions[${i}].edition: ${quote(edition.edition)} is a keyword (edition="latest" means the newest edition); label the edition by its year, e.g. "2025"` });
    }
    const mapping = edition.layout.type === 'wide' ? edition.layout.columns : edition.layout.variables;
    const field = edition.layout.type === 'wide' ? 'columns' : 'variables';
    const sources = new Map<string, string[]>();
    for (const [source, target] of Object.entries(mapping)) sources.set(target, [...(sources.get(target) ?? []), source]);
    for (const [target, names] of sources) {
      if (names.length < 2) continue;
      issues.push({
        file,
        message: `editions[${i}].layout.${field}: ${names.map((n) => quote(n)).join(' and ')} are all mapped to the indicator ${quote(target)} of ${edition.index} ${edition.edition}; map each indicator from one ${field === 'columns' ? 'column' : 'variable'} only`,
      });
    }
  });
  return issues;
}
