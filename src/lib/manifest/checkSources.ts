import { isCountryCode } from '../countries/registry.ts';
import { quote, type DataIssue } from '../issues.ts';
import { selectsCodes } from './codes.ts';
import type { Manifest } from './schema.ts';

/** One reading of a file: an edition's own file or one of its second sources. */
interface Reader {
  where: string;
  what: string;
  file: string;
  layout: Manifest['editions'][number]['layout'];
}

/**
 * Checks the pieces that let one file feed several editions and one edition draw on several files: a file
 * read more than once must say in each entry which codes it takes (else every reader would reject the other
 * indices' codes); a second source maps to indicators of its edition and is not the edition's own file;
 * a country alias points to a country or to the OECD average.
 */
export function checkSources(manifest: Manifest, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const say = (message: string) => issues.push({ file, message });
  const readers: Reader[] = [];
  manifest.editions.forEach((edition, i) => {
    const what = `${edition.index} ${edition.edition}`;
    readers.push({ where: `editions[${i}]`, what, file: edition.file, layout: edition.layout });
    const index = manifest.indices.find((x) => x.id === edition.index);
    const ids = new Set(index?.indicators.map((indicator) => indicator.id) ?? []);
    edition.sources.forEach((source, j) => {
      const where = `editions[${i}].sources[${j}]`;
      readers.push({ where, what: `${what} (second source)`, file: source.file, layout: source.layout });
      if (source.file === edition.file) say(`${where}.file: ${quote(source.file)} is the edition's own file; a second source is another publication in another file`);
      if (source.source.doi === edition.source.doi) say(`${where}.source.doi: ${quote(source.source.doi)} is the DOI of the edition's own source; a second source names another publication`);
      if (!index) return;
      const mapping = source.layout.type === 'wide' ? source.layout.columns : source.layout.variables;
      const field = source.layout.type === 'wide' ? 'columns' : 'variables';
      for (const [code, target] of Object.entries(mapping)) {
        if (!ids.has(target)) say(`${where}.layout.${field}[${quote(code)}]: ${quote(target)} is not an indicator of ${quote(edition.index)}; use one of ${[...ids].join(', ')}`);
      }
    });
    for (const [name, code] of Object.entries(edition.countryAliases)) {
      if (code !== 'OECD' && !isCountryCode(code)) say(`editions[${i}].countryAliases[${quote(name)}]: ${quote(code)} is not an ISO 3166-1 alpha-3 country code; point the alias to a real code such as "KOR", or to "OECD" for the row of the OECD average`);
    }
  });
  // One publication prints one edition of an index: the same codes of one file as a second source of two
  // editions of the index is an entry copied with its sources (a new edition made from the previous one).
  const secondOf = new Map<string, { where: string; what: string }>();
  manifest.editions.forEach((edition, i) => {
    edition.sources.forEach((source, j) => {
      const mapping = source.layout.type === 'wide' ? source.layout.columns : source.layout.variables;
      const key = [edition.index, source.file, ...Object.keys(mapping).sort()].join('\u0000');
      const first = secondOf.get(key);
      const where = `editions[${i}].sources[${j}]`;
      // An edition declared twice is said once, by parseManifest.
      if (first && first.what === `${edition.index} ${edition.edition}`) return;
      if (first) say(`${where}: ${quote(source.file)} with the same codes is already a second source of ${first.what} (${first.where}); one publication prints one edition of ${quote(edition.index)}: remove this source from ${edition.index} ${edition.edition} (an entry copied from another edition keeps its sources)`);
      else secondOf.set(key, { where, what: `${edition.index} ${edition.edition}` });
    });
  });
  const byFile = new Map<string, Reader[]>();
  for (const reader of readers) byFile.set(reader.file, [...(byFile.get(reader.file) ?? []), reader]);
  for (const [name, shared] of byFile) {
    if (shared.length < 2) continue;
    const [first, ...others] = shared as [Reader, ...Reader[]];
    for (const reader of [first, ...others]) {
      if (selectsCodes(reader.layout)) continue;
      const other = reader === first ? others[0]! : first;
      const coded = reader.layout.type === 'sdmx' || reader.layout.type === 'oecd-stat';
      // Two files of one-edition layouts sharing a name: said once, at the later entry.
      if (!coded && reader === first && !others.some((o) => o.layout.type === 'sdmx' || o.layout.type === 'oecd-stat')) continue;
      say(
        coded
          ? `${reader.where}.layout.codes: ${quote(name)} is also read by ${other.where} (${other.what}); a file holding several indices feeds each edition only the codes it names: add "codes": "mapped" (only the codes in variables) or "codes": {"prefix": "DG"} to the layout of ${reader.where} (${reader.what})`
          : `${reader.where}.file: ${quote(name)} is also read by ${other.where} (${other.what}); a ${reader.layout.type} file holds one edition: give each edition its own file (only SDMX and OECD.Stat exports can be shared, with "codes" in each layout)`,
      );
    }
  }
  return issues;
}
