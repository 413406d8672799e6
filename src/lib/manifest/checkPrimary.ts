import { quote, type DataIssue } from '../issues.ts';
import { lineFinder } from './checkChanges.ts';
import type { Manifest } from './schema.ts';

const LEVELS = ['composite', 'dimension', 'sub'] as const;
type Level = (typeof LEVELS)[number];

/** Words an editor may write for a level, with the manifest's name for it. */
const SYNONYMS: Readonly<Record<string, Level>> = { composites: 'composite', index: 'composite', dimensions: 'dimension', pillar: 'dimension', pillars: 'dimension', 'sub-pillar': 'sub', 'sub-pillars': 'sub', subpillar: 'sub', subpillars: 'sub' };

/** A scale as an editor writes it: `0–1/6`, `0–1`. */
export function scaleText(max: number): string {
  for (let d = 1; d <= 12; d++) if (Math.abs(Math.round(max * d) - max * d) < 1e-9) return d === 1 ? `0–${Math.round(max)}` : `0–${Math.round(max * d)}/${d}`;
  return `0–${max}`;
}

/**
 * Checks `primaryFor` of each second source (sources.ts): each entry is a level of the index's indicators,
 * named once per edition, mapped by the source's layout, and printed by the source on the edition's scale
 * (a figure converted from another scale is not one the OECD printed). Each problem gives the manifest
 * line, quotes the value and says the fix.
 */
export function checkPrimary(manifest: Manifest, manifestText: string, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  if (!manifest.editions.some((e) => e.sources.some((s) => s.primaryFor.length))) return issues;
  const lineOf = lineFinder(manifestText);
  manifest.editions.forEach((edition, i) => {
    const index = manifest.indices.find((x) => x.id === edition.index);
    if (!index) return;
    const levelOf = new Map(index.indicators.map((indicator) => [indicator.id, indicator.level]));
    const held = LEVELS.filter((level) => index.indicators.some((indicator) => indicator.level === level));
    const claimed = new Map<string, string>();
    edition.sources.forEach((source, j) => {
      source.primaryFor.forEach((level, k) => {
        const path = ['editions', i, 'sources', j, 'primaryFor', k] as const;
        const line = lineOf(path);
        const say = (message: string) => issues.push({ file, ...(line !== undefined ? { line } : {}), message: `editions[${i}].sources[${j}].primaryFor[${k}]: ${message}` });
        const levels = held.map((l) => quote(l)).join(', ');
        if (!(LEVELS as readonly string[]).includes(level)) {
          const meant = SYNONYMS[level.toLowerCase()];
          say(`${quote(level)} is not a level of the indicators; write ${meant ? `${quote(meant)} (the manifest's name for it)` : `one of ${levels}`}`);
          return;
        }
        if (!held.includes(level as Level)) {
          say(`${quote(level)}: ${quote(index.id)} has no indicator of that level; use one of ${levels}`);
          return;
        }
        const first = claimed.get(level);
        if (first) {
          say(`${quote(level)} is already named at ${first}; one publication is primary for a level: remove it from one of the two`);
          return;
        }
        claimed.set(level, `editions[${i}].sources[${j}].primaryFor`);
        const mapping = source.layout.type === 'wide' ? source.layout.columns : source.layout.variables;
        if (!Object.values(mapping).some((id) => levelOf.get(id) === level)) {
          say(`${quote(level)}: the layout of editions[${i}].sources[${j}] maps no indicator of that level, so this source prints none; map them in its layout, or remove ${quote(level)}`);
          return;
        }
        const theirs = source.levels[level as Level]?.scale ?? index.scale;
        const ours = edition.levels[level as Level]?.scale ?? index.scale;
        if (theirs.min !== ours.min || Math.abs(theirs.max - ours.max) > 1e-12) {
          say(`${quote(level)}: ${source.source.citation} prints this level on ${scaleText(theirs.max)}, the edition on ${scaleText(ours.max)}; a primary source must print the level on the edition's scale (a converted figure is not one the OECD printed): remove ${quote(level)} and keep the edition's file primary for it`);
        }
      });
    });
  });
  return issues;
}
